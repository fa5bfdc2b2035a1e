import { parse } from 'csv-parse/sync';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import NationalPage from '@/app/national/page';
import { ENGLAND_FILE, LATER_FILE } from '@/lib/content-check';
import { REGIONS } from '@/lib/register';
import { regionPath } from '@/lib/view/england';
import * as nationalPageModule from '@/app/national/page';
import { REGISTER_FILE } from './council-helpers';
import { fresh, readText } from './helpers';
import { POSITION_WORDS, textOf } from './position-words';

/**
 * /national's counts by region and by kind of council, against counts this
 * file makes itself from the three CSV files (csv-parse, not lib/register):
 * each council of England once, by its latest result.
 */

type Row = Record<string, string>;
const read = (file: string): Row[] => parse(readText(file), { columns: true, bom: true });

/** Each council of England with its region, kind and latest rating ('' where it has a result with no rating, null where it has none). */
function latestRatings(): { region: string; type: string; rating: string | null }[] {
  const register = read(REGISTER_FILE);
  const later = read(LATER_FILE);
  return read(ENGLAND_FILE).map((council) => {
    const rows = [...register.filter((r) => r.authority === council.register_authority), ...later.filter((r) => r.gss_code === council.gss_code)]
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
    return { region: council.region ?? '', type: council.type ?? '', rating: rows[0]?.rating ?? null };
  });
}

/** The cells of a table's body rows, as text, by the table's id. */
function tableRows(html: string, id: string): string[][] {
  const table = html.slice(html.indexOf(`<table class="number-table number-table--wide" id="${id}"`));
  const body = table.slice(table.indexOf('<tbody>'), table.indexOf('</tbody>'));
  return [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map(([, row]) => [...(row ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map(([, cell]) => (cell ?? '').replace(/<[^>]+>/g, '')));
}

describe('the national page by region and by kind of council', () => {
  it('counts each region\'s ratings, its councils with a result and all it has, as the CSV files give them, each region linking to its list', async () => {
    const html = renderToStaticMarkup(await NationalPage());
    const councils = latestRatings();
    expect(tableRows(html, 'ratings-by-region')).toEqual(REGIONS.map((region) => {
      const inRegion = councils.filter((c) => c.region === region);
      const rated = (rating: string) => String(inRegion.filter((c) => c.rating === rating).length);
      return [region, rated('Outstanding'), rated('Good'), rated('Requires improvement'), rated('Inadequate'), rated(''),
        String(inRegion.filter((c) => c.rating !== null).length), String(inRegion.length)];
    }));
    for (const region of REGIONS) expect(html).toContain(`<th scope="row"><a href="${regionPath(region)}">${region}</a></th>`);
  }, 60_000);

  it('counts every kind of council, and the overall bands add up to the councils with a result', async () => {
    const html = renderToStaticMarkup(await NationalPage());
    const councils = latestRatings();
    const kinds = tableRows(html, 'ratings-by-kind');
    expect(kinds.map((cells) => cells.at(-1))).toEqual(['county', 'unitary', 'metropolitan district', 'London borough', 'other']
      .map((type) => String(councils.filter((c) => c.type === type).length)));
    for (const id of ['overall-by-region', 'overall-by-kind']) {
      const withResult = tableRows(html, id.replace('overall', 'ratings')).map((cells) => cells.at(-2));
      expect(tableRows(html, id).map((cells) => String(cells.slice(1, 6).reduce((sum, n) => sum + Number(n), 0))), id).toEqual(withResult);
      expect(tableRows(html, id).map((cells) => Number(cells[6]) + Number(cells[7])), id)
        .toEqual(tableRows(html, id).map((cells) => cells.slice(1, 5).reduce((sum, n) => sum + Number(n), 0)));
    }
  }, 60_000);

  it('says what set it counts and uses no word of position', async () => {
    const { default: Page } = await fresh('@/app/national/page', nationalPageModule);
    const text = textOf(renderToStaticMarkup(await Page()));
    expect(text).toContain('which holds every result CQC had published by 3 October 2025');
    expect(text).toContain('Counts only: they say how many councils had each result');
    expect(text.match(POSITION_WORDS)).toBeNull();
  }, 60_000);
});
