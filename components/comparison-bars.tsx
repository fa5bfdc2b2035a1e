type ComparisonBarsProps = { authority: string; value: number; valueText: string; englandAverage: number; englandAverageText: string };

/**
 * Two bars on a 0-100% scale, the authority's above England's, so the gap
 * shows at a glance. Server-rendered SVG with a text alternative.
 */
export function ComparisonBars({ authority, value, valueText, englandAverage, englandAverageText }: ComparisonBarsProps) {
  const width = 120;
  const bar = (percent: number) => Math.max(1, (Math.min(100, percent) / 100) * width);
  const description = `${authority} ${valueText}, England average ${englandAverageText}`;
  return (
    <svg className="comparison-bars" role="img" aria-label={description} viewBox={`0 0 ${width} 22`} width={width} height="22">
      <title>{description}</title>
      <rect className="comparison-bars__track" x="0" y="1" width={width} height="8" />
      <rect className="comparison-bars__authority" x="0" y="1" width={bar(value)} height="8" />
      <rect className="comparison-bars__track" x="0" y="13" width={width} height="8" />
      <rect className="comparison-bars__england" x="0" y="13" width={bar(englandAverage)} height="8" />
    </svg>
  );
}
