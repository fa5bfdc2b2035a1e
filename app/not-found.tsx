
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. If you typed it, check it; if you followed a link, the page may have moved.</p>
      <p><a href="/">Go to the list of assessments</a></p>
    </>
  );
}
