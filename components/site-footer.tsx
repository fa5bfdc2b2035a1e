import { FOOTER_LINKS } from '@/lib/view/site-pages';

/** The footer every page ends with: the same links on every page (WCAG 3.2.6), and whose site this is. */
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
          An independent viewer of reports published by the Care Quality Commission. The report text is
          CQC&apos;s; figures are shown exactly as the reports print them.
        </p>
      </div>
    </footer>
  );
}
