import { getDownload, getDownloadFiles } from '@/lib/content';

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getDownloadFiles()).map((file) => ({ file }));
}

/** One download, written on its own: no other report's file is made to serve it. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const download = await getDownload(file);
  if (!download) return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(download.body(), {
    headers: {
      'Content-Type': download.contentType,
      'Content-Disposition': `attachment; filename="${download.file}"`,
    },
  });
}
