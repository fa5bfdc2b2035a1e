/**
 * The head of a table of counts by score: a first row saying the columns
 * count councils, then one narrow column per score, so the table fits a
 * 320 pixel screen and a screen reader hears "Councils with each score, 2";
 * then a column for each of `extras` (councils not scored, scores not recorded).
 */
export function ScoreCountHead({ first, extras = [] }: { first: string; extras?: readonly string[] }) {
  return (
    <thead>
      <tr>
        <th scope="col" rowSpan={2}>{first}</th>
        <th scope="colgroup" colSpan={4} className="numeric-group">Councils with each score</th>
        {extras.map((extra) => <th key={extra} scope="col" rowSpan={2} className="numeric">{extra}</th>)}
      </tr>
      <tr>
        {[1, 2, 3, 4].map((score) => <th key={score} scope="col" className="numeric">{score}</th>)}
      </tr>
    </thead>
  );
}
