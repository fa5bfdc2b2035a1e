import type { BuildRow } from './build-bench';
import { BUILD_RATIO_TARGET, memoryMet, scaleRatios } from './report-build';
import { fixed, mb, mbOrNone, verdict } from './report-format';
import { SERVER_NAMES, searchVerdicts } from './report-scale';
import type { ScaleFigures } from './search-scale';
import { FIRST_ANSWER_TARGET_MS, SERVER_MEMORY_TARGET_BYTES, type StartupFigures } from './startup-bench';

/** The reports England has, at which issue 17 sets its targets. */
export const ENGLAND_REPORTS = 153;

/**
 * Issue 17's targets, each with what this run measured and whether it was
 * met, in one list at the top of the report; the sections below give the
 * figures and how they were taken.
 */
export function targetsSection(builds: readonly BuildRow[], scale: ScaleFigures, startup: StartupFigures, busy: boolean): string {
  const largest = builds.at(-1);
  const reports = largest?.assessments ?? 0;
  const ratios = scaleRatios(builds);
  const lines = [
    ratios.length === 0
      ? `Cold build at most ${BUILD_RATIO_TARGET} times one report's: not measured (no build of one report and one of more in this run).`
      : `Cold build of ${reports} reports and the register at most ${BUILD_RATIO_TARGET} times one report's: ${ratios.map((r) => `${fixed(r.ratio, 1)}x the build of 1 report ${r.words}, ${verdict(r.met)}`).join('; ')}.`,
    largest
      ? `Peak memory of the build and the post-build under 2 GB, at ${reports} reports (sum of RSS): ${mb(largest.memory.buildBytes)} MB and ${mbOrNone(largest.memory.postBuildBytes)} MB, ${verdict(memoryMet(largest))} (sum of PSS: ${mb(largest.memory.buildPssBytes)} MB and ${mbOrNone(largest.memory.postBuildPssBytes)} MB).`
      : 'Peak memory: not measured (no builds).',
    ...scale.servers.map((server) => `/search, ${SERVER_NAMES[server.cache]}: ${searchVerdicts(server)}.`),
    `First search answer under 1 s after start: ${fixed(startup.spawnToAnswerMs, 0)} ms, ${verdict(startup.spawnToAnswerMs < FIRST_ANSWER_TARGET_MS)}.`,
    `Server memory under 500 MB after ${startup.mixed.count} different searches: ${mb(startup.rss.afterMixed)} MB, ${verdict(startup.rss.afterMixed < SERVER_MEMORY_TARGET_BYTES)}.`,
  ];
  const scope = reports === ENGLAND_REPORTS
    ? `The targets are for ${ENGLAND_REPORTS} reports and the register on this 2-core machine, quiet.`
    : `The targets are for ${ENGLAND_REPORTS} reports; this run's largest build held ${reports} (\`--reports\`), so these lines measure that build against them and say nothing about ${ENGLAND_REPORTS}.`;
  const quiet = busy ? ' The machine was busy (see above), so a "not met" here may be the other work.' : '';
  return `## Targets (issue 17)\n\n${scope}${quiet}\n\n${lines.map((line) => `- ${line}`).join('\n')}`;
}
