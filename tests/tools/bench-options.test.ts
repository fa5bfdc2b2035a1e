import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORTS, MAX_REPORTS, benchOptions } from '@/scripts/bench/options';

describe('the benchmark\'s options', () => {
  it('builds 1, 20 and 153 reports unless --reports or BENCH_REPORTS says otherwise', () => {
    expect(benchOptions([], undefined)).toEqual({ reports: [...DEFAULT_REPORTS] });
    expect(DEFAULT_REPORTS).toEqual([1, 20, 153]);
    expect(benchOptions(['--reports', '3, 1,3'], '20')).toEqual({ reports: [1, 3] });
    expect(benchOptions(['--reports=2'], undefined)).toEqual({ reports: [2] });
    expect(benchOptions([], '1,5')).toEqual({ reports: [1, 5] });
    expect(benchOptions([], ' ')).toEqual({ reports: [...DEFAULT_REPORTS] });
  });

  it('refuses a count it cannot build and an option it does not know', () => {
    expect(MAX_REPORTS).toBe(341);
    expect(() => benchOptions(['--reports', '1,342'], undefined)).toThrow('from 1 to 341 separated by commas (such as 1,20,153), found "342"');
    expect(() => benchOptions(['--reports', '0'], undefined)).toThrow('found "0"');
    expect(() => benchOptions(['--reports', '1.5'], undefined)).toThrow('found "1.5"');
    expect(() => benchOptions(['--report', '3'], undefined)).toThrow('unknown option "--report"');
  });
});
