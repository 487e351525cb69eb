/**
 * One timed build of the Warta site, in its own process (the benchmark spawns it):
 *   node --import tsx scripts/bench/child.ts <content> <out> <cache> <now> [search]
 * Prints one JSON line on stdout: pages, start-up ms (process start to build start), build ms, peak RSS and the time at which each
 * progress line appeared (the build's phases).
 */
import { buildSite } from "../../src/site/build.ts";

const [contentDir, outputDir, cacheDir, now, search] = process.argv.slice(2);
if (!contentDir || !outputDir || !cacheDir || !now) {
  process.stderr.write("usage: child.ts <content> <out> <cache> <now> [search]\n");
  process.exit(2);
}
// performance.now() counts from process start: what passed before this line is start-up (loading modules).
const started = performance.now();
const phases: { at: number; line: string }[] = [];
const result = await buildSite({
  contentDir,
  outputDir,
  cacheDir,
  now: new Date(now),
  search: search === "search",
  log: (line) => phases.push({ at: Math.round(performance.now() - started), line }),
});
process.stdout.write(
  `${JSON.stringify({ pages: result.pages, startupMs: Math.round(started), ms: result.ms, maxRssKiB: process.resourceUsage().maxRSS, phases })}\n`,
);
