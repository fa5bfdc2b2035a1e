import { describe, expect, it } from 'vitest';
import { runsFor } from '../../scripts/audit/targets';

describe('how many Lighthouse runs the audit takes the median of', () => {
  it('runs desktop once and mobile three times unless AUDIT_RUNS says otherwise', () => {
    expect(runsFor('desktop', {})).toBe(1);
    expect(runsFor('mobile', {})).toBe(3);
    expect(runsFor('mobile', { AUDIT_RUNS: '5' })).toBe(5);
    expect(runsFor('desktop', { AUDIT_RUNS: '5' })).toBe(1);
  });

  it('refuses a count that is not a whole number of at least one', () => {
    for (const bad of ['0', '-1', '2.5', 'three']) expect(() => runsFor('mobile', { AUDIT_RUNS: bad })).toThrow(`AUDIT_RUNS must be a whole number of at least 1, not "${bad}"`);
  });
});
