'use client';

import Link from 'next/link';

/** Shown if a page fails while rendering in the browser; prerendered pages make this rare. */
export default function ErrorPage() {
  return (
    <>
      <h1>Sorry, something went wrong</h1>
      <p>This page could not be shown. Try again in a moment; if it keeps happening, please tell us (see the accessibility statement for how).</p>
      <p><Link href="/">Go to the list of assessments</Link></p>
    </>
  );
}
