import { groupRoute } from '@/app/_lists/group-route';

/** One list per region of England, prerendered (app/_lists/group-route.tsx). */
const route = groupRoute('region');

export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
