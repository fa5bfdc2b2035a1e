import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Prose } from '@/components/prose';
import { getProvenances, getSnapshot } from '@/lib/content';
import { provenanceSection } from '@/lib/view/provenance';
import { downloadPath } from '@/lib/view/downloads';
import { NATIONAL_PATH, PROVENANCE_PATH, provenanceMetadata } from '@/lib/view/national-meta';
import { REGISTER_FILE } from '@/lib/view/register-downloads';

export async function generateMetadata(): Promise<Metadata> {
  return provenanceMetadata(await getSnapshot(), PROVENANCE_PATH);
}

/**
 * The ratings register's provenance, as written in content/ (its first
 * heading is the page's), then that of England's councils and of the later
 * results, each a section under its own title; all rendered through lib/markdown.
 */
export default async function AboutTheDataPage() {
  const [snapshot, provenances] = await Promise.all([getSnapshot(), getProvenances()]);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, { href: NATIONAL_PATH, label: 'Every council in numbers' }]} current="About the ratings register" />
      <Prose text={snapshot.markdown} className="provenance" />
      <p>
        Download the register: <a href={downloadPath(`${REGISTER_FILE}.csv`)}>CSV</a> or{' '}
        <a href={downloadPath(`${REGISTER_FILE}.json`)}>JSON</a> (<a href="/data-formats#register">what the columns mean</a>).
      </p>
      {provenances.map((p) => {
        const id = p.file.replace(/^.*\//, '').replace(/\.md$/, '');
        const title = p.markdown.match(/^# (.+)$/m)?.[1] ?? id;
        return (
          <section key={p.file} aria-labelledby={id} className="provenance">
            <h2 id={id}>{title}</h2>
            <Prose text={provenanceSection(p.markdown, 2)} />
          </section>
        );
      })}
    </>
  );
}
