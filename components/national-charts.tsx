import type { PercentCount, RatingCount, StatementDistribution } from '@/lib/national';
import { bandSpans, histogram, horizontalBars, stackedBar } from '@/lib/view/national-charts';

/**
 * The national page's charts: server-rendered SVG, decorative (hidden from
 * screen readers), each a picture of the table that follows it, which holds
 * every figure as text.
 */

const LABEL_WIDTH = 150;
const BAR_WIDTH = 190;

/** How many councils have each rating: one bar each. */
export function RatingsChart({ counts }: { counts: readonly RatingCount[] }) {
  const { bars, height } = horizontalBars(counts.map((c) => c.councils), BAR_WIDTH, 18, 8);
  return (
    <svg className="national-chart" aria-hidden="true" focusable="false" viewBox={`0 0 400 ${height}`} width="400" height={height}>
      {bars.map((bar, index) => {
        const rating = counts[index]?.rating ?? null;
        return (
          <g key={rating ?? 'none'}>
            <text x="0" y={bar.y + 13} className="chart-label">{rating ?? 'Not recorded'}</text>
            <rect x={LABEL_WIDTH} y={bar.y} width={Math.max(bar.width, 1)} height={bar.height} className="bar bar--rating" />
            <text x={LABEL_WIDTH + bar.width + 6} y={bar.y + 13} className="chart-label">{bar.value}</text>
          </g>
        );
      })}
    </svg>
  );
}

const HISTOGRAM = { min: 25, max: 100, columnWidth: 5, height: 110 };

/** The spread of overall percentages: one column per whole percentage, over CQC's four rating bands. */
export function PercentChart({ counts }: { counts: readonly PercentCount[] }) {
  const { columns, width } = histogram(counts, HISTOGRAM);
  const top = 8;
  const base = top + HISTOGRAM.height;
  return (
    <svg className="national-chart" aria-hidden="true" focusable="false" viewBox={`0 0 ${width + 20} ${base + 34}`} width={width + 20} height={base + 34}>
      {bandSpans(HISTOGRAM).map((band, index) => (
        <g key={band.rating}>
          <rect x={band.x} y={top} width={band.width} height={HISTOGRAM.height} className={`band-shade band-shade--${index % 2}`} />
          <text x={band.x + 2} y={base + 14} className="chart-label">{band.min}%</text>
          <text x={band.x + 2} y={base + 28} className="chart-label chart-label--small">{band.rating}</text>
        </g>
      ))}
      {columns.map((column) => (
        <rect key={column.x} x={column.x} y={top + column.y} width={column.width - 1} height={column.height} className="bar bar--percent" />
      ))}
      <line x1="0" x2={width} y1={base} y2={base} className="chart-axis" />
    </svg>
  );
}

const ROW = 40;

/** For each statement, one bar split by how many councils scored 1, 2, 3 and 4, its name above it. */
export function StatementsChart({ distributions }: { distributions: readonly StatementDistribution[] }) {
  const height = 24 + distributions.length * ROW;
  return (
    <svg className="national-chart" aria-hidden="true" focusable="false" viewBox={`0 0 400 ${height}`} width="400" height={height}>
      {[1, 2, 3, 4].map((score) => (
        <g key={score}>
          <rect x={(score - 1) * 70} y="0" width="12" height="12" className={`bar bar--${score}`} />
          <text x={(score - 1) * 70 + 16} y="11" className="chart-label">Score {score}</text>
        </g>
      ))}
      {distributions.map((d, row) => {
        const y = 24 + row * ROW;
        return (
          <g key={d.statement.slug}>
            <text x="0" y={y + 12} className="chart-label">{d.statement.name}</text>
            {stackedBar(d.scores.map((s) => s.councils), 400).map((segment) => (
              <rect key={segment.index} x={segment.x} y={y + 17} width={segment.width} height="14" className={`bar bar--${segment.index + 1}`} />
            ))}
          </g>
        );
      })}
    </svg>
  );
}
