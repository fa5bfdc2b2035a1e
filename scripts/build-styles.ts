import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STYLESHEET_FILE, STYLESHEET_FOLDER, stylesheetFileName } from '@/lib/stylesheet';
import { bundleStylesheet } from './styles/bundle';

/**
 * Runs before each build (npm's prebuild): bundles app/globals.css and every
 * file in app/styles/ into public/styles/site.<hash>.css, and removes the
 * ones earlier builds left, so next.config.ts finds exactly one.
 */
async function main(root: string): Promise<void> {
  const { css, inputs } = await bundleStylesheet(root);
  const out = path.join(root, 'public', STYLESHEET_FOLDER);
  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out).filter((name) => STYLESHEET_FILE.test(name))) rmSync(path.join(out, old));
  const name = stylesheetFileName(css);
  writeFileSync(path.join(out, name), css);
  process.stdout.write(`styles: ${inputs.join(', ')} -> public/${STYLESHEET_FOLDER}/${name} (${(css.length / 1024).toFixed(1)} KB)\n`);
}

main(process.cwd()).catch((error: unknown) => {
  process.stderr.write(`styles: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
