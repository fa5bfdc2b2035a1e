import type { Metadata } from 'next';
import { RatingBadge } from '@/components/rating-badge';
import { ScoreBadge } from '@/components/score-badge';
import { getAssessments } from '@/lib/content';
import { formatDate } from '@/lib/view/format';
import { SITE_NAME } from '@/lib/site';
import { homeCard } from '@/lib/view/cards';
import { pageMetadata } from '@/lib/view/metadata';
import { assessmentPath, sectionPath } from '@/lib/view/navigation';

export async function generateMetadata(): Promise<Metadata> {
  const count = (await getAssessments()).length;
  return pageMetadata(SITE_NAME, 'What the Care Quality Commission found when it assessed how councils in England meet their adult social care duties: ratings, scores, findings and national figures.', '/', homeCard(count));
}

export default async function HomePage() {
  const assessments = await getAssessments();
  return (
    <>
      <h1>{SITE_NAME}</h1>
      <p className="lead">
        The Care Quality Commission (CQC) assesses how each council in England meets its duties under the Care Act
        2014 for adult social care. Read what it found, statement by statement, with every figure as the report
        prints it.
      </p>
      <ul className="assessment-list">
        {assessments.map((a) => (
          <li key={a.slug} className="assessment-card">
            <h2><a href={assessmentPath(a)}>{a.authority}</a></h2>
            <p className="assessment-card__date">Published <time dateTime={a.published}>{formatDate(a.published)}</time></p>
            <RatingBadge rating={a.rating} />
            <h3 className="visually-hidden">Quality statement scores for {a.authority}</h3>
            <ul className="score-list score-list--compact">
              {a.themes.flatMap((t) => t.statements).map((s) => (
                <li key={s.slug}>
                  <a href={sectionPath(a, s)}>{s.name}</a>
                  <ScoreBadge score={s.score} size="small" />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
