import { parse } from 'csv-parse/sync';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CouncilContextView } from '@/components/council-context';
import { StatementContextView } from '@/components/statement-context';
import { LATER_FILE } from '@/lib/content-check';
import { councilContext, countedSet, nationalEntries } from '@/lib/national';
import { groupShareText, overallBandText, overallSourceText } from '@/lib/view/council-context';
import { countedSetText } from '@/lib/view/counted-set';
import { formatMonth } from '@/lib/view/councils';
import { realCouncils, realSnapshot } from './council-helpers';
import { readText } from './helpers';
import { POSITION_WORDS, textOf } from './position-words';
import { englandCouncils } from './register-helpers';

/**
 * A council among the others, as its page renders it: counts of what set,
 * and never a word of position. Every council with a result is rendered.
 */

function contexts() {
  const councils = realCouncils();
  const entries = nationalEntries(councils);
  const england = englandCouncils();
  return { councils, entries, snapshot: realSnapshot(), contextOf: (slug: string) => councilContext(entries, slug, england) };
}

describe('what the counts are of', () => {
  it('says the register\'s snapshot date and the later results\' number and months, read from the files', () => {
    const { entries, snapshot } = contexts();
    const later: Record<string, string>[] = parse(readText(LATER_FILE), { columns: true, bom: true });
    const months = later.map((r) => r.published ?? '').sort();
    const set = countedSet(entries);
    expect(set).toEqual({ councils: entries.length, fromRegister: entries.length - later.length, later: later.length, laterMonths: { from: months[0], to: months.at(-1) } });
    expect(countedSetText(set, snapshot)).toBe(`${entries.length} councils: those in the ratings register, which holds every result CQC had published by 3 October 2025, and ${later.length} results published since (${formatMonth(months[0] ?? '')} to ${formatMonth(months.at(-1) ?? '')}) that this site recorded one by one as it found a source (not every council's); each council is counted once, by its latest result`);
  });

  it('says so when no result has been recorded since, and names one month once', () => {
    const snapshot = { date: '2025-10-03' };
    expect(countedSetText({ councils: 2, fromRegister: 2, later: 0, laterMonths: null }, snapshot)).toContain('and no result published since has been recorded yet;');
    expect(countedSetText({ councils: 1, fromRegister: 0, later: 1, laterMonths: { from: '2025-11', to: '2025-11' } }, snapshot))
      .toBe('1 council: those in the ratings register, which holds every result CQC had published by 3 October 2025, and 1 result published since (November 2025) that this site recorded one by one as it found a source (not every council\'s); each council is counted once, by its latest result');
  });
});

describe('a council among the others, as its page shows it', () => {
  it('uses no word of position for any council with a result, its statement counts included', () => {
    const { entries, snapshot, contextOf } = contexts();
    const found: string[] = [];
    for (const entry of entries) {
      const context = contextOf(entry.slug);
      if (!context) throw new Error(`no context for ${entry.slug}`);
      const statements = context.statements.map((s) => renderToStaticMarkup(
        <StatementContextView authority={entry.authority} score={s.score} distribution={s.distribution} councils={context.councils}
          counted={context.counted} snapshot={snapshot} laterAssessment={null} />));
      const text = textOf([renderToStaticMarkup(<CouncilContextView authority={entry.authority} context={context} snapshot={snapshot} />), ...statements].join(' '));
      for (const [word] of text.matchAll(POSITION_WORDS)) found.push(`${entry.slug}: "${word}"`);
    }
    expect(found).toEqual([]);
  }, 60_000);

  it('would catch one: the test\'s words find the wording the section used to have', () => {
    expect(textOf('59%: 12 councils scored <b>lower</b>, 54 higher').match(POSITION_WORDS)).toEqual(['lower', 'higher']);
  });

  it('marks the council\'s band in words in a captioned table with headers, one column for all councils, its kind and its region', () => {
    const { snapshot, contextOf } = contexts();
    const context = contextOf('london-borough-of-harrow');
    const html = renderToStaticMarkup(<CouncilContextView authority="London Borough of Harrow" context={context} snapshot={snapshot} />);
    expect(html).toContain('<caption id="band-counts-caption">How many councils&#x27; overall scores fall in each of CQC&#x27;s bands, London Borough of Harrow&#x27;s band marked</caption>');
    expect(html).toContain('<div class="table-scroll" role="region" aria-labelledby="band-counts-caption" tabindex="0">');
    expect(html).toContain('<th scope="col" class="numeric"><a href="/type/london-borough">London boroughs</a></th><th scope="col" class="numeric"><a href="/region/london">Councils in London</a></th>');
    expect(html).toContain('<tr class="marked"><th scope="row">Requires improvement: 39% to 62%<span class="marked__note">London Borough of Harrow&#x27;s band</span></th>');
    expect(html.match(/class="marked"/g)).toHaveLength(1);
    expect(html).toContain('Among <a href="/type/london-borough">London boroughs</a>, ');
    expect(html).toContain('In <a href="/region/london">London</a>, ');
  });

  it('counts in its table, for each set, every council once: the four bands and the unknown add up to those counted', () => {
    const { entries, contextOf } = contexts();
    for (const entry of entries) {
      for (const g of contextOf(entry.slug)?.groups ?? []) {
        expect(g.overall.bands.reduce((sum, b) => sum + b.councils, g.overall.notKnown), entry.slug).toBe(g.councils);
        expect(g.ratings.reduce((sum, r) => sum + r.councils, 0), entry.slug).toBe(g.councils);
      }
    }
  });

  it('marks "not known" for a council whose overall score is not known', () => {
    const { snapshot, contextOf, entries } = contexts();
    const unknown = entries.filter((e) => contextOf(e.slug)?.band === null);
    expect(unknown.length).toBeGreaterThan(0);
    for (const entry of unknown) {
      const html = renderToStaticMarkup(<CouncilContextView authority={entry.authority} context={contextOf(entry.slug)} snapshot={snapshot} />);
      expect(html.includes(`<tr class="marked"><th scope="row">Not known<span class="marked__note">${entry.authority}&#x27;s score</span>`), entry.slug).toBe(true);
    }
  }, 30_000);
});

describe('the words of a council\'s place among the others', () => {
  it('names the set of all councils England, with how many England has in all', () => {
    const context = contexts().contextOf('london-borough-of-harrow');
    const all = context?.groups[0];
    if (!all) throw new Error('no set of all councils');
    expect(all.group).toEqual({ kind: 'all' });
    const same = all.ratings.find((r) => r.rating === 'Requires improvement')?.councils;
    expect(groupShareText(all, 'Requires improvement')).toEqual({
      before: 'In ', name: 'England', after: `, ${same} of the ${all.councils} whose result this site holds were rated requires improvement (${all.inEngland} in all)`,
    });
  });

  it('says "?" for a calculation\'s total or maximum it is not given, and "not recorded" where there is no band', () => {
    expect(overallSourceText({ source: 'calculated', total: null, maximum: null })).toBe('calculated by this site from CQC\'s scores (? of ?, rounded up as CQC rounds)');
    const overall = contexts().contextOf('london-borough-of-harrow')?.overall ?? null;
    expect(overall).not.toBeNull();
    expect(overallBandText({ overall }, undefined)).toMatch(/^not recorded: /);
    expect(overallBandText({ overall: null }, { rating: 'Good', min: 63, max: 87 })).toMatch(/^not recorded: /);
  });
});
