/**
 * The address to share for a finding (or a figure): a link that always shows
 * its words ("Link to this finding"), so it works by touch, mouse and
 * keyboard alike and says what it is. `href` is the one address to share (a
 * finding's is on its statement's page, also when shown on a theme page);
 * `name` says which, for a screen reader's list of links. With JavaScript, a
 * click also copies the address (lib/browser/enhance.ts).
 */
export function ShareLink({ href, text, name }: { href: string; text: string; name: string }) {
  // The accessible name starts with the words shown, so speech control finds it by them (WCAG 2.5.3).
  return <a className="share-link" href={href} aria-label={`${text}: ${name}`}>{text}</a>;
}
