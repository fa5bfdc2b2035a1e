import { getAssessments } from '@/lib/content';
import { formatDate } from '@/lib/view/format';

export default async function HomePage() {
  const assessments = await getAssessments();
  return (
    <>
      <h1>CQC local authority assessments</h1>
      <p className="lead">
        The Care Quality Commission (CQC) assesses how each council in England meets its duties under the Care Act
        2014 for adult social care. These are the assessments on this site.
      </p>
      <ul className="assessment-list">
        {assessments.map((a) => (
          <li key={a.slug} className="assessment-card">
            <h2>{a.authority}</h2>
            <dl>
              <div><dt>Overall rating</dt><dd>{a.rating}</dd></div>
              <div><dt>Published</dt><dd><time dateTime={a.published}>{formatDate(a.published)}</time></dd></div>
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
