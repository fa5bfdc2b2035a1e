import { describe, expect, it } from 'vitest';
import { ENGLAND_FILE, LATER_FILE } from '@/lib/content-check';
import { csvLine, cutRegister, englandNaming, headerOnly, registerOf, registerRowCount } from '@/scripts/bench/register-cut';
import { readText } from '../unit/helpers';

const HEADER = 'authority,rating,published,report_url,a,b';
const REGISTER = `${HEADER}\nBlackpool Council,Inadequate,2025-08,https://x,1,1\nLondon Borough of Harrow,Requires improvement,2024-08,https://y,2,2\n`;
const ENGLAND = [
  'gss_code,name,short_name,region,type,former_gss_code,register_authority',
  'E06000009,Blackpool Council,Blackpool,North West,unitary,,Blackpool Council',
  'E06000058,"Bournemouth, Christchurch and Poole Council","Bournemouth, Christchurch and Poole",South West,unitary,,',
  'E09000015,London Borough of Harrow,Harrow,London,London borough,,London Borough of Harrow',
].join('\n');

describe('the ratings data cut to one council', () => {
  it('cuts the register to the named councils\' rows, keeping its header', () => {
    expect(registerOf(REGISTER, ['London Borough of Harrow'])).toBe(`${HEADER}\nLondon Borough of Harrow,Requires improvement,2024-08,https://y,2,2\n`);
    expect(registerOf(REGISTER.replace(/\n/g, '\r\n'), ['Blackpool Council'])).toBe(`${HEADER}\nBlackpool Council,Inadequate,2025-08,https://x,1,1\n`);
  });

  it('counts the rows without the header or blank lines', () => {
    expect(registerRowCount(REGISTER)).toBe(2);
    expect(registerRowCount(`${HEADER}\n`)).toBe(0);
  });

  it('keeps every council of England\'s list, with the register\'s name for the named ones alone', () => {
    expect(englandNaming(ENGLAND, ['London Borough of Harrow'])).toBe([
      'gss_code,name,short_name,region,type,former_gss_code,register_authority',
      'E06000009,Blackpool Council,Blackpool,North West,unitary,,',
      'E06000058,"Bournemouth, Christchurch and Poole Council","Bournemouth, Christchurch and Poole",South West,unitary,,',
      'E09000015,London Borough of Harrow,Harrow,London,London borough,,London Borough of Harrow',
    ].join('\n') + '\n');
    expect(csvLine(['a "b"', 'c\nd', 'e'])).toBe('"a ""b""","c\nd",e');
  });

  it('cuts the repository\'s own data to Harrow: one register row, no later results, all 153 councils', () => {
    const texts = { register: readText('content/cqc-local-authority-ratings.csv'), england: readText(ENGLAND_FILE), later: readText(LATER_FILE) };
    const cut = cutRegister(texts, ['London Borough of Harrow']);
    expect(registerRowCount(cut.register)).toBe(1);
    expect(cut.later).toBe(headerOnly(texts.later));
    expect(registerRowCount(cut.later)).toBe(0);
    expect(registerRowCount(cut.england)).toBe(153);
    expect(cut.england.split('\n').filter((line) => line.endsWith(',London Borough of Harrow'))).toHaveLength(1);
    expect(cut.england.split('\n').slice(1).filter((line) => line !== '' && !line.endsWith(','))).toHaveLength(1);
  });
});
