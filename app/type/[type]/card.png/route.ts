import { groupRoute } from '@/app/_lists/group-route';

/** The share card of each type's list (app/_lists/group-route.tsx). */
const route = groupRoute('type');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.card;
