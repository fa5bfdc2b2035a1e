import { MAX_FICTIONAL } from './fictional';

/**
 * The benchmark's one option: how many full reports its builds hold.
 * `npm run bench -- --reports 1,3` (or BENCH_REPORTS=1,3) for a quicker
 * development run; the default is England's scale beside one report and
 * twenty. A count of 1 is built twice, with the register cut to Harrow's own
 * row and whole; the largest count's build is the one served at scale.
 */
export const DEFAULT_REPORTS: readonly number[] = [1, 20, 153];

/** Harrow and every fictional council there can be. */
export const MAX_REPORTS = 1 + MAX_FICTIONAL;

export type BenchOptions = { reports: number[] };

/** The options from the command line's arguments, else from BENCH_REPORTS, else the defaults. */
export function benchOptions(args: readonly string[], envReports: string | undefined): BenchOptions {
  let fromArgs: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--reports') fromArgs = args[++i] ?? '';
    else if (arg.startsWith('--reports=')) fromArgs = arg.slice('--reports='.length);
    else throw new Error(`unknown option "${arg}": the benchmark takes only --reports <counts>, such as --reports 1,3`);
  }
  const setting = fromArgs ?? envReports;
  return { reports: setting === undefined || setting.trim() === '' ? [...DEFAULT_REPORTS] : reportCounts(setting) };
}

/** "1, 20,153" as [1, 20, 153]: whole numbers from 1 to MAX_REPORTS, each once, smallest first. */
export function reportCounts(setting: string): number[] {
  const counts = setting.split(',').map((part) => {
    const text = part.trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < 1 || n > MAX_REPORTS) {
      throw new Error(`--reports: expected whole numbers of reports from 1 to ${MAX_REPORTS} separated by commas (such as 1,20,153), found "${text}"`);
    }
    return n;
  });
  return [...new Set(counts)].sort((a, b) => a - b);
}
