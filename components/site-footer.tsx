import { OGL_ATTRIBUTION, OGL_URL } from '@/lib/view/sources';
import { FOOTER_LINKS } from '@/lib/view/site-pages';

/** The footer every page ends with: the same links on every page (WCAG 3.2.6), whose site this is, and CQC's licence. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label="Site information">
          <ul className="footer-links">
            {FOOTER_LINKS.map((page) => <li key={page.path}><a href={page.path}>{page.title}</a></li>)}
          </ul>
        </nav>
        <p>
          An independent viewer of reports published by the Care Quality Commission (CQC); not a CQC website and not
          endorsed by CQC. The reports&apos; text and figures are CQC&apos;s, shown exactly as published; what this site
          calculates is labelled as its own.
        </p>
        <p className="site-footer__licence">
          <a href={OGL_URL} rel="license">{OGL_ATTRIBUTION}</a>.
        </p>
      </div>
    </footer>
  );
}
