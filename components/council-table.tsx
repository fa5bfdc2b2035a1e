import { STATEMENTS, THEMES } from '@/lib/framework';
import { holdingLine, letterGroups, letterId, type ListedCouncil } from '@/lib/view/council-list';
import { SHORT_NAMES, formatMonth, type CouncilRow } from '@/lib/view/councils';
import { missingScoreText } from '@/lib/view/council-facts';

/** The statements that open a theme, whose column gets a rule on its left so the four themes read as groups. */
const THEME_STARTS = new Set(THEMES.map((theme) => STATEMENTS.find((s) => s.theme === theme.number)?.slug));

type CouncilTableProps = { councils: readonly ListedCouncil[]; caption: string };

/**
 * Councils with what the site holds for each, CQC's rating, month of
 * publication and nine scores, one row each, grouped by the first letter of
 * the name people use (each group's id is an A to Z link's target). A real
 * table (caption, column and row headers); app/styles/lists.css lays each row
 * out as a block on a phone, with each score labelled, and lets the browser
 * skip the letter groups off screen. The parts take no ARIA roles: HTML does
 * not allow them on a table's own parts, and Chromium keeps the table's
 * meaning whatever the CSS (tests/e2e/list-rendering.spec.ts).
 *
 * A council without a result has its row header alone ("no result held on
 * this site"): the way to its report is the holdings' one link to CQC's list
 * and the council's own page, not the same link repeated on every such row,
 * which a screen reader's list of links would read out dozens of times and
 * which made `/` a sixth larger (issue 21).
 */
export function CouncilTable({ councils, caption }: CouncilTableProps) {
  return (
    <table className="council-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Council</th>
          <th scope="col" className="head-rating">Rating</th>
          <th scope="col" className="head-month">Published</th>
          {STATEMENTS.map((s) => (
            <th key={s.slug} scope="col" className={THEME_STARTS.has(s.slug) ? 'glance-head t' : 'glance-head'}>
              <span className="visually-hidden">{s.name}</span><span aria-hidden="true" className="glance-head__text">{SHORT_NAMES[s.slug]}</span>
            </th>
          ))}
        </tr>
      </thead>
      {letterGroups(councils).map((group) => (
        <tbody key={group.letter} id={letterId(group.letter)} className={groupSizeClasses(group.councils)}>
          {group.councils.map((council) => <Row key={council.slug} council={council} />)}
        </tbody>
      ))}
    </table>
  );
}

/**
 * How many rows of each height a group holds, as classes the stylesheet turns
 * into the group's estimated height while the browser skips it (the
 * content-security policy allows no style in the markup).
 */
function groupSizeClasses(councils: readonly ListedCouncil[]): string {
  const results = councils.filter((c) => c.result !== null).length;
  return `results-${results} no-results-${councils.length - results}`;
}

function Row({ council }: { council: ListedCouncil }) {
  return (
    <tr>
      <th scope="row"><a href={`/${council.slug}`}>{council.name}</a>{` ${holdingLine(council)}`}</th>
      {council.result && <ResultCells row={council.result} missing={missingScoreText(council.holds === 'later' ? 'later' : 'register')} />}
    </tr>
  );
}

/**
 * CQC's rating, the month and the nine scores as digits; each score's label on a phone comes from the stylesheet.
 * A missing score says why, by where the result comes from: not scored (the register) or not recorded (a later result).
 */
function ResultCells({ row, missing }: { row: CouncilRow; missing: string }) {
  return (
    <>
      <td className="rating">{row.rating ?? 'Not recorded'}</td>
      <td className="month">{formatMonth(row.published)}</td>
      {row.scores.map((score, index) => {
        const start = THEME_STARTS.has(STATEMENTS[index]?.slug) ? ' t' : '';
        return score === null
          ? <td key={index} className={`g g0${start}`}><span aria-hidden="true">-</span><span className="visually-hidden">{missing}</span></td>
          : <td key={index} className={`g g${score}${start}`}>{score}</td>;
      })}
    </>
  );
}
