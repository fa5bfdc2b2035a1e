export type ContentsEntry = { id: string; label: string; children?: ContentsEntry[] };

/** "On this page": links to the sections of a long page. */
export function ContentsList({ entries }: { entries: ContentsEntry[] }) {
  return (
    <nav className="contents" aria-labelledby="contents-heading">
      <h2 id="contents-heading" className="contents__heading">On this page</h2>
      <Entries entries={entries} />
    </nav>
  );
}

function Entries({ entries }: { entries: ContentsEntry[] }) {
  return (
    <ol>
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`}>{entry.label}</a>
          {entry.children && entry.children.length > 0 ? <Entries entries={entry.children} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function BackToTop() {
  return <p className="back-to-top"><a href="#top">Back to top</a></p>;
}
