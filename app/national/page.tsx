import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ContentsList } from '@/components/contents-list';
import { PercentChart, RatingsChart, StatementsChart } from '@/components/national-charts';
import { PercentTable, RatingsTable, StatementsTable } from '@/components/national-tables';
import { getCouncils, getNationalEntries, getSnapshot } from '@/lib/content';
import { percentDistribution, ratingCounts, statementDistributions } from '@/lib/national';
import { absoluteUrl } from '@/lib/site';
import { downloadPath } from '@/lib/view/downloads';
import { PROVENANCE_PATH, nationalMetadata, snapshotText } from '@/lib/view/national-meta';
import { registerDownloads } from '@/lib/view/register-downloads';
import { OGL_ATTRIBUTION } from '@/lib/view/sources';

const METHOD_URL = 'https://www.cqc.org.uk/guidance-regulation/local-authorities/how-we-determine-ratings';

export async function generateMetadata(): Promise<Metadata> {
  return nationalMetadata(await getSnapshot());
}

/** Every council's published result in numbers: counts by this site, each chart followed by its table. */
export default async function NationalPage() {
  const [entries, snapshot, councils] = await Promise.all([getNationalEntries(), getSnapshot(), getCouncils()]);
  const counted = snapshotText(snapshot);
  const percents = percentDistribution(entries);
  const printed = percents.reduce((sum, p) => sum + p.printedByCqc, 0);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="Every council in numbers" />
      <h1>Every council&apos;s published result, in numbers</h1>
      <p className="lead">CQC&apos;s ratings and quality statement scores of <strong>{counted}</strong>, counted by this site.</p>
      <p>
        Each council is counted once, by its latest assessment. These are counts of how many councils had each result, not a
        ranking: the figures cannot say which council is ahead of another. <a href={PROVENANCE_PATH}>Where the figures
        come from</a>.
      </p>
      <ContentsList entries={[
        { id: 'ratings', label: 'Ratings' }, { id: 'overall-scores', label: 'Overall scores' },
        { id: 'statement-scores', label: 'Quality statement scores' }, { id: 'downloads', label: 'Download the figures' },
      ]} />
      <section aria-labelledby="ratings" className="national-section">
        <h2 id="ratings">Ratings</h2>
        <RatingsChart counts={ratingCounts(entries)} />
        <RatingsTable counts={ratingCounts(entries)} caption={`Councils by CQC's overall rating: ${counted} (count by this site)`} />
      </section>
      <section aria-labelledby="overall-scores" className="national-section">
        <h2 id="overall-scores">Overall scores</h2>
        <p>
          CQC&apos;s method adds up the quality statement scores as a percentage of the most they could be, and places it in
          four bands (<a href={METHOD_URL}>how CQC determines ratings</a>); its later reports print it as a whole percentage, rounded up.
          Where a council&apos;s report on this site prints that figure, it is CQC&apos;s ({printed} of {entries.length}); for
          the other {entries.length - printed}, this site calculated it from CQC&apos;s scores by the same rule.
        </p>
        <PercentChart counts={percents} />
        <PercentTable counts={percents} caption={`Councils by overall score: ${counted} (count by this site)`} />
      </section>
      <section aria-labelledby="statement-scores" className="national-section">
        <h2 id="statement-scores">Quality statement scores</h2>
        <StatementsChart distributions={statementDistributions(entries)} />
        <StatementsTable distributions={statementDistributions(entries)} caption={`How many councils scored 1, 2, 3 and 4 on each quality statement: ${counted} (count by this site)`} />
      </section>
      <section aria-labelledby="downloads">
        <h2 id="downloads">Download the figures</h2>
        <p>The ratings register behind these counts: every council&apos;s rating, month and nine scores, with the address of each report on CQC&apos;s website.</p>
        <ul className="downloads">
          {registerDownloads(councils, snapshot, absoluteUrl).map((d) => (
            <li key={d.file}><a href={downloadPath(d.file)} download={d.file}>{d.title}</a> <span className="downloads__file">{d.file}</span></li>
          ))}
        </ul>
        <p><a href="/data-formats#register">What the columns mean</a>. {OGL_ATTRIBUTION}.</p>
      </section>
    </>
  );
}
