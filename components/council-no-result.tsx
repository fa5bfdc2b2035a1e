import type { Council, Snapshot } from '@/lib/register/schema';
import { formatDate } from '@/lib/view/format';
import { NATIONAL_PATH, PROVENANCE_PATH } from '@/lib/view/national-meta';
import { CQC_REPORTS_URL } from '@/lib/view/sources';
import { Breadcrumbs } from './breadcrumbs';
import { CouncilIdentity } from './council-identity';
import { NextSteps } from './next-steps';

type CouncilNoResultProps = { council: Council; snapshot: Snapshot };

/**
 * The page of a council for which the site holds no result: it says so, how
 * far the site's data goes, that CQC has published every council's report,
 * and where to find it. It says nothing of the council's assessment, which
 * the site does not hold: never that it was not assessed.
 */
export function CouncilNoResult({ council, snapshot }: CouncilNoResultProps) {
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current={council.authority} />
      <h1>{council.authority}</h1>
      {council.england ? <CouncilIdentity england={council.england} /> : null}
      <section aria-labelledby="no-result" className="no-result">
        <h2 id="no-result">This site holds no result for {council.authority}</h2>
        <p className="report-link">
          <a href={CQC_REPORTS_URL}>Find {council.authority}&apos;s report in CQC&apos;s list of local authority assessment reports</a>
        </p>
        <p>
          CQC had published every council&apos;s assessment report by summer 2026, so CQC&apos;s website has this council&apos;s, with
          its rating and scores.
        </p>
        <p>
          This site&apos;s <a href={PROVENANCE_PATH}>ratings register</a> is complete to {formatDate(snapshot.date)}: it holds every
          result CQC had published by then. Results published since are added one by one, each from a source named on its
          council&apos;s page, and none has been added for {council.authority} yet. Until one is, {council.authority} is not
          counted in <a href={NATIONAL_PATH}>the site&apos;s figures for all councils</a>.
        </p>
      </section>
      <NextSteps authority={council.authority} />
    </>
  );
}
