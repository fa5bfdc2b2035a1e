
export type Crumb = { href: string; label: string };

/** Where this page sits: links to each level above it, then the page itself. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {trail.map((crumb) => (
          <li key={crumb.href}><a href={crumb.href}>{crumb.label}</a></li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
