import { letterGroups, letterId, type ListedCouncil } from '@/lib/view/council-list';
import type { ListLink } from '@/lib/view/council-groups';

type ListNavProps = { id: string; heading: string; links: readonly ListLink[] };

/**
 * A way to narrow the list of councils without JavaScript: a plain link to
 * each prerendered list (by rating, region or kind), with how many councils
 * it holds; the list the reader is on is marked, not linked.
 */
export function ListNav({ id, heading, links }: ListNavProps) {
  return (
    <nav className="list-nav" aria-labelledby={id}>
      <h2 id={id} className="list-nav__heading">{heading}</h2>
      <ul>
        {links.map((link) => {
          const label = `${link.label} (${link.count})`;
          return <li key={link.href}>{link.current ? <span aria-current="page">{label}</span> : <a href={link.href}>{label}</a>}</li>;
        })}
      </ul>
    </nav>
  );
}

/** Links to each first letter's councils in the list below, by the name people use (Harrow under H). */
export function LetterNav({ councils }: { councils: readonly ListedCouncil[] }) {
  return (
    <nav className="list-nav letter-nav" aria-labelledby="letter-nav-heading">
      <h2 id="letter-nav-heading" className="list-nav__heading">Find a council by the first letter of its name</h2>
      <ul>
        {letterGroups(councils).map((group) => (
          <li key={group.letter}><a href={`#${letterId(group.letter)}`}>{group.letter}</a></li>
        ))}
      </ul>
    </nav>
  );
}
