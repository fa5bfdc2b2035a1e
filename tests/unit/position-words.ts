/**
 * Words that place one council against another. The site counts councils and
 * never ranks them: none of these may appear where it counts them.
 */
export const POSITION_WORDS = /\b(lower|lowest|higher|highest|best|worst|better|worse|rank|ranks|ranked|ranking|rankings|top|bottom|above|below|ahead|behind|league|position|positions|placed|first|last|leading|trails?|outperform\w*|underperform\w*|percentile|quartile|beats?)\b/gi;

/** The words a reader sees (and a screen reader reads) in rendered markup. */
export function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, '\'').replace(/\s+/g, ' ');
}
