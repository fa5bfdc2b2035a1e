import { overallScore, type Assessment, type Finding, type Statement, type Theme } from '@/lib/assessment';
import type { GlossaryEntry } from '@/lib/glossary';
import { glossaryHref } from '@/lib/glossary';
import { present } from '@/lib/present';
import type { Council } from '@/lib/register';
import { overviewTextSections, paragraphAnchor, paragraphId } from '@/lib/view/anchors';
import { describeCouncil } from '@/lib/view/england';
import { formatDate } from '@/lib/view/format';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';

/**
 * What search can find, one document per thing a reader may be looking for:
 * each full report's overview (its rating and overall score), its themes and
 * quality statements (their scores), each glossary entry, each council known
 * only from the ratings register, and every paragraph of every report. The
 * pages come first when they answer the question (lib/search/query.ts).
 */

export const RESULT_KINDS = ['overview', 'statement', 'theme', 'council', 'glossary', 'paragraph'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

export type SearchDocument = {
  id: string;
  kind: ResultKind;
  /** The result's heading: the page's name, or where a paragraph sits ("Safeguarding: Making safeguarding personal"). */
  title: string;
  /** The names a page goes by ("Survey of Adult Carers in England", "SACE"): a query that is one of them finds it first. None for a paragraph. */
  names: string[];
  /** Whose it is; null for the glossary, which belongs to no council. */
  authority: string | null;
  authoritySlug: string | null;
  /** Where or whose the result is, shown under its heading after what kind it is ("London Borough of Harrow"). */
  context: string;
  /** What the snippet is cut from: a paragraph's words as printed, or a page's facts. */
  text: string;
  /** Words a reader may search for that the text need not hold ("council", "rating"): searched, never shown. */
  keywords: string;
  href: string;
};

export type SearchSources = {
  assessments: readonly Assessment[];
  /** Every council the site knows; one with a full report is found through its overview, which takes its names. */
  councils?: readonly Council[];
  glossary?: readonly GlossaryEntry[];
};

/** Every document search can find, pages first. */
export function searchDocuments({ assessments, councils = [], glossary = [] }: SearchSources): SearchDocument[] {
  const reported = new Map(councils.flatMap((c) => (c.report ? [[c.report.assessment.slug, c] as const] : [])));
  return [
    ...assessments.flatMap((a) => pageDocuments(a, reported.get(a.slug))),
    ...councils.flatMap(councilDocument),
    ...glossary.map(glossaryDocument),
    ...paragraphDocuments(assessments),
  ];
}

function owner(a: Assessment) {
  return { authority: a.authority, authoritySlug: a.slug };
}

/** "Overall score: 75%, CQC's figure" where the report prints one, else the site's calculation, labelled as the site's. */
export function overallScoreText(a: Pick<Assessment, 'overallScore' | 'themes'>): string {
  if (a.overallScore !== null) return `CQC's overall score: ${a.overallScore}%.`;
  const overall = overallScore(a.themes.flatMap((t) => t.statements.map((s) => s.score)));
  return `Overall score: ${overall.roundedPercentage}% (${overall.total} of ${overall.maximum}), calculated by this site from CQC's scores; the report prints none.`;
}

function scoreText(s: Pick<Statement, 'score' | 'scoreLabel'>): string {
  return `score ${s.score} of 4, ${s.scoreLabel.charAt(0).toLowerCase()}${s.scoreLabel.slice(1)}`;
}

function themeTitle(t: Pick<Theme, 'number' | 'title'>): string {
  return `Theme ${t.number}: ${t.title}`;
}

/**
 * Every name a council goes by, each once: its official name, the short name
 * people use, the register's spelling, its report's title and the names its
 * results give.
 */
export function councilNames(council: Pick<Council, 'authority' | 'england' | 'report' | 'rows'>): string[] {
  const names = [council.authority, council.england?.shortName, council.england?.registerAuthority, council.report?.assessment.authority, ...council.rows.map((r) => r.authority)];
  return [...new Set(names.filter((n): n is string => typeof n === 'string'))];
}

/** Words a reader may type for a council that its page need not show: its names, what kind of council it is and where. */
function councilKeywords(council: Pick<Council, 'authority' | 'england' | 'report' | 'rows'> | undefined): string {
  if (!council) return '';
  const england = council.england ? [council.england.type, council.england.region] : [];
  return [...councilNames(council), ...england].join(' ');
}

/** The overview, each theme and each quality statement of one full report; `council` gives the overview every name it goes by. */
function pageDocuments(a: Assessment, council?: Council): SearchDocument[] {
  const overview: SearchDocument = {
    ...owner(a), id: `${a.slug}:overview`, kind: 'overview', title: a.authority, names: council ? councilNames(council) : [a.authority],
    context: `Full report, published ${formatDate(a.published)}`,
    text: `Overall rating: ${a.rating}. ${overallScoreText(a)}`,
    keywords: `council local authority overview report assessment rating score ${councilKeywords(council)}`.trim(), href: assessmentPath(a),
  };
  const themes = a.themes.map((t): SearchDocument => ({
    ...owner(a), id: `${a.slug}:${t.slug}`, kind: 'theme', title: themeTitle(t), names: [themeTitle(t), t.title], context: a.authority,
    text: t.statements.map((s) => `${s.name}: ${scoreText(s)}.`).join(' '),
    keywords: '', href: sectionPath(a, t),
  }));
  const statements = a.themes.flatMap((t) => t.statements.map((s): SearchDocument => ({
    ...owner(a), id: `${a.slug}:${s.slug}`, kind: 'statement', title: s.name, names: [s.name], context: a.authority,
    text: `CQC's ${scoreText(s)}. A quality statement in ${themeTitle(t)}.`,
    keywords: '', href: sectionPath(a, s),
  })));
  return [overview, ...themes, ...statements];
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What a council's page holds, in a sentence: CQC's result (from the register, or recorded later from a source), or that the site holds none. */
function resultText(council: Council): string {
  const row = council.rows[0];
  if (!row) return `This site holds no result for ${council.authority}; CQC's website lists every council's report.`;
  const from = row.origin === 'later'
    ? 'CQC\'s result, published after the register\'s snapshot and recorded from the source its page names'
    : 'CQC\'s rating and nine scores from the ratings register';
  return `Overall rating: ${row.rating ?? 'not recorded'}. ${from}; the full report is on CQC's website.`;
}

/** A council whose full report the site does not hold: its page on this site, with CQC's result where the site has one. */
function councilDocument(council: Council): SearchDocument[] {
  if (council.report) return [];
  const row = council.rows[0];
  const where = council.england ? ` ${describeCouncil(council.england)}.` : '';
  return [{
    id: `council:${council.slug}`, kind: 'council', title: council.authority, names: councilNames(council), authority: council.authority, authoritySlug: council.slug,
    context: row ? `Published ${MONTH.format(new Date(`${row.published}-01T00:00:00Z`))}` : 'No result on this site',
    text: `${resultText(council)}${where}`,
    keywords: `council local authority ${councilKeywords(council)}`, href: `/${council.slug}`,
  }];
}

/** A glossary entry, named by its term, its abbreviation and each spelling the reports use for it ("Section 42", "DoLs"). */
function glossaryDocument(entry: GlossaryEntry): SearchDocument {
  return {
    id: `glossary:${entry.id}`, kind: 'glossary', title: entry.abbreviation ? `${entry.term} (${entry.abbreviation})` : entry.term,
    names: [...new Set([entry.term, ...(entry.abbreviation ? [entry.abbreviation] : []), ...entry.match])],
    authority: null, authoritySlug: null, context: entry.dataset ? 'A national dataset' : 'A term the reports use',
    text: entry.definition.join(' '), keywords: ['glossary meaning', ...entry.match].join(' '), href: glossaryHref(entry),
  };
}

function findingParagraphs(a: Assessment, s: Statement, f: Finding): SearchDocument[] {
  return f.paragraphs.flatMap((p, i) => p.repeatOf !== undefined ? [] : [{
    ...owner(a), id: `${a.slug}:${p.line}`, kind: 'paragraph' as const, title: `${s.name}: ${f.heading ?? 'Key findings'}`, names: [],
    context: `Key findings, ${a.authority}`, text: p.text, keywords: '', href: `${sectionPath(a, s)}#${paragraphAnchor(f, i)}`,
  }]);
}

/** Every paragraph a reader might look for: key findings, summaries and About. Repeated paragraphs once. */
export function paragraphDocuments(assessments: readonly Assessment[]): SearchDocument[] {
  return assessments.flatMap((a) => {
    const findings = a.themes.flatMap((t) => t.statements.flatMap((s) => s.findings.flatMap((f) => findingParagraphs(a, s, f))));
    const summaries = overviewTextSections(a).flatMap(({ id, section }) => {
      // Demographics printed straight under the About heading are headed by it (only they go unheaded, and they are part of About).
      const heading = section.heading ?? present(a.about).heading;
      return section.paragraphs.map((p, i): SearchDocument => ({
        ...owner(a), id: `${a.slug}:${p.line}`, kind: 'paragraph', title: `Overview: ${heading}`, names: [],
        context: `Overview, ${a.authority}`, text: p.text, keywords: '', href: `${assessmentPath(a)}#${paragraphId(id, i)}`,
      }));
    });
    return [...findings, ...summaries];
  });
}
