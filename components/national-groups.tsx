import type { ReactNode } from 'react';
import { RATING_BANDS, RATINGS } from '@/lib/assessment';
import type { GroupCounts } from '@/lib/national';
import { groupLabel } from '@/lib/view/council-context';
import { TableScroll } from './table-scroll';

/**
 * The national page's counts by region and by kind of council, as tables:
 * each set's name links to its list of councils, and a last row counts
 * England. The tables are wide, so each scrolls on its own on a narrow
 * screen, and can be reached by keyboard to scroll.
 */

type Column = { label: string; count: (g: GroupCounts) => number };
type GroupTableProps = { id: string; caption: string; groups: readonly GroupCounts[] };

const RATING_COLUMNS: readonly Column[] = [
  ...[...RATINGS, null].map((rating) => ({ label: rating ?? 'Not recorded', count: (g: GroupCounts) => g.ratings.find((c) => c.rating === rating)?.councils ?? 0 })),
  { label: 'Councils with a result here', count: (g) => g.councils },
  { label: 'Councils in England', count: (g) => g.inEngland },
];

const BAND_COLUMNS: readonly Column[] = [
  ...RATING_BANDS.map((band, index) => ({ label: `${band.rating}: ${band.min}% to ${band.max}%`, count: (g: GroupCounts) => g.overall.bands[index]?.councils ?? 0 })),
  { label: 'Not known', count: (g) => g.overall.notKnown },
  { label: 'Of the known, CQC\u2019s printed figure', count: (g) => g.overall.bands.reduce((n, b) => n + b.printedByCqc, 0) },
  { label: 'Of the known, this site\u2019s calculation', count: (g) => g.overall.bands.reduce((n, b) => n + b.calculated, 0) },
];

/** A set's row header: its name as its list names it ("London", "London boroughs"), linking to the list. */
function GroupName({ counts }: { counts: GroupCounts }) {
  const { group } = counts;
  const label = groupLabel(group);
  const text = group.kind === 'region' ? group.region : label.text;
  return <th scope="row">{label.href ? <a href={label.href}>{text}</a> : text}</th>;
}

function GroupTable({ id, caption, groups, columns }: GroupTableProps & { columns: readonly Column[] }): ReactNode {
  const total = (column: Column) => groups.reduce((sum, g) => sum + column.count(g), 0);
  return (
    <TableScroll captionId={`${id}-caption`}>
      <table className="number-table number-table--wide" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groups[0]?.group.kind === 'type' ? 'Kind of council' : 'Region'}</th>
            {columns.map((c) => <th key={c.label} scope="col" className="numeric">{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => <tr key={JSON.stringify(g.group)}><GroupName counts={g} />{columns.map((c) => <td key={c.label} className="numeric">{c.count(g)}</td>)}</tr>)}
        </tbody>
        <tfoot><tr><th scope="row">England</th>{columns.map((c) => <td key={c.label} className="numeric">{total(c)}</td>)}</tr></tfoot>
      </table>
    </TableScroll>
  );
}

/** For each set, how many councils have each of CQC's ratings, how many have none recorded, how many hold a result here and how many England has. */
export function RatingsByGroup(props: GroupTableProps) {
  return <GroupTable {...props} columns={RATING_COLUMNS} />;
}

/** For each set, how many councils' overall scores fall in each of CQC's bands and how many are not known, and whose figures the known ones are. */
export function BandsByGroup(props: GroupTableProps) {
  return <GroupTable {...props} columns={BAND_COLUMNS} />;
}
