import type { Result } from 'lighthouse';
import type { CategoryId } from './targets';

/** A failing audit, with what Lighthouse says about where and why, for the person who fixes it. */
export type FailingAudit = {
  id: string;
  title: string;
  /** Its weight in the category score; 0 means advice that does not move the score. */
  weight: number;
  score: number;
  displayValue?: string;
  explanation?: string;
  items: string[];
  totalItems: number;
  loopbackNote?: string;
  /** Rows of an unscored audit that shows where a failing metric's time went (see EVIDENCE). */
  evidence?: { id: string; items: string[] };
};

const MAX_ITEMS = 8;
const MAX_ITEM_LENGTH = 400;
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

/**
 * A metric says how slow, not why. These informative audits say where: which
 * tasks blocked the main thread, which element was the largest paint, what shifted.
 */
const EVIDENCE: Record<string, string> = {
  'total-blocking-time': 'long-tasks',
  'largest-contentful-paint': 'largest-contentful-paint-element',
  'cumulative-layout-shift': 'layout-shifts',
};

/**
 * Audits whose outcome depends on how the page is served. The audit serves
 * plain HTTP on 127.0.0.1, which Lighthouse treats as a secure context, so it
 * passes or skips these there; the notes say what that leaves unchecked.
 */
export const LOOPBACK_NOTES: Record<string, string> = {
  'is-on-https': 'Lighthouse counts http://127.0.0.1 as secure, so this passes on loopback whatever the deployment does; a failure here names a request that is insecure even so (a non-local http:// address).',
  'redirects-http': 'Lighthouse marks it not applicable on localhost; whether the deployment redirects http:// to https:// is not checked here.',
  'uses-http2': 'Lighthouse skips requests to localhost; browsers speak HTTP/2 only over TLS and `next start` serves HTTP/1.1, so HTTP/2 is the deployment\'s proxy\'s job.',
};

/** The category's audits that scored below 1, weighted ones first, heaviest first. */
export function failingAudits(lhr: Result, category: CategoryId): FailingAudit[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  const failing: FailingAudit[] = [];
  for (const ref of refs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1 || !SCORED_MODES.has(audit.scoreDisplayMode)) continue;
    const items = detailItems(audit.details);
    failing.push({
      id: audit.id, title: audit.title, weight: ref.weight, score: audit.score,
      displayValue: audit.displayValue, explanation: audit.explanation,
      items: items.slice(0, MAX_ITEMS).map(describeItem), totalItems: items.length,
      loopbackNote: LOOPBACK_NOTES[audit.id], evidence: evidenceFor(lhr, audit.id),
    });
  }
  return failing.sort((a, b) => b.weight - a.weight);
}

function evidenceFor(lhr: Result, id: string): FailingAudit['evidence'] {
  const evidenceId = EVIDENCE[id];
  const audit = evidenceId === undefined ? undefined : lhr.audits[evidenceId];
  if (!audit) return undefined;
  return { id: audit.id, items: detailItems(audit.details).slice(0, MAX_ITEMS).map(describeItem) };
}

/** The rows of a table, list or opportunity; the details' shape varies by audit, so it is read as unknown. */
function detailItems(details: unknown): Record<string, unknown>[] {
  if (!isRecord(details)) return [];
  const items = isList(details.items) ? details.items : [];
  return details.type === 'list' ? items.flatMap(detailItems) : items.filter(isRecord);
}

/** One row as "key: value; key: value", without debug data, cut to a readable length. */
function describeItem(item: Record<string, unknown>): string {
  const parts = Object.entries(item)
    .filter(([key]) => key !== 'debugData')
    .map(([key, value]) => [key, describeValue(value)] as const)
    .filter(([, text]) => text !== '')
    .map(([key, text]) => `${key}: ${text}`);
  const line = parts.join('; ');
  return line.length > MAX_ITEM_LENGTH ? `${line.slice(0, MAX_ITEM_LENGTH - 1)}…` : line;
}

/** A table cell as text: nodes by selector, snippet and axe's explanation; sources by file:line:column. */
function describeValue(value: unknown): string {
  // Timings and byte counts come with float noise (835.2679999999998): one decimal is plenty.
  if (typeof value === 'number') return String(Math.round(value * 10) / 10);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (!isRecord(value)) return '';
  switch (value.type) {
    case 'node':
      return [value.nodeLabel, value.selector, value.snippet, value.explanation]
        .filter((part) => typeof part === 'string' && part !== '').join(' | ');
    case 'source-location':
      return `${String(value.url)}:${String(value.line)}:${String(value.column)}`;
    case 'subitems':
      return isList(value.items) ? value.items.filter(isRecord).map(describeItem).join(' / ') : '';
    case 'url': case 'code': case 'numeric': case 'text':
      return describeValue(value.value);
    case 'link':
      return `${String(value.text)} (${String(value.url)})`;
    default:
      return '';
  }
}

/** Array.isArray, but to unknown[] rather than any[], so each element is checked before use. */
function isList(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
