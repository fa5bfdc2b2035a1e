import { parse } from 'csv-parse/sync';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CouncilNoResult } from '@/components/council-no-result';
import { CouncilSummary } from '@/components/council-summary';
import { LATER_FILE } from '@/lib/content-check';
import { STATEMENT_SLUGS } from '@/lib/framework';
import { councilContext, nationalEntries } from '@/lib/national';
import type { Council } from '@/lib/register';
import { formatDate } from '@/lib/view/format';
import { CQC_REPORTS_URL } from '@/lib/view/sources';
import { councilAt, realCouncils, realSnapshot } from './council-helpers';
import { readText } from './helpers';
import { englandCouncils } from './register-helpers';

/**
 * A council's page for each kind of result the site holds, and for none:
 * the expectations are read from the content files themselves (csv-parse),
 * so they hold whatever results are added.
 */

type LaterRecord = Record<string, string>;
const laterRecords = (): LaterRecord[] => parse(readText(LATER_FILE), { columns: true, bom: true });
const escaped = (text: string) => renderToStaticMarkup(<>{text}</>);

function summaryOf(councils: Council[], council: Council): string {
  const row = council.rows[0];
  if (!row) throw new Error(`${council.authority} has no result`);
  const context = councilContext(nationalEntries(councils), council.slug, englandCouncils());
  return renderToStaticMarkup(<CouncilSummary council={council} row={row} context={context} snapshot={realSnapshot()} />);
}

const councilOf = (councils: Council[], record: LaterRecord) => {
  const council = councils.find((c) => c.england?.gssCode === record.gss_code);
  if (!council) throw new Error(`no council ${record.gss_code}`);
  return council;
};

describe('a council whose latest result was recorded after the register\'s snapshot', () => {
  it('shows each later result as CQC\'s, recorded from its source: every address a link, every quoted word a quotation', () => {
    const councils = realCouncils();
    for (const record of laterRecords()) {
      const html = summaryOf(councils, councilOf(councils, record));
      expect(html, record.authority).toContain('It is CQC&#x27;s result, recorded from <span class="result-source__record">');
      for (const [address] of record.source?.matchAll(/https?:\/\/[^\s"()]+?(?=[.,;:]?(?:[\s"()]|$))/g) ?? []) expect(html, address).toContain(`href="${address}"`);
      for (const [, quoted] of record.source?.matchAll(/"([^"]*)"/g) ?? []) expect(html, quoted).toContain(`<q>${escaped(quoted ?? '')}</q>`);
    }
  });

  it('says "not recorded" for a score no source gives, never "not scored in this assessment"', () => {
    const councils = realCouncils();
    for (const record of laterRecords()) {
      const page = summaryOf(councils, councilOf(councils, record));
      const html = page.slice(page.indexOf('id="scores"'), page.indexOf('id="in-context"'));
      const missing = STATEMENT_SLUGS.filter((slug) => record[slug] === '').length;
      expect(html.match(/<span class="not-scored">Not recorded<\/span>/g) ?? [], record.authority).toHaveLength(missing);
      expect(html.match(/Score \d of 4/g) ?? [], record.authority).toHaveLength(9 - missing);
      expect(html.toLowerCase(), record.authority).not.toContain('not scored');
    }
  });

  it('shows CQC\'s printed overall score as CQC\'s, the site\'s calculation only where every score is known, and otherwise "not recorded"', () => {
    const councils = realCouncils();
    for (const record of laterRecords()) {
      const page = summaryOf(councils, councilOf(councils, record));
      const html = page.slice(0, page.indexOf('id="in-context"'));
      const scores = STATEMENT_SLUGS.map((slug) => record[slug]);
      if (record.overall_score) {
        expect(html, record.authority).toContain(`score-headline--cqc">CQC&#x27;s overall score: ${record.overall_score} out of 100</p>`);
      } else if (scores.every((s) => s !== '')) {
        expect(html, record.authority).toContain('score-headline--site">This site&#x27;s calculation from CQC&#x27;s scores:');
      } else {
        expect(html, record.authority).toContain('score-headline--none">Overall score: not recorded</p>');
        expect(html, record.authority).not.toContain('calculation from CQC');
      }
    }
  });

  it('links its report where a source gives the address, and CQC\'s list of reports where none does', () => {
    const councils = realCouncils();
    const records = laterRecords();
    expect(records.some((r) => r.report_url === '')).toBe(true);
    for (const record of records) {
      const html = summaryOf(councils, councilOf(councils, record));
      if (record.report_url) {
        expect(html, record.authority).toContain(`<a href="${record.report_url}">Read the full report on CQC&#x27;s website</a>`);
      } else {
        expect(html, record.authority).toContain(`<a href="${CQC_REPORTS_URL}">Find the report in CQC&#x27;s list of local authority assessment reports</a>`);
        expect(html, record.authority).not.toContain('Read the full report');
      }
    }
  });

  it('names the council\'s kind and region, linking each to its list, and its ONS code', () => {
    const councils = realCouncils();
    const html = summaryOf(councils, councilAt(councils, 'plymouth-city-council'));
    expect(html).toContain('A <a href="/type/unitary">unitary authority</a> in the <a href="/region/south-west">South West</a>. ONS code <span class="council-identity__code">E06000026</span>.');
  });
});

describe('a council for which the site holds no result', () => {
  const noResult = (council: Council) => renderToStaticMarkup(<CouncilNoResult council={council} snapshot={realSnapshot()} />);

  it('says the site holds no result, to what date its data is complete, that CQC has published every report, and links CQC\'s list', () => {
    const councils = realCouncils();
    const without = councils.filter((c) => c.rows.length === 0 && !c.report);
    expect(without.length).toBeGreaterThan(0);
    for (const council of without) {
      const html = noResult(council);
      expect(html).toContain(`<h2 id="no-result">This site holds no result for ${escaped(council.authority)}</h2>`);
      expect(html).toContain(`is complete to ${formatDate(realSnapshot().date)}`);
      expect(html).toContain('CQC had published every council&#x27;s assessment report by summer 2026');
      expect(html).toContain(`<p class="report-link"><a href="${CQC_REPORTS_URL}">`);
      expect(html).toContain(`ONS code <span class="council-identity__code">${council.england?.gssCode}</span>`);
      expect(html.toLowerCase()).not.toMatch(/not\s+(been\s+)?assessed/);
    }
  });
});
