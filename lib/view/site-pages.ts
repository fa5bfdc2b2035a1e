/** The site's pages that are not an assessment's, for the sitemap and the footer. */
export const SITE_PAGES = [
  { path: '/', title: 'All assessments' },
  { path: '/data-formats', title: 'Data formats' },
] as const;
