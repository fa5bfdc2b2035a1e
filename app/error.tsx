'use client';


/** Shown if a page fails while rendering in the browser; prerendered pages make this rare. */
export default function ErrorPage() {
  return (
    <>
      <h1>Sorry, something went wrong</h1>
      <p>This page could not be shown. Try again in a moment. Every report shown here is also on the Care Quality Commission&apos;s website.</p>
      <p><a href="/">Go to the list of assessments</a></p>
    </>
  );
}
