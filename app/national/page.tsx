import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ContentsList } from '@/components/contents-list';
import { PercentChart, RatingsChart, StatementsChart } from '@/components/national-charts';
import { BandsByGroup, RatingsByGroup } from '@/components/national-groups';
import { PercentTable, RatingsTable, StatementsTable } from '@/components/national-tables';
import { getCouncils, getEnglandCouncils, getNationalEntries, getSnapshot } from '@/lib/content';
import { bandCounts, countedSet, groupsBy, percentDistribution, ratingCounts, statementDistributions } from '@/lib/national';
import { absoluteUrl } from '@/lib/site';
import { COUNTS_ONLY, countedSetText, countedText } from '@/lib/view/counted-set';
import { downloadPath } from '@/lib/view/downloads';
import { PROVENANCE_PATH, nationalMetadata } from '@/lib/view/national-meta';
import { registerDownloads } from '@/lib/view/register-downloads';
import { CQC_METHOD_URL, OGL_ATTRIBUTION } from '@/lib/view/sources';

export async function generateMetadata(): Promise<Metadata> {
  return nationalMetadata(countedSet(await getNationalEntries()), await getSnapshot());
}

/** Every council's published result in numbers: counts by this site, each chart followed by its table, then the same by region and by kind of council. */
export default async function NationalPage() {
  const [entries, snapshot, councils, england] = await Promise.all([getNationalEntries(), getSnapshot(), getCouncils(), getEnglandCouncils()]);
  const set = countedSet(entries);
  const counted = `${countedText(set)} whose result this site holds`;
  const overall = bandCounts(entries);
  const printed = overall.bands.reduce((sum, b) => sum + b.printedByCqc, 0);
  const calculated = overall.bands.reduce((sum, b) => sum + b.calculated, 0);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="Every council in numbers" />
      <h1>Every council&apos;s published result, in numbers</h1>
      <p className="lead">CQC&apos;s ratings and quality statement scores of <strong>{counted}</strong>, counted by this site.</p>
      <p>
        The counts are of {countedSetText(set, snapshot)}. {COUNTS_ONLY} <a href={PROVENANCE_PATH}>Where the figures come from</a>.
      </p>
      <ContentsList entries={[
        { id: 'ratings', label: 'Ratings' }, { id: 'overall-scores', label: 'Overall scores' },
        { id: 'statement-scores', label: 'Quality statement scores' }, { id: 'by-region', label: 'By region' },
        { id: 'by-kind', label: 'By kind of council' }, { id: 'downloads', label: 'Download the figures' },
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
          four bands (<a href={CQC_METHOD_URL}>how CQC determines ratings</a>); its later reports print it as a whole percentage, rounded up.
          Of the {set.councils} councils, {printed} have CQC&apos;s own figure, as CQC printed it (in a report on this site, or as the
          source of a later result gives it); for {calculated}, this site calculated it from CQC&apos;s scores by the same rule; for{' '}
          {overall.notKnown}, it is not known (no source gives CQC&apos;s figure, and not every score is known), and the table leaves{' '}
          {overall.notKnown === 1 ? 'it' : 'them'} out.
        </p>
        <PercentChart counts={percentDistribution(entries)} />
        <PercentTable counts={percentDistribution(entries)} caption={`Councils by overall score: ${counted} (count by this site)`} />
      </section>
      <section aria-labelledby="statement-scores" className="national-section">
        <h2 id="statement-scores">Quality statement scores</h2>
        <StatementsChart distributions={statementDistributions(entries)} />
        <StatementsTable distributions={statementDistributions(entries)} caption={`How many councils scored 1, 2, 3 and 4 on each quality statement: ${counted} (count by this site)`} />
      </section>
      <section aria-labelledby="by-region" className="national-section">
        <h2 id="by-region">By region</h2>
        <p>The same councils in each of England&apos;s nine regions: how many have a result here, of how many the region has.</p>
        <RatingsByGroup id="ratings-by-region" groups={groupsBy('region', entries, england)} caption={`Councils by CQC's overall rating, region by region: ${counted} (count by this site)`} />
        <BandsByGroup id="overall-by-region" groups={groupsBy('region', entries, england)} caption={`Councils by the band of their overall score, region by region: ${counted} (count by this site)`} />
      </section>
      <section aria-labelledby="by-kind" className="national-section">
        <h2 id="by-kind">By kind of council</h2>
        <p>The same councils by kind: county councils, unitary authorities, metropolitan districts, London boroughs, and the City of London and the Isles of Scilly, each a council of its own kind.</p>
        <RatingsByGroup id="ratings-by-kind" groups={groupsBy('type', entries, england)} caption={`Councils by CQC's overall rating, kind by kind: ${counted} (count by this site)`} />
        <BandsByGroup id="overall-by-kind" groups={groupsBy('type', entries, england)} caption={`Councils by the band of their overall score, kind by kind: ${counted} (count by this site)`} />
      </section>
      <section aria-labelledby="downloads">
        <h2 id="downloads">Download the figures</h2>
        <p>The ratings register: every council&apos;s rating, month and nine scores, with the address of each report on CQC&apos;s website.</p>
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
