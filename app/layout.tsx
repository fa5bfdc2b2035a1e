import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: {
    default: 'CQC local authority assessments',
    template: '%s - CQC local authority assessments',
  },
  description: 'What the Care Quality Commission found when it assessed how councils in England meet their adult social care duties.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en-GB">
      <body>
        <a className="skip-link" href="#main-content">Skip to main content</a>
        <header className="site-header" id="top">
          <div className="container">
            <Link className="site-name" href="/">CQC local authority assessments</Link>
          </div>
        </header>
        <main id="main-content" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              An independent viewer of reports published by the Care Quality Commission. The report text is
              CQC&apos;s; figures are shown exactly as the reports print them.
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
