import { formatDate } from '@/lib/view/format';
import { CQC_REPORTS_URL } from '@/lib/view/sources';

/**
 * The way to the source: the report on CQC's website, prominent near the top
 * of each report page (overview, theme, statement). A report whose address
 * the ratings register lacks (the build warns) points to CQC's list of every
 * local authority assessment report rather than to an invented address.
 */
export function SourceLink({ reportUrl, published }: { reportUrl: string | null; published: string }) {
  return (
    <p className="source-link-box">
      <span className="source-link-box__label">Source:</span>{' '}
      {reportUrl
        ? <a href={reportUrl}>the full report on CQC&apos;s website</a>
        : <>the report as published in <a href={CQC_REPORTS_URL}>CQC&apos;s list of local authority assessment reports</a></>}
      , published {formatDate(published)}.
    </p>
  );
}
