/** The bars' scale: 0 to 100%, this many units wide. */
const WIDTH = 200;

const bar = (percent: number) => Math.max(1, (Math.min(100, Math.max(0, percent)) / 100) * WIDTH);

/**
 * Two bars on a 0-100% scale, the council's above England's, with a line at
 * the England average across both, so the gap shows at a glance even when it
 * is a point or two. Decorative: the cells beside it give both figures and
 * the difference in words, and the key above the table says which bar is
 * which. It stretches to its box, so it is as wide as a phone allows.
 */
export function ComparisonBars({ value, englandAverage }: { value: number; englandAverage: number }) {
  const england = bar(englandAverage);
  return (
    <svg className="comparison-bars" aria-hidden="true" focusable="false" viewBox={`0 0 ${WIDTH} 30`} preserveAspectRatio="none">
      <rect className="comparison-bars__track" x="0" y="2" width={WIDTH} height="10" />
      <rect className="comparison-bars__authority" x="0" y="2" width={bar(value)} height="10" />
      <rect className="comparison-bars__track" x="0" y="18" width={WIDTH} height="10" />
      <rect className="comparison-bars__england" x="0" y="18" width={england} height="10" />
      <line className="comparison-bars__marker" x1={england} x2={england} y1="0" y2="30" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

/** The key to the bars, once above each table: which bar is the council's, which England's, and the line. */
export function BarsKey({ authority }: { authority: string }) {
  return (
    <p className="bars-key">
      <span className="bars-key__label">Key to the bars, 0 to 100%:</span>{' '}
      <span className="bars-key__item"><span className="bars-key__swatch bars-key__swatch--authority" aria-hidden="true" /> {authority}, upper bar;</span>{' '}
      <span className="bars-key__item"><span className="bars-key__swatch bars-key__swatch--england" aria-hidden="true" /> England average, lower bar and line</span>
    </p>
  );
}
