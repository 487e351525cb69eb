/**
 * npm run bench [-- --items 4000] [--runs 3] [--search] [--keep] [--help]
 * Times our full build against plain Eleventy on the same synthetic Markdown (see scripts/bench/run.ts).
 * Exit 0 measured, 1 a build failed, 2 usage.
 */
import { parseArgs } from "node:util";
import { formatReport, runBench } from "./bench/run.ts";

const HELP = `Usage: npm run bench [-- options]

Generates a synthetic site in a temporary folder (N news items of ~600 words sharing six cover
photos, a few announcements and events, the sample's data files and logo) and, in the same run, times our full build and a plain Eleventy build of the same
Markdown (default markdown-it, one minimal layout). Every timed build runs in a new process:
  cold              ours with an empty cache folder and no previous output
  warm              ours again, nothing changed, caches kept (a second npm run build; like every
                    build, it writes a new folder and swaps it in)
  baseline first    plain Eleventy into an empty output folder
  baseline rebuild  plain Eleventy again, over its own output
Rounds interleave ours and the baseline. Prints each run, medians, peak memory, the home page
weight, then
  ratio cold: X.XX      (median ours cold / median baseline first)
  ratio warm: X.XX      (median ours warm / median baseline rebuild)

  --items <n>   news items to generate (default 4000)
  --runs <n>    rounds (default 3; 5 when --items is 1000 or fewer)
  --search      include the Pagefind search index in our build (default: without, like the baseline)
  --no-search   leave it out (the default; accepted for symmetry with npm run build)
  --keep        keep the temporary folder and print its path
  --help        show this help

Exit code: 0 measured, 1 a build failed, 2 usage error.`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        items: { type: "string", default: "4000" },
        runs: { type: "string" },
        search: { type: "boolean", default: false },
        "no-search": { type: "boolean", default: false },
        keep: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const items = Number(args.items);
  const runs = args.runs === undefined ? (items <= 1000 ? 5 : 3) : Number(args.runs);
  if (!Number.isInteger(items) || items < 1) {
    process.stderr.write(`--items: expected a positive whole number, got ${args.items}\n`);
    return 2;
  }
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write(`--runs: expected a positive whole number, got ${args.runs}\n`);
    return 2;
  }
  if (args.search && args["no-search"]) {
    process.stderr.write(`--search and --no-search together: choose one\n`);
    return 2;
  }
  try {
    const result = await runBench({ items, runs, search: args.search, keep: args.keep, log: (line) => process.stdout.write(`${line}\n`) });
    process.stdout.write(`\n${formatReport(result)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main();
