import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Prose } from '@/components/prose';
import { StatementBody } from '@/components/statement-body';
import { parseAssessment } from '@/lib/assessment';
import { markdownToHtml } from '@/lib/markdown';

const HOSTILE = [
  'People said <script>alert("x")</script> the service was slow.',
  '<img src="x" onerror="alert(1)"> Staff were kind.',
  '[Read more](javascript:alert(1)) and <a href="javascript:alert(2)" onclick="alert(3)">here</a>.',
  '<iframe src="https://example.com"></iframe><style>body{display:none}</style>',
].join(' ');

function expectInert(html: string) {
  expect(html).not.toMatch(/<script|<iframe|<style|<img/i);
  expect(html).not.toMatch(/\bon[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
}

describe('HTML in a content file comes out inert', () => {
  it('drops script, event handlers, javascript: links, frames and styles from report text', () => {
    const html = markdownToHtml(HOSTILE);
    expectInert(html);
    expect(html).toContain('People said');
    expect(html).toContain('Staff were kind.');
  });

  it('renders a hostile paragraph of a content file through the page components without any live HTML', () => {
    const file = 'tests/fixtures/ashdown-district-council.txt';
    const text = readFileSync(path.join(process.cwd(), file), 'utf8').replace('Evidence about assessing needs showed shortfalls.', HOSTILE);
    const assessment = parseAssessment(text, file);
    const statement = assessment.themes[0]?.statements[0];
    if (!statement) throw new Error('no statement');
    expect(statement.findings[0]?.paragraphs[0]?.text).toBe(HOSTILE);
    const page = renderToStaticMarkup(<StatementBody assessment={assessment} statement={statement} level={2} />);
    expectInert(page);
    expect(page).toContain('Staff were kind.');
  });

  it('keeps the report\'s own emphasis', () => {
    expect(renderToStaticMarkup(<Prose text="a centre for autism and *attention deficit* hyperactivity disorder" />)).toContain('<em>attention deficit</em>');
  });
});
