import { labelOf } from '@/lib/assessment';

/**
 * A small report in Harrow's layout for any scores: the first `scores.length`
 * quality statements in CQC's order, each with the given score. Each block is
 * one line with a blank line after it, so block i is at line 2i + 1.
 */

const AUTHORITY = 'Testwick District Council';
const THEMES: readonly { title: string; statements: readonly string[] }[] = [
  { title: `How ${AUTHORITY} works with people`, statements: ['Assessing needs', 'Supporting people to live healthier lives', 'Equity in experience and outcomes'] },
  { title: 'Providing support', statements: ['Care provision, integration and continuity', 'Partnerships and communities'] },
  { title: `How ${AUTHORITY} ensures safety within the system`, statements: ['Safe pathways, systems and transitions', 'Safeguarding'] },
  { title: 'Leadership', statements: ['Governance, management and sustainability', 'Learning, improvement and innovation'] },
];

export type Generated = { text: string; lines: { rating: number; overallScore: number | null } };

export function generatedReport(scores: readonly number[], rating: string, printed: string | null): Generated {
  const blocks = [`${AUTHORITY}: local authority assessment`, 'Assessment published: 2 June 2025', 'Overall summary', 'Local authority rating and score', AUTHORITY, rating];
  const lines = { rating: 2 * blocks.length - 1, overallScore: printed === null ? null : 2 * blocks.length + 1 };
  if (printed !== null) blocks.push(printed);
  const assessed = THEMES.flatMap((t) => t.statements).slice(0, scores.length);
  blocks.push('Quality statement scores', ...assessed.flatMap((name, i) => [name, `Score: ${scores[i]}`]));
  THEMES.forEach((theme, index) => {
    const statements = theme.statements.filter((s) => assessed.includes(s));
    if (statements.length === 0) return;
    blocks.push(`Theme ${index + 1}: ${theme.title}`, 'This theme includes these quality statements:', statements.map((s) => `- ${s}`).join('\n'));
    for (const name of statements) {
      const score = scores[assessed.indexOf(name)] ?? 0;
      blocks.push(name, `Score: ${score}`, `${score} - ${labelOf(score)}`, 'The local authority commitment', 'We work with people.',
        'Key findings for this quality statement', 'People told us the council listened to them.');
    }
  });
  return { text: `${blocks.join('\n\n')}\n`, lines };
}
