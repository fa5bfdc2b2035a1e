import type { Council, Snapshot } from '@/lib/register/schema';
import { describeCouncil } from '@/lib/view/england';
import { formatDate } from '@/lib/view/format';
import { CQC_REPORTS_URL } from '@/lib/view/sources';
import { Breadcrumbs } from './breadcrumbs';

type CouncilNoResultProps = { council: Council; snapshot: Snapshot };

/**
 * The page of a council for which the site holds no result: it says so, how
 * far the site's data goes, that CQC has published every council's report,
 * and where to find it. It never says the council was not assessed.
 */
export function CouncilNoResult({ council, snapshot }: CouncilNoResultProps) {
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current={council.authority} />
      <h1>{council.authority}</h1>
      {council.england ? <p className="page-caption">{describeCouncil(council.england)}. ONS code {council.england.gssCode}.</p> : null}
      <section aria-labelledby="no-result" className="no-result">
        <h2 id="no-result">This site holds no result for {council.authority}</h2>
        <p>
          The site&apos;s ratings register is complete to {formatDate(snapshot.date)}; results published since then are added one by
          one as a source is found. CQC had published every council&apos;s assessment report by summer 2026, so CQC&apos;s website
          has this council&apos;s.
        </p>
        <p className="report-link"><a href={CQC_REPORTS_URL}>Find {council.authority}&apos;s report in CQC&apos;s list of local authority assessment reports</a></p>
      </section>
    </>
  );
}
