import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { OverviewView } from '@/components/overview-view';
import { Prose } from '@/components/prose';
import { StatementView } from '@/components/statement-view';
import { ThemeView } from '@/components/theme-view';
import { parseAssessment, type Assessment } from '@/lib/assessment';
import { GLOSSARY } from '@/lib/glossary';
import { markdownToHtml } from '@/lib/markdown';

/**
 * Hostile text in a content file, through the real page components: every
 * report text goes through the one sanitising processor, glossary marking
 * included, and JSON-LD cannot be closed from inside.
 */

/** Raw HTML around a glossary term ("ASCS"), a script, an event handler, javascript: links, a frame and a style, on one line. */
const HOSTILE = [
  'Raw <b onmouseover="alert(1)">ASCS</b> data: <script>alert("x")</script> the ASCS survey said staff were kind.',
  '<img src="x" onerror="alert(1)"> [Read more](javascript:alert(1)) and <a href="javascript:alert(2)" onclick="alert(3)">here</a>.',
  '<iframe src="https://example.com"></iframe><style>body{display:none}</style>',
].join(' ');
const EVIL_NAME = 'Ashdown </script><script>alert(1)</script> Council';
const FIXTURE = 'tests/fixtures/ashdown-district-council.txt';
const ASCS = GLOSSARY.find((e) => e.id === 'ascs');

/** Ashdown with the hostile line in place of one of its texts. */
function hostileAshdown(line: string): Assessment {
  const text = readFileSync(path.join(process.cwd(), FIXTURE), 'utf8');
  if (!text.includes(line)) throw new Error(`no line "${line}" in ${FIXTURE}`);
  return { ...parseAssessment(text.replace(line, HOSTILE), FIXTURE), authority: EVIL_NAME };
}

const hostile = hostileAshdown('Evidence about assessing needs showed shortfalls.');
const hostileOverview = hostileAshdown('People waited a long time for assessments.');

/** The page has no live HTML: its only script is JSON-LD that parses back to what it says, and no handler, link or frame can run. */
function expectInert(html: string) {
  const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
  expect(html.match(/<script\b/gi)).toHaveLength(1);
  expect(scripts.map((s) => s[0].slice(0, s[0].indexOf('>') + 1))).toEqual(['<script type="application/ld+json">']);
  expect(JSON.stringify(JSON.parse(scripts[0]?.[1] ?? ''))).toContain(JSON.stringify(EVIL_NAME));
  expect(html).not.toMatch(/<iframe|<style|<img|<b\b/i);
  expect(html).not.toMatch(/\bon[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

/** The glossary term is still marked, once, and the report's words around it are kept. */
function expectTermMarked(html: string) {
  const mark = `<abbr title="${ASCS?.term}" class="glossary-term">ASCS</abbr>`;
  expect(html.split(mark)).toHaveLength(2);
  expect(html).toContain(`Raw ${mark} data:`);
  expect(html).toContain('the ASCS survey said staff were kind.');
}

function render(element: ReactElement): string {
  return renderToStaticMarkup(element);
}

describe('HTML in a content file comes out inert', () => {
  it('through the statement page, with the glossary term in it marked', () => {
    const theme = hostile.themes[0];
    const statement = theme?.statements[0];
    if (!theme || !statement) throw new Error('no statement');
    expect(statement.findings[0]?.paragraphs[0]?.text).toBe(HOSTILE);
    const html = render(<StatementView assessment={hostile} theme={theme} statement={statement} previous={null} next={null} reportUrl={null} />);
    expectInert(html);
    expectTermMarked(html);
  });

  it('through the theme page, which shows the findings\' headings and figures, not their text', () => {
    const theme = hostile.themes[0];
    if (!theme) throw new Error('no theme');
    const html = render(<ThemeView assessment={hostile} theme={theme} reportUrl={null} />);
    expect(html.match(/<script\b/gi)).toBeNull();
    expect(html).not.toMatch(/<iframe|<style|<img|\bon[a-z]+\s*=|javascript:/i);
    expect(html).not.toContain('staff were kind.');
  });

  it('through the overview page, in a summary paragraph', () => {
    const html = render(<OverviewView assessment={hostileOverview} reportUrl={null} />);
    expect(hostileOverview.peoplesExperiences?.paragraphs[0]?.text).toBe(HOSTILE);
    expectInert(html);
    expectTermMarked(html);
  });

  it('through the one processor, with or without terms to mark', () => {
    for (const html of [markdownToHtml(HOSTILE), markdownToHtml(HOSTILE, ASCS ? [ASCS] : [])]) {
      expect(html).not.toMatch(/<script|<iframe|<style|<img|\bon[a-z]+\s*=|javascript:/i);
      expect(html).toContain('staff were kind.');
    }
  });

  it('keeps the report\'s own emphasis', () => {
    expect(render(<Prose text="a centre for autism and *attention deficit* hyperactivity disorder" />)).toContain('<em>attention deficit</em>');
  });
});
