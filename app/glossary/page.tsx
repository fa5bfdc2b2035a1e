import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ContentsList } from '@/components/contents-list';
import { getAssessments } from '@/lib/content';
import { DATASET_ENTRIES, TERM_ENTRIES, type GlossaryEntry } from '@/lib/glossary';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { pageMetadata } from '@/lib/view/metadata';

export async function generateMetadata(): Promise<Metadata> {
  return pageMetadata(`Glossary of datasets and terms - ${SITE_NAME}`,
    'What the national datasets behind the reports\u2019 figures measure, who publishes them and how often, and the reports\u2019 acronyms and terms in plain English.',
    '/glossary', homeCard((await getAssessments()).length));
}

export default function GlossaryPage() {
  const terms = [...TERM_ENTRIES].sort((a, b) => a.term.localeCompare(b.term, 'en-GB'));
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="Glossary" />
      <h1>Glossary of datasets and terms</h1>
      <p className="lead">The national datasets the reports quote figures from, and the words and acronyms the reports use.</p>
      <ContentsList entries={[{ id: 'datasets', label: 'National datasets' }, { id: 'terms', label: 'Terms and acronyms' }]} />
      <h2 id="datasets">National datasets</h2>
      <p>
        CQC sets many of a council&apos;s figures beside the England average from these national collections. Survey results
        describe people&apos;s experience of care and support; on their own they are not a judgement of how effective a council
        is, and the publishers of the Adult Social Care Survey say so.
      </p>
      <Entries entries={DATASET_ENTRIES} />
      <h2 id="terms">Terms and acronyms</h2>
      <Entries entries={terms} />
    </>
  );
}

function Entries({ entries }: { entries: readonly GlossaryEntry[] }) {
  return (
    <dl className="glossary">
      {entries.map((entry) => (
        <div key={entry.id} className="glossary__entry">
          <dt id={entry.id}>
            <dfn>{entry.term}</dfn>
            {entry.abbreviation ? <> (<abbr title={entry.term}>{entry.abbreviation}</abbr>)</> : null}
          </dt>
          <dd>
            {entry.definition.map((sentence) => <p key={sentence}>{sentence}</p>)}
            {entry.dataset ? (
              <p className="glossary__facts">
                <span>Published by: {entry.dataset.publisher}.</span> <span>How often: {entry.dataset.frequency}.</span>
              </p>
            ) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
