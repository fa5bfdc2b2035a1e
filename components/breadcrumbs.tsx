export type Crumb = { href: string; label: string };

/**
 * Where this page sits: links to each level above it, then the page itself.
 * On a phone the trail collapses to one link back to the parent, as GOV.UK's
 * breadcrumbs do, so the page's heading is not pushed down by three lines of
 * links; the same markup serves both widths (CSS alone switches, no script).
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const parent = trail.at(-1);
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol className="breadcrumbs__trail">
        {trail.map((crumb) => (
          <li key={crumb.href}><a href={crumb.href}>{crumb.label}</a></li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
      {parent ? <p className="breadcrumbs__back"><a href={parent.href}>Back to {parent.label}</a></p> : null}
    </nav>
  );
}
