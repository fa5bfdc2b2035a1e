import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { Prose } from '@/components/prose';
import { getSnapshot } from '@/lib/content';
import { downloadPath } from '@/lib/view/downloads';
import { NATIONAL_PATH, PROVENANCE_PATH, provenanceMetadata } from '@/lib/view/national-meta';
import { REGISTER_FILE } from '@/lib/view/register-downloads';

export async function generateMetadata(): Promise<Metadata> {
  return provenanceMetadata(await getSnapshot(), PROVENANCE_PATH);
}

/** The ratings register's provenance, as written in content/ (its first heading is the page's), rendered through lib/markdown. */
export default async function AboutTheDataPage() {
  const snapshot = await getSnapshot();
  return (
    <>
      <Breadcrumbs trail={[{ href: '/', label: 'Home' }, { href: NATIONAL_PATH, label: 'Every council in numbers' }]} current="About the ratings register" />
      <Prose text={snapshot.markdown} className="provenance" />
      <p>
        Download the register: <a href={downloadPath(`${REGISTER_FILE}.csv`)}>CSV</a> or{' '}
        <a href={downloadPath(`${REGISTER_FILE}.json`)}>JSON</a> (<a href="/data-formats#register">what the columns mean</a>).
      </p>
    </>
  );
}
