/**
 * The visible address of a heading, paragraph or table row: a plain link to
 * its fragment, shown on hover and on keyboard focus. With JavaScript, a
 * click also copies the address (lib/browser/enhance.ts). The
 * symbol (¶, or # for headings) is drawn by CSS with empty alt text, so a
 * screen reader hears only the label; one element keeps long pages light.
 */
export function AnchorLink({ id, label, kind = 'paragraph' }: { id: string; label: string; kind?: 'paragraph' | 'heading' }) {
  return <a className={`anchor-link anchor-link--${kind}`} href={`#${id}`}><span className="visually-hidden">{label}</span></a>;
}
