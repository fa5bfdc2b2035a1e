import type { ReactNode } from 'react';
import type { ListedCouncil } from '@/lib/view/council-list';
import { Breadcrumbs } from './breadcrumbs';
import { LetterNav } from './council-list-nav';
import { CouncilTable } from './council-table';
import { GlanceKey } from './glance-key';

type CouncilListPageProps = { title: string; lead: string; nav: ReactNode; councils: readonly ListedCouncil[] };

/** A list of councils narrowed to a rating, a region or a kind: how many of how many, the other lists of its sort, the A to Z and the table. */
export function CouncilListPage({ title, lead, nav, councils }: CouncilListPageProps) {
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current={title} />
      <h1>{title}</h1>
      <p className="lead">{lead}.</p>
      {nav}
      <LetterNav councils={councils} />
      <GlanceKey />
      {councils.length > 0 ? (
        <CouncilTable councils={councils} caption={`${title}, by the name people use: what this site holds, CQC's rating, month of publication and quality statement scores`} />
      ) : <p>No council is on this list.</p>}
    </>
  );
}
