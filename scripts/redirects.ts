import { checkContent } from '@/lib/content-check';
import { aliasRedirects } from '@/lib/view/aliases';

/**
 * Prints, as JSON, the redirects of every council's other addresses
 * (lib/view/aliases.ts) for next.config.ts, which cannot import the parser
 * itself (its loader does not resolve the folders lib/ imports). A content
 * error prints none: the prebuild step has already stopped the build with it.
 */
checkContent().then(
  ({ councils, errors }) => process.stdout.write(JSON.stringify(errors.length > 0 ? [] : aliasRedirects(councils))),
  (error: unknown) => {
    process.stderr.write(`redirects: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
