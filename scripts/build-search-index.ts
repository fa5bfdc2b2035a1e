import Database from 'better-sqlite3';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { getIndexSources } from '@/lib/content';
import { writeSearchIndex } from '@/lib/search';
import { checkIndexed } from '@/lib/search/store';
import { searchIndexPath } from '@/lib/search/location';

/**
 * Runs after `next build` (npm's postbuild, after scripts/strip-runtime.ts):
 * writes the search index, one SQLite file, into the dist dir, where the
 * server opens it read-only. Written to a temporary file and renamed when
 * complete and checked, so a failure leaves no index rather than a partial
 * one, and the build fails naming the report that could not be indexed.
 *
 * `tsx scripts/build-search-index.ts [dist dir]`: the dist dir defaults to
 * NEXT_DIST_DIR or `.next`, as in next.config.ts.
 */

async function main(distDir: string): Promise<void> {
  const started = process.hrtime.bigint();
  const file = searchIndexPath(distDir);
  const temporary = `${file}.${process.pid}.tmp`;
  rmSync(file, { force: true });
  const { documents, reports } = await getIndexSources();
  const db = new Database(temporary);
  try {
    db.pragma('journal_mode = OFF');
    writeSearchIndex(db, documents, reports);
    checkIndexed(db, documents, reports);
    db.close();
  } catch (error) {
    db.close();
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, file);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`search-index: ${documents.length} documents of ${reports.length} full report(s), the register and the glossary -> ${path.relative(process.cwd(), file)} in ${seconds.toFixed(1)} s\n`);
}

const distDir = path.resolve(process.argv[2] ?? (process.env.NEXT_DIST_DIR || '.next'));
main(distDir).catch((error: unknown) => {
  process.stderr.write(`search-index: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
