import { groupRoute } from '@/app/_lists/group-route';

/** The share card of each region's list (app/_lists/group-route.tsx). */
const route = groupRoute('region');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.card;
