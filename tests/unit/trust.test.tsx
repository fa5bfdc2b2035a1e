import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AboutView } from '@/components/about-view';
import { RatingBadge } from '@/components/rating-badge';
import { ScoreBadge } from '@/components/score-badge';
import { parseAssessment } from '@/lib/assessment';
import type { Snapshot } from '@/lib/register';
import { DEFAULT_SITE_URL, SITE_NAME, absoluteUrl, buildWarnings, siteOperator, siteUrl } from '@/lib/site';
import { cardImagePath, homeCard, overviewCard, sectionCard } from '@/lib/view/cards';
import { overviewMetadata, pageMetadata, statementMetadata, themeMetadata } from '@/lib/view/metadata';
import { findSection } from '@/lib/view/navigation';
import { provenanceSection } from '@/lib/view/provenance';
import { parseHarrow, readText } from './helpers';

const harrow = parseHarrow();
const HOLMBURY = 'tests/fixtures/site/holmbury-borough-council.txt';
const holmbury = parseAssessment(readText(HOLMBURY), HOLMBURY);

describe('the site\'s name and settings', () => {
  it('names the site so it cannot pass for CQC\'s', () => {
    expect(SITE_NAME).toBe('Council care assessments, explained');
    expect(SITE_NAME.startsWith('CQC')).toBe(false);
  });

  it('warns a build with no SITE_URL that every address would say localhost, and names the missing operator settings', () => {
    const warnings = buildWarnings({});
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toBe(`SITE_URL is not set: every canonical address, share card, sitemap entry and citation will say ${DEFAULT_SITE_URL}. Build with SITE_URL=https://your.domain npm run build.`);
    expect(warnings[1]).toMatch(/^SITE_OWNER is not set/);
    expect(warnings[2]).toMatch(/^CONTACT_EMAIL is not set/);
    expect(buildWarnings({ SITE_URL: ' ', SITE_OWNER: 'x', CONTACT_EMAIL: 'a@b.org' })).toHaveLength(1);
    expect(buildWarnings({ SITE_URL: 'https://example.org', SITE_OWNER: ' ', CONTACT_EMAIL: '\t' }).map((w) => w.split(' ')[0])).toEqual(['SITE_OWNER', 'CONTACT_EMAIL']);
    expect(buildWarnings({ SITE_URL: 'https://example.org', SITE_OWNER: 'Example Trust', CONTACT_EMAIL: 'a@b.org' })).toEqual([]);
  });

  it('reads SITE_URL trimmed and without trailing slashes, defaults to localhost, and refuses an address that is not http(s)', () => {
    vi.stubEnv('SITE_URL', ' https://example.org// ');
    expect(siteUrl()).toBe('https://example.org');
    expect(absoluteUrl('/a/b')).toBe('https://example.org/a/b');
    expect(absoluteUrl('a')).toBe('https://example.org/a');
    vi.stubEnv('SITE_URL', '');
    expect(siteUrl()).toBe(DEFAULT_SITE_URL);
    vi.stubEnv('SITE_URL', '   ');
    expect(siteUrl()).toBe(DEFAULT_SITE_URL);
    vi.stubEnv('SITE_URL', 'ftp://example.org');
    expect(() => siteUrl()).toThrow(/SITE_URL must be an http or https address/);
    vi.unstubAllEnvs();
  });

  it('reads who runs the site from SITE_OWNER and CONTACT_EMAIL, trimmed, null when unset or blank, and refuses a bad address', () => {
    expect(siteOperator({ SITE_OWNER: '  Example Trust ', CONTACT_EMAIL: ' help@example.org ' })).toEqual({ owner: 'Example Trust', email: 'help@example.org' });
    expect(siteOperator({ SITE_OWNER: ' ', CONTACT_EMAIL: '' })).toEqual({ owner: null, email: null });
    expect(siteOperator({})).toEqual({ owner: null, email: null });
    expect(() => siteOperator({ CONTACT_EMAIL: 'not an address' })).toThrow(/CONTACT_EMAIL must be an email address/);
  });
});

describe('share cards', () => {
  it('put CQC\'s rating first and CQC\'s printed score in the badge where the report prints one (Holmbury)', () => {
    expect(overviewCard(holmbury)).toEqual({
      image: '/holmbury-borough-council/card.png',
      authority: 'Holmbury Borough Council',
      kicker: 'Care Quality Commission assessment of adult social care, published 12 March 2025',
      title: 'Rated good by CQC',
      badge: 'CQC\'s overall score: 67 out of 100',
      alt: 'Holmbury Borough Council: rated good by the Care Quality Commission. CQC\'s overall score: 67 out of 100.',
    });
  });

  it('give the site\'s calculation only as a smaller note labelled as the site\'s where the report prints none (Harrow)', () => {
    const card = overviewCard(harrow);
    expect(card.badge).toBeUndefined();
    expect(card.note).toBe('This site\'s calculation from CQC\'s scores: 21 of 36, 59%');
    expect(card.title).toBe('Rated requires improvement by CQC');
  });

  it('name the image each is drawn at, so a page can only point at a card that exists', () => {
    expect(cardImagePath('/')).toBe('/card.png');
    expect(cardImagePath('/glossary')).toBe('/glossary/card.png');
    expect(homeCard(2).image).toBe('/card.png');
    const safeguarding = findSection(harrow, 'safeguarding');
    const theme = findSection(harrow, 'providing-support');
    if (!safeguarding || !theme) throw new Error('no section');
    expect(sectionCard(harrow, safeguarding).image).toBe('/london-borough-of-harrow/safeguarding/card.png');
    expect(sectionCard(harrow, theme).image).toBe('/london-borough-of-harrow/providing-support/card.png');
    expect(homeCard(1).kicker).toBe('1 assessment of councils\u2019 adult social care');
  });

  it('give the site\'s card the site\'s words, saying it is not CQC\'s', () => {
    expect(homeCard(2)).toEqual({
      image: '/card.png',
      authority: 'An independent viewer of CQC\u2019s published reports',
      kicker: '2 assessments of councils\u2019 adult social care',
      title: 'What the Care Quality Commission found about councils\u2019 adult social care',
      badge: 'CQC\u2019s ratings, scores, findings and figures',
      alt: 'Council care assessments, explained: an independent viewer of what the Care Quality Commission found about councils\u2019 adult social care. Not a CQC website.',
    });
  });

  it('give a theme its scores as CQC\'s, and a statement its score and label', () => {
    const theme = findSection(harrow, 'providing-support');
    const statement = findSection(harrow, 'safeguarding');
    if (!theme || !statement) throw new Error('no section');
    expect(sectionCard(harrow, theme)).toEqual({
      image: '/london-borough-of-harrow/providing-support/card.png',
      authority: 'London Borough of Harrow',
      kicker: 'Theme 2',
      title: 'Providing support',
      badge: 'CQC\u2019s quality statement scores: 2, 3 (of 4)',
      alt: 'London Borough of Harrow, theme 2: Providing support. CQC\u2019s quality statement scores: 2, 3 (of 4).',
    });
    expect(sectionCard(harrow, statement)).toEqual({
      image: '/london-borough-of-harrow/safeguarding/card.png',
      authority: 'London Borough of Harrow',
      kicker: 'Quality statement in theme 3, scored by CQC',
      title: 'Safeguarding',
      score: 2,
      alt: 'London Borough of Harrow, Safeguarding: score 2 of 4, evidence shows some shortfalls.',
    });
  });

  it('make a page with no card of its own share the site\'s, not a card.png under its own path', () => {
    const image = { url: '/card.png', alt: homeCard(2).alt, width: 1200, height: 630, type: 'image/png' };
    expect(pageMetadata('Glossary', 'Terms', '/glossary', homeCard(2))).toEqual({
      title: { absolute: `Glossary - ${SITE_NAME}` },
      description: 'Terms',
      alternates: { canonical: '/glossary' },
      openGraph: { title: `Glossary - ${SITE_NAME}`, description: 'Terms', url: '/glossary', siteName: SITE_NAME, type: 'article', locale: 'en_GB', images: [image] },
      twitter: { card: 'summary_large_image', title: `Glossary - ${SITE_NAME}`, description: 'Terms', images: [image] },
    });
  });

  it('title and describe each report page by what CQC found, with its own card', () => {
    const overview = overviewMetadata(holmbury, '/holmbury-borough-council');
    expect([overview.title, overview.description]).toEqual([{ absolute: `Holmbury Borough Council: rated good by CQC - adult social care assessment - ${SITE_NAME}` },
      'What the Care Quality Commission found when it assessed Holmbury Borough Council\'s adult social care, published 12 March 2025: rated good, with 9 quality statement scores and key findings.']);
    expect(overview.openGraph?.images).toEqual([expect.objectContaining({ url: '/holmbury-borough-council/card.png' })]);
    const theme = harrow.themes[1];
    const section = findSection(harrow, 'safeguarding');
    if (!theme || section?.kind !== 'statement') throw new Error('no section');
    const themePage = themeMetadata(harrow, theme, '/london-borough-of-harrow/providing-support');
    expect([themePage.title, themePage.description]).toEqual([{ absolute: `Theme 2: Providing support - London Borough of Harrow adult social care assessment - ${SITE_NAME}` },
      'CQC\'s findings for London Borough of Harrow under theme 2, Providing support. Scores: Care provision, integration and continuity 2 of 4; Partnerships and communities 3 of 4.']);
    expect(themePage.openGraph?.images).toEqual([expect.objectContaining({ url: '/london-borough-of-harrow/providing-support/card.png' })]);
    const statementPage = statementMetadata(harrow, section, '/london-borough-of-harrow/safeguarding');
    expect([statementPage.title, statementPage.description]).toEqual([{ absolute: `Safeguarding: score 2 of 4 - London Borough of Harrow adult social care assessment - ${SITE_NAME}` },
      'CQC scored London Borough of Harrow 2 of 4 (evidence shows some shortfalls) for Safeguarding in its assessment published 16 August 2024: key findings and national figures against the England average.']);
  });
});

describe('the scales in words', () => {
  it('mark the rating among CQC\'s four, lowest first, with whatever goes between rating and scale', () => {
    const html = renderToStaticMarkup(<RatingBadge rating="Good" scale><p>score</p></RatingBadge>);
    expect(html.match(/<li class="scale__step[^"]*">[^<]*/g)).toEqual([
      '<li class="scale__step">Inadequate', '<li class="scale__step">Requires improvement',
      '<li class="scale__step scale__step--current">Good', '<li class="scale__step">Outstanding',
    ]);
    expect(html).toContain('Good<strong class="scale__here"> (this rating)</strong>');
    expect(html.indexOf('<p>score</p>')).toBeLessThan(html.indexOf('class="scale'));
    expect(renderToStaticMarkup(<RatingBadge rating="Good" />)).not.toContain('scale__steps');
  });

  it('mark the score among CQC\'s four labels', () => {
    const html = renderToStaticMarkup(<ScoreBadge score={3} scale />);
    expect(html).toContain('3: Evidence shows a good standard<strong class="scale__here"> (this score)</strong>');
    expect(html.match(/scale__step--current/g)).toHaveLength(1);
    expect(html).toContain('1: Evidence shows significant shortfalls');
  });
});

describe('the About page', () => {
  const snapshot: Snapshot = { file: 'x.md', markdown: '# Title\n\nIntro.\n\n## Columns\n\nText.', date: '2025-10-03', line: 3, rows: 73, councils: 73 };
  const counted = { councils: 75, fromRegister: 73, later: 2, laterMonths: { from: '2025-11', to: '2026-01' } };

  it('shows the register\'s provenance under its own heading, its title dropped and its headings one level down', () => {
    expect(provenanceSection(snapshot.markdown, 2)).toBe('Intro.\n\n### Columns\n\nText.');
    expect(provenanceSection('No title.\n## A', 3)).toBe('No title.\n#### A');
    expect(provenanceSection('# T\nIssue # 12 stays.\n#hashtag stays', 2)).toBe('Issue # 12 stays.\n#hashtag stays');
  });

  it('says who runs the site and how to reach them when configured', () => {
    const html = renderToStaticMarkup(<AboutView operator={{ owner: 'Example Trust', email: 'help@example.org' }} snapshot={snapshot} reports={2} counted={counted} england={153} />);
    expect(html).toContain('This site is run by Example Trust.');
    expect(html).toContain('<a href="mailto:help@example.org">help@example.org</a>');
    expect(html).toContain('73 rows for 73 councils, complete to 3 October 2025');
    expect(html).toContain('<h3>Columns</h3>');
  });

  it('names the councils file and the later results beside the register, and what the national page counts', () => {
    const html = renderToStaticMarkup(<AboutView operator={{ owner: null, email: null }} snapshot={snapshot} reports={2} counted={counted} england={153} />);
    expect(html).toContain('The 153 councils with adult social care duties');
    expect(html).toContain('counts 75 councils: those in the ratings register, which holds every result CQC had published by 3 October 2025, and 2 results published since (November 2025 to January 2026)');
    expect(html).toContain('2 reports are');
  });

  it('says nothing about who runs it, or about settings, when nothing is configured', () => {
    const html = renderToStaticMarkup(<AboutView operator={{ owner: null, email: null }} snapshot={snapshot} reports={1} counted={counted} england={153} />);
    expect(html).not.toMatch(/Who runs|configur|SITE_OWNER|CONTACT_EMAIL|mailto/);
    expect(html).toContain('One report is');
  });
});
