import type { CountedSet } from '@/lib/national';
import type { Snapshot } from '@/lib/register';
import { SITE_NAME, type Operator } from '@/lib/site';
import { countedSetText } from '@/lib/view/counted-set';
import { formatDate } from '@/lib/view/format';
import { NATIONAL_PATH, PROVENANCE_PATH } from '@/lib/view/national-meta';
import { provenanceSection } from '@/lib/view/provenance';
import { METHOD_PATH } from '@/lib/view/site-pages';
import { CQC_WEBSITE, OGL_ATTRIBUTION, OGL_URL } from '@/lib/view/sources';
import { Breadcrumbs } from './breadcrumbs';
import { Prose } from './prose';

type AboutViewProps = { operator: Operator; snapshot: Snapshot; reports: number; counted: CountedSet; england: number };

/**
 * What the site is, where its data comes from, how its own figures are made,
 * and who runs it. Who runs it comes from the build's settings (lib/site.ts
 * siteOperator); where a setting is missing the page leaves that sentence out
 * and says nothing about settings.
 */
export function AboutView({ operator, snapshot, reports, counted, england }: AboutViewProps) {
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }]} current="About this site" />
      <h1>About this site</h1>
      <p className="lead">
        {SITE_NAME} is an independent viewer of the local authority assessments the Care Quality Commission (CQC)
        publishes. It is not a CQC website, and CQC does not endorse it.
      </p>

      <h2 id="what">What the site does</h2>
      <p>
        CQC assesses how each council in England meets its adult social care duties under the Care Act 2014 and publishes
        a report for each on <a href={CQC_WEBSITE}>its website</a>. This site shows those reports statement by statement,
        so a page, a finding or a figure can be read on a phone, linked to, quoted and downloaded. Every report page links
        to the report on CQC&apos;s website, which is the source.
      </p>

      <h2 id="data">Where the data comes from</h2>
      <p>
        <strong>The reports&apos; text.</strong> {reports === 1 ? 'One report is' : `${reports} reports are`} shown in
        full, word for word and figure for figure as CQC published them. The text is read when the site is built; a report
        the site cannot read exactly stops the build rather than showing a wrong figure.
      </p>
      <p>
        <strong>The ratings register.</strong> The rating, scores and address on CQC&apos;s website of every council
        assessed, {snapshot.rows} {snapshot.rows === 1 ? 'row' : 'rows'} for {snapshot.councils}{' '}
        {snapshot.councils === 1 ? 'council' : 'councils'}, complete to {formatDate(snapshot.date)}. Its provenance,
        as the register records it:
      </p>
      <div className="provenance">
        <Prose text={provenanceSection(snapshot.markdown, 2)} />
      </div>
      <p>
        <strong>England&apos;s councils.</strong> The {england} councils with adult social care duties, each with its
        official name, its code from the Office for National Statistics, its region and its kind, so that every council
        has a page here whether or not the site holds its result.
      </p>
      <p>
        <strong>Results published since the register.</strong> CQC&apos;s ratings and scores published after the
        register&apos;s snapshot, each recorded with the page it was read from.
      </p>
      <p>
        <a href={NATIONAL_PATH}>Every council&apos;s result in numbers</a> counts {countedSetText(counted, snapshot)}.{' '}
        <a href={PROVENANCE_PATH}>Where the figures come from</a> gives the provenance of each of these files in full.
      </p>

      <h2 id="calculations">What the site calculates</h2>
      <p>
        The site adds a few figures of its own, always labelled as the site&apos;s: the overall score as a percentage
        where a report does not print one, how far a score is from the next rating band, and the difference between a
        council&apos;s figure and the England average in percentage points. It gives no verdict of its own: where a report
        calls a figure better or worse, those are CQC&apos;s words, quoted as CQC&apos;s.{' '}
        <a href={METHOD_PATH}>How CQC rates councils, and how the site calculates</a>.
      </p>

      <h2 id="licence">Licence</h2>
      <p>
        CQC&apos;s reports are Crown copyright. <a href={OGL_URL} rel="license">{OGL_ATTRIBUTION}</a>. The downloads
        carry the same attribution.
      </p>

      {operator.owner || operator.email ? (
        <>
          <h2 id="who">Who runs this site</h2>
          {operator.owner ? <p>This site is run by {operator.owner}.</p> : null}
          {operator.email ? <p>To report a mistake or ask about the site, email <a href={`mailto:${operator.email}`}>{operator.email}</a>.</p> : null}
        </>
      ) : null}
    </>
  );
}
