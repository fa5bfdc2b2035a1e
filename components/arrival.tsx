import { labelOf } from '@/lib/assessment';

/**
 * Where a shared link lands: which council, which part of CQC's report and
 * (for a quality statement) CQC's score in words, that the words are CQC's,
 * and a link up to the start. Hidden until its finding, paragraph or figure
 * is the address's target (`:target`, in app/globals.css), so it costs
 * nothing while reading and needs no JavaScript: a reader arriving from a
 * link sees it on the first screen, right by the text the link points at.
 */
export type ArrivalContext = {
  authority: string;
  /** The part of the report: a quality statement's name, or an overview section's heading. */
  part: string;
  /** CQC's score for a quality statement; null for the overview's sections. */
  score: number | null;
  /** CQC's overall rating, for the overview's sections. */
  rating?: string | null;
  /** The page's address without a fragment: the link up to the start of the statement or overview. */
  href: string;
};

export function Arrival({ context }: { context: ArrivalContext }) {
  const { authority, part, score, rating, href } = context;
  const label = score === null ? '' : labelOf(score);
  return (
    <span className="arrival">
      <span className="arrival__where">{authority}: {part}</span>{' '}
      {score === null
        ? rating ? <>CQC&apos;s overall rating: {rating.toLowerCase()}. </> : null
        : <>CQC&apos;s score for this quality statement: {score} of 4, {label.charAt(0).toLowerCase()}{label.slice(1)}. </>}
      The words here are CQC&apos;s, from its published report.{' '}
      <a href={href}>Read {part} from the start</a>
    </span>
  );
}
