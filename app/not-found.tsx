import { SearchBox } from '@/components/search-form';

/** The 404 page: what happened, a search, and the way home. Prerendered, so its search box starts empty. */
export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>There is no page at this address. If you typed it, check it; if you followed a link, the page may have moved.</p>
      <h2 className="not-found__search-heading">Search for what you were looking for</h2>
      <SearchBox id="not-found-search" label="Search from this page" className="search-form search-form--inline" visibleLabel />
      <p><a href="/">Go to the list of assessments</a></p>
    </>
  );
}
