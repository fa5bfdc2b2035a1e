import type { Assessment } from '@/lib/assessment';
import { reportTitle, PUBLISHER } from '@/lib/view/citation';

type JsonLdProps = { assessment: Assessment; url: string; reportUrl: string; page?: string };

/**
 * schema.org data describing the report (and, on a statement page, the page
 * as part of it). The JSON is serialised with "<" escaped, so no text from
 * the report can close the script element.
 */
export function JsonLd({ assessment, url, reportUrl, page }: JsonLdProps) {
  const report = {
    '@type': 'Report',
    '@id': `${reportUrl}#report`,
    name: reportTitle(assessment),
    url: reportUrl,
    datePublished: assessment.published,
    inLanguage: 'en-GB',
    publisher: { '@type': 'GovernmentOrganization', name: PUBLISHER, url: 'https://www.cqc.org.uk' },
    about: { '@type': 'GovernmentOrganization', name: assessment.authority },
    abstract: `Overall rating: ${assessment.rating}.`,
  };
  const data = page
    ? { '@context': 'https://schema.org', '@type': 'WebPage', name: page, url, isPartOf: report }
    : { '@context': 'https://schema.org', ...report };
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} />;
}
