import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAssessment } from '@/lib/assessment';
import { median, minimum, percentile } from './stats';

export type ParseFigures = {
  file: string;
  bytes: number;
  warmups: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  /** Decimal megabytes (10^6 bytes) per second at the median time. */
  megabytesPerSecond: number;
};

/**
 * Times `parseAssessment` on one content file. The file is read once, outside
 * the timings; the warm-up runs let V8 optimise the parser first, so the
 * figures describe a build parsing many files rather than a cold start.
 */
export function benchParse(repo: string, file: string, runs = 300, warmups = 20): ParseFigures {
  const bytes = readFileSync(path.join(repo, file));
  const text = bytes.toString('utf8');
  let statements = 0;
  for (let i = 0; i < warmups; i++) statements += parseAssessment(text, file).themes.length;
  const timings: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const assessment = parseAssessment(text, file);
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
    statements += assessment.themes.length;
  }
  // Using the results keeps every call observable, so no run can be optimised away.
  if (statements === 0) throw new Error(`${file}: parsed to no themes`);
  const medianMs = median(timings);
  return {
    file,
    bytes: bytes.length,
    warmups,
    runs,
    medianMs,
    p95Ms: percentile(timings, 0.95),
    minMs: minimum(timings),
    megabytesPerSecond: bytes.length / 1e6 / (medianMs / 1000),
  };
}
