/**
 * The visible address of a heading, paragraph or table row: a plain link to
 * its fragment, shown on hover and on keyboard focus. With JavaScript, a
 * click also copies the address (components/page-enhancements.tsx).
 */
export function AnchorLink({ id, label, symbol = '\u00B6' }: { id: string; label: string; symbol?: string }) {
  return (
    <a className="anchor-link" href={`#${id}`}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{label}</span>
    </a>
  );
}
