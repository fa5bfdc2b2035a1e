/**
 * What the audit measures and what it must reach. Desktop must score 100 in
 * all four categories. On mobile, Lighthouse simulates a mid-range phone on a
 * slow 4G network, so performance may dip a little below 100 for reasons
 * outside the site; 95 leaves room for that noise and no more.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

export const FORM_FACTORS = ['desktop', 'mobile'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];

export const CATEGORY_TITLES: Record<CategoryId, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/** The lowest acceptable score, 0-100, for a category on a form factor. */
export function targetFor(formFactor: FormFactor, category: CategoryId): number {
  return formFactor === 'mobile' && category === 'performance' ? 95 : 100;
}

/** "100" or "≥ 95", as the table and the report print a target. */
export function describeTarget(target: number): string {
  return target === 100 ? '100' : `≥ ${target}`;
}

/** A score Lighthouse could not compute (null) never meets a target. */
export function meetsTarget(score: number | null, target: number): boolean {
  return score !== null && score >= target;
}

/** Lighthouse's 0-1 category score as the report shows it, 0-100. */
export function toPercent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100);
}
