import autocannon from 'autocannon';
import { z } from 'zod';

/** The part of autocannon's result the report uses; parsing it turns a changed result shape into a clear error. */
const ResultSchema = z.object({
  duration: z.number(),
  errors: z.number(),
  timeouts: z.number(),
  non2xx: z.number(),
  '3xx': z.number(),
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number(), average: z.number() }),
});

export type LoadFigures = {
  url: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
};

export type LoadPlan = { warmupSeconds: number; seconds: number; connections: number };

/** What every response must be: a page (2xx) or, for a redirect, a 3xx (which autocannon does not follow). */
export type Expect = 'page' | 'redirect';

export const LOAD_PLAN: LoadPlan = { warmupSeconds: 2, seconds: 10, connections: 10 };

/**
 * Loads one URL with autocannon: a warm-up run whose figures are dropped (JIT,
 * caches, keep-alive sockets), then the measured run. Requests per second is
 * completed requests over the run's duration; latencies are autocannon's
 * percentiles, which it records in whole milliseconds.
 */
export async function measureLoad(url: string, plan: LoadPlan = LOAD_PLAN, expect: Expect = 'page'): Promise<LoadFigures> {
  await autocannon({ url, connections: plan.connections, duration: plan.warmupSeconds });
  const result = ResultSchema.parse(await autocannon({ url, connections: plan.connections, duration: plan.seconds }));
  const wrong = expect === 'page' ? result.non2xx : result.requests.total - result['3xx'];
  const failures = result.errors + result.timeouts + wrong;
  if (failures > 0) throw new Error(`${url}: ${failures} failed requests (errors, timeouts or ${expect === 'page' ? 'non-2xx' : 'not 3xx'}) under load`);
  return {
    url,
    requestsPerSecond: result.requests.total / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
  };
}
