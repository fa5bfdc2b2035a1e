import { getAssessments, getCouncils, getReportUrl, getSnapshot } from '@/lib/content';
import { absoluteUrl } from '@/lib/site';
import { downloadsFor } from '@/lib/view/downloads';
import { registerDownloads } from '@/lib/view/register-downloads';

export const dynamic = 'force-static';
export const dynamicParams = false;

/** Each full report's downloads, and the ratings register's. */
async function allDownloads() {
  const [assessments, councils, snapshot] = await Promise.all([getAssessments(), getCouncils(), getSnapshot()]);
  const reports = await Promise.all(assessments.map(async (a) => downloadsFor(a, { absolute: absoluteUrl, reportUrl: await getReportUrl(a) })));
  return [...reports.flat(), ...registerDownloads(councils, snapshot, absoluteUrl)];
}

export async function generateStaticParams() {
  return (await allDownloads()).map((d) => ({ file: d.file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const download = (await allDownloads()).find((d) => d.file === file);
  if (!download) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(download.body, {
    headers: {
      'Content-Type': download.contentType,
      'Content-Disposition': `attachment; filename="${download.file}"`,
    },
  });
}
