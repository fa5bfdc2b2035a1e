import { groupRoute } from '@/app/_lists/group-route';

/** One list per kind of council, prerendered (app/_lists/group-route.tsx). */
const route = groupRoute('type');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
