import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListNav } from '@/components/council-list-nav';
import { CouncilListPage } from '@/components/council-list-page';
import { ogCard } from '@/components/og-card';
import { getCouncils } from '@/lib/content';
import { GROUP_SORTS, resultCountText, type GroupSort } from '@/lib/view/council-groups';
import { listedCouncils } from '@/lib/view/council-list';
import { groupListCard, groupListMetadata } from '@/lib/view/list-meta';

type Params = { params: Promise<Record<string, string>> };

/**
 * The page and the share card of each list of one sort (`/region/<slug>`,
 * `/type/<slug>`), both prerendered for every slug of the sort: one route's
 * code for the two sorts, so the region and type lists cannot drift apart.
 */
export function groupRoute(sort: GroupSort) {
  const spec = GROUP_SORTS[sort];
  async function load(params: Params['params']) {
    const slug = (await params)[sort] ?? '';
    const list = listedCouncils(await getCouncils());
    const group = spec.group(list, slug);
    return group && { slug, list, group };
  }
  return {
    generateStaticParams: () => spec.slugs.map((slug) => ({ [sort]: slug })),
    generateMetadata: async ({ params }: Params): Promise<Metadata> => {
      const page = await load(params);
      return page ? groupListMetadata(page.group) : {};
    },
    Page: async function GroupListPage({ params }: Params) {
      const page = await load(params);
      if (!page) notFound();
      const { slug, list, group } = page;
      const nav = <ListNav id={`${sort}-nav-heading`} heading={spec.heading} links={spec.links(list, slug)} />;
      return <CouncilListPage title={group.title} lead={resultCountText(group)} nav={nav} councils={group.councils} />;
    },
    card: async (_request: Request, { params }: Params) => {
      const page = await load(params);
      return page ? ogCard(groupListCard(page.group)) : new Response('Not found\n', { status: 404 });
    },
  };
}
