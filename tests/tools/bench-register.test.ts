import { describe, expect, it } from 'vitest';
import { registerOf, registerRowCount } from '@/scripts/bench/build-bench';
import { buildSection } from '@/scripts/bench/report';

const HEADER = 'authority,rating,published,report_url,a,b';
const REGISTER = `${HEADER}\nBlackpool Council,Inadequate,2025-08,https://x,1,1\nLondon Borough of Harrow,Requires improvement,2024-08,https://y,2,2\n`;

describe('the build benchmark\'s register', () => {
  it('cuts the register to the named councils\' rows, keeping its header', () => {
    expect(registerOf(REGISTER, ['London Borough of Harrow'])).toBe(`${HEADER}\nLondon Borough of Harrow,Requires improvement,2024-08,https://y,2,2\n`);
    expect(registerOf(REGISTER.replace(/\n/g, '\r\n'), ['Blackpool Council'])).toBe(`${HEADER}\nBlackpool Council,Inadequate,2025-08,https://x,1,1\n`);
  });

  it('counts the rows without the header or blank lines', () => {
    expect(registerRowCount(REGISTER)).toBe(2);
    expect(registerRowCount(`${HEADER}\n`)).toBe(0);
  });

  it('reports what the register adds to one report\'s build, and each assessment\'s cost with the whole register', () => {
    const phases = { compile: 10, typescript: 9, staticPages: 3 };
    const build = (assessments: number, registerCouncils: number, seconds: number) => ({ assessments, registerCouncils, pages: 10, seconds, phases });
    const markdown = buildSection([build(1, 1, 28), build(1, 72, 32.5), build(20, 72, 51.5)], { seconds: 15, pages: 10, phases });
    expect(markdown).toContain('| 1 | 72 | 10 | 32.5 | 32.5 | 10.0 | 9.0 | 3.0 |');
    expect(markdown).toContain('The ratings register\'s other 71 councils (a summary page and a share card each, and the national pages) added 4.5 s to the build of one report (28.0 s with the register cut to the report\'s own row, 32.5 s with all 72).');
    expect(markdown).toContain('Each assessment beyond the first added 1.0 s on average (with the whole register in both builds).');
  });
});
