'use client';


/** Shown if a page fails while rendering in the browser; prerendered pages make this rare. */
export default function ErrorPage() {
  return (
    <>
      <h1>Sorry, something went wrong</h1>
      <p>This page could not be shown. Try again in a moment; if it keeps happening, please tell us (see the accessibility statement for how).</p>
      <p><a href="/">Go to the list of assessments</a></p>
    </>
  );
}
