import { STATEMENTS, THEMES } from '@/lib/framework';
import { SHORT_NAMES, formatMonth, letterGroups, letterId, type CouncilRow } from '@/lib/view/councils';

/** The statements that open a theme, whose column gets a rule on its left so the four themes read as groups. */
const THEME_STARTS = new Set(THEMES.map((theme) => STATEMENTS.find((s) => s.theme === theme.number)?.slug));

type CouncilTableProps = { rows: readonly CouncilRow[]; caption: string; byLetter?: boolean };

/**
 * Councils with CQC's rating, month of publication and nine scores, one row
 * each: a real table (caption, column and row headers), scores as digits in
 * text. On a narrow screen each row is laid out as a small block (styles in
 * app/styles/national.css); the table's structure does not change. With
 * `byLetter`, each first letter's rows are a group with an id, for the A to Z
 * links.
 */
export function CouncilTable({ rows, caption, byLetter = false }: CouncilTableProps) {
  const groups = byLetter ? letterGroups(rows) : [{ letter: '', rows: [...rows] }];
  return (
    <table className="council-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Council</th>
          <th scope="col">Rating</th>
          <th scope="col">Published</th>
          {STATEMENTS.map((s) => (
            <th key={s.slug} scope="col" className={THEME_STARTS.has(s.slug) ? 'glance-head t' : 'glance-head'}>
              <span className="visually-hidden">{s.name}</span><span aria-hidden="true" className="glance-head__text">{SHORT_NAMES[s.slug]}</span>
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group) => (
        <tbody key={group.letter} id={byLetter ? letterId(group.letter) : undefined}>
          {group.rows.map((row) => <Row key={row.slug} row={row} />)}
        </tbody>
      ))}
    </table>
  );
}

function Row({ row }: { row: CouncilRow }) {
  return (
    <tr>
      <th scope="row">
        <a href={`/${row.slug}`}>{row.authority}</a>
        {row.hasReport ? <span className="council-table__kind">Full report on this site</span> : null}
      </th>
      <td className="council-table__rating">{row.rating ?? 'Not recorded'}</td>
      <td className="council-table__published"><time dateTime={row.published}>{formatMonth(row.published)}</time></td>
      {row.scores.map((score, index) => {
        const start = THEME_STARTS.has(STATEMENTS[index]?.slug) ? ' t' : '';
        return score === null
          ? <td key={index} className={`g g0${start}`}><span aria-hidden="true">-</span><span className="visually-hidden">Not scored</span></td>
          : <td key={index} className={`g g${score}${start}`}>{score}</td>;
      })}
    </tr>
  );
}
