import { SCORE_LABELS } from '@/lib/assessment';
import { STATEMENTS } from '@/lib/framework';

/** What the digits in a list of councils mean: the score scale in words and the statements' order. Open or closed, it works without JavaScript. */
export function GlanceKey() {
  return (
    <details className="glance-key">
      <summary>How to read the scores</summary>
      <p>
        Each score is CQC&apos;s, from 1 to 4: {SCORE_LABELS.map((label, index) => `${index + 1}, ${label.toLowerCase()}`).join('; ')}.
        The nine are in CQC&apos;s order of the quality statements, grouped by theme:
      </p>
      <ol className="glance-key__statements">
        {STATEMENTS.map((s) => <li key={s.slug}>{s.name}</li>)}
      </ol>
    </details>
  );
}
