/** The About page's address, which the independence banner on every page links to. */
export const ABOUT_PATH = '/about';

/** The page that explains CQC's scores, ratings and bands, and this site's calculations. */
export const METHOD_PATH = '/how-cqc-rates';

/** The site's pages that are not an assessment's, for the sitemap and the footer. */
export const SITE_PAGES = [
  { path: '/', title: 'All assessments' },
  { path: '/national', title: 'Every council in numbers' },
  { path: '/search', title: 'Search' },
  { path: ABOUT_PATH, title: 'About this site' },
  { path: METHOD_PATH, title: 'How CQC rates councils' },
  { path: '/glossary', title: 'Glossary' },
  { path: '/data-formats', title: 'Data formats' },
  { path: '/accessibility', title: 'Accessibility statement' },
] as const;

/** The footer's links, the same on every page (WCAG 3.2.6, consistent help). */
export const FOOTER_LINKS = SITE_PAGES.filter((page) => page.path !== '/' && page.path !== '/search');
