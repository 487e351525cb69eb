/**
 * `npm run bench`: our full build against a plain Eleventy build of the same Markdown, each timed
 * build in a fresh process, like for like:
 *   cold   ours with an empty cache and no output  ↔  baseline first build (no output folder yet)
 *   warm   ours again, nothing changed, caches and  ↔  baseline rebuild (over its own output)
 *          output kept from the builds before
 * On these machines the output folder's state matters more than anything else the baseline does:
 * writing 4,345 pages into an empty folder took 6.3–8.6 s, over its previous output 4.3–4.9 s
 * (the kernel creating folders and files). So each kind is compared with its own kind.
 * Our builds never write over the live output; a rebuild writes over the spare (the tree two
 * builds back, see src/site/spare.ts), so the steady state is from the third build on. The second
 * build (no spare yet) is timed and reported too. Rounds interleave ours and the baseline, so
 * machine load drifts hit both.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { homeWeight, type HomeWeight } from "./home.ts";
import { hasGnuTime, measure, type Measured } from "./measure.ts";
import { BENCH_NOW, makeSyntheticSite, type SyntheticSite } from "./synthetic.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const ELEVENTY_CLI = join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs");

export interface BenchOptions {
  items: number;
  runs: number;
  search: boolean;
  /** Keep the temporary folder (its path is in the result). */
  keep: boolean;
  log: (line: string) => void;
}

export interface Run {
  wallMs: number;
  peakMiB: number | null;
  cpuS?: number | null;
  /** Our runs: pages written and when each progress line appeared (ms since the child started building). */
  pages?: number;
  /** Our runs: process start to the build's start (module loading). */
  startupMs?: number;
  phases?: { at: number; line: string }[];
}

export interface BenchResult {
  site: SyntheticSite;
  dir: string;
  kept: boolean;
  search: boolean;
  cold: Run[];
  /** Our second build: caches kept, no spare output yet. */
  second: Run[];
  warm: Run[];
  /** Plain Eleventy into an empty output folder. */
  baselineFirst: Run[];
  /** Plain Eleventy over its previous output. */
  baselineRebuild: Run[];
  home: HomeWeight;
  loadBefore: number[];
  loadAfter: number[];
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { log } = options;
  const loadBefore = loadavg();
  const dir = await mkdtemp(join(tmpdir(), "warta-bench-"));
  try {
    log(`Generating ${options.items} synthetic news items in ${dir}`);
    const site = await makeSyntheticSite(dir, { items: options.items, sampleContent: join(ROOT, "content") });
    const cache = join(dir, "cache");
    const out = join(dir, "site");
    const baselineOut = join(dir, "baseline-site");

    const ours = async (): Promise<Run> => {
      const args = [
        "--import",
        "tsx",
        join(ROOT, "scripts/bench/child.ts"),
        site.contentDir,
        out,
        cache,
        BENCH_NOW.toISOString(),
      ];
      if (options.search) args.push("search");
      const measured = await measure(process.execPath, args, { cwd: ROOT });
      // The replaced output is deleted in the background after the build returns: let that finish
      // (untimed) so it does not slow the next timed run.
      await trashEmptied(join(cache, "trash"));
      const report = JSON.parse(measured.stdout.trim().split("\n").pop()!) as {
        pages: number;
        startupMs: number;
        phases: Run["phases"];
      };
      return { ...toRun(measured), pages: report.pages, startupMs: report.startupMs, phases: report.phases };
    };
    // Plain Eleventy: its own CLI, no config file in its folder, defaults throughout.
    const baseline = async (): Promise<Run> =>
      toRun(
        await measure(
          process.execPath,
          [ELEVENTY_CLI, `--input=${site.baselineDir}`, `--output=${baselineOut}`, "--quiet"],
          { cwd: dir },
        ),
      );

    const cold: Run[] = [];
    const second: Run[] = [];
    const warm: Run[] = [];
    const baseFirst: Run[] = [];
    const baseRebuild: Run[] = [];
    for (let round = 1; round <= options.runs; round++) {
      await rm(cache, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
      await rm(baselineOut, { recursive: true, force: true });
      const step = async (name: string, list: Run[], run: () => Promise<Run>) => {
        // Untimed: flush what earlier runs (or rm) left for the disk, so it does not land in this run.
        spawnSync("sync");
        const r = await run();
        list.push(r);
        log(
          `  round ${round}/${options.runs} ${name.padEnd(8)} ${seconds(r.wallMs)}  ${mib(r.peakMiB)}${r.cpuS == null ? "" : `  cpu ${r.cpuS.toFixed(2)} s`}`,
        );
      };
      // Alternate who goes first within each pair, so a load spike does not always hit the same side.
      if (round % 2 === 1) {
        await step("cold", cold, ours);
        await step("base 1st", baseFirst, baseline);
        await step("second", second, ours);
        await step("warm", warm, ours);
        await step("base re", baseRebuild, baseline);
      } else {
        await step("base 1st", baseFirst, baseline);
        await step("cold", cold, ours);
        await step("base re", baseRebuild, baseline);
        await step("second", second, ours);
        await step("warm", warm, ours);
      }
    }
    const home = await homeWeight(out);
    return {
      site,
      dir,
      kept: options.keep,
      search: options.search,
      cold,
      second,
      warm,
      baselineFirst: baseFirst,
      baselineRebuild: baseRebuild,
      home,
      loadBefore,
      loadAfter: loadavg(),
    };
  } finally {
    if (!options.keep) await rm(dir, { recursive: true, force: true });
  }
}

async function trashEmptied(trash: string, timeoutMs = 300_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const left = await readdir(trash).catch(() => []);
    if (left.length === 0) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(`${trash} still not empty after ${timeoutMs / 1000} s`);
}

function toRun(m: Measured): Run {
  return { wallMs: m.wallMs, peakMiB: m.peakMiB, cpuS: m.cpuS };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2).padStart(7)} s`;
const mib = (value: number | null) => (value === null ? "  ? MiB" : `${Math.round(value).toString().padStart(5)} MiB`);
const cpu = (runs: Run[]) => {
  const values = runs.map((x) => x.cpuS).filter((v): v is number => v != null);
  return values.length ? `${median(values).toFixed(2).padStart(6)} s` : "?";
};
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** The report: setup, each run, medians, peak memory, home page weight, then the two ratio lines last. */
export function formatReport(r: BenchResult): string {
  const lines: string[] = [];
  const peak = (runs: Run[]) => {
    const values = runs.map((x) => x.peakMiB).filter((v): v is number => v !== null);
    return values.length ? Math.max(...values) : null;
  };
  // Progress lines that only count up are left out: the phases are what matters.
  const phasesOf = (run: Run | undefined) =>
    run?.phases?.length
      ? [
          `      start-up (loading modules) ${seconds(run.startupMs ?? 0)}; wall ${seconds(run.wallMs)}`,
          ...run.phases
            .filter((p) => !/^\s+\S+ \d+\/\d+$/.test(p.line) || /\s(\d+)\/\1$/.test(p.line))
            .map((p) => `      ${seconds(p.at)}  ${p.line.trim()}`),
        ].join("\n")
      : "      (none)";
  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");
  const kinds: [string, Run[]][] = [
    ["ours cold       ", r.cold],
    ["ours second     ", r.second],
    ["ours warm       ", r.warm],
    ["baseline first  ", r.baselineFirst],
    ["baseline rebuild", r.baselineRebuild],
  ];
  const wall = (runs: Run[]) => median(runs.map((x) => x.wallMs));
  lines.push(
    `Synthetic site: ${r.site.items} news items (~600 words), 5 announcements, 5 events, the sample's data files and logo;`,
    `  the items share ${r.site.covers} cover photos, so image encoding is a one-time cost (as on a real site, whose encodes are cached by content).`,
    `Ours: buildSite (Eleventy pages, feeds, sitemap, images, media, assets, swap into place)${r.search ? " + Pagefind search index" : ", without Pagefind (the baseline has no search either)"}.`,
    `Baseline: plain Eleventy CLI, no config file (markdown-it, Liquid pre-processing of Markdown, collections),`,
    `  first build into an empty output folder (compared with our cold build) and rebuild over its output (with our warm build);`,
    `  ${r.site.baselineEntries} .md files with the same bodies, one Nunjucks layout, one paginated index (12 per page).`,
    `Each build in a fresh process; wall time from spawn to exit; peak memory = max RSS (${hasGnuTime ? "GNU time -v" : "reported by the child; baseline unknown"}).`,
    `Cores: ${availableParallelism()}; load average before: ${fmtLoad(r.loadBefore)}; after: ${fmtLoad(r.loadAfter)}.`,
    "",
    `Runs (s):`,
    ...kinds.map(([name, runs]) => `  ${name} : ${runs.map((x) => (x.wallMs / 1000).toFixed(2)).join(", ")}`),
    `Pages written by ours: ${r.cold[0]?.pages ?? "?"}`,
    `Phases, last cold run (time since the build started):`,
    phasesOf(r.cold.at(-1)),
    `Phases, last warm run:`,
    phasesOf(r.warm.at(-1)),
    "",
    `Medians:               wall       peak memory (max over runs)   cpu (user+sys)`,
    ...kinds.map(
      ([name, runs]) => `  ${name} ${seconds(wall(runs))}  ${mib(peak(runs))}                   ${cpu(runs)}`,
    ),
    "",
    `Home page: ${kb(r.home.total)} uncompressed (HTML ${kb(r.home.html)}, CSS ${kb(r.home.css)}, JS ${kb(r.home.js)}; images aside)`,
  );
  if (r.kept) lines.push(`Kept: ${r.dir}`);
  const cpuMedian = (runs: Run[]) => {
    const values = runs.map((x) => x.cpuS).filter((v): v is number => v != null);
    return values.length === runs.length && values.length > 0 ? median(values) : null;
  };
  const ratio = (a: number | null, b: number | null) => (a !== null && b ? (a / b).toFixed(2) : "?");
  lines.push(
    `Second build (caches kept, no spare output yet) / baseline rebuild: ${ratio(wall(r.second), wall(r.baselineRebuild))}`,
    `CPU time ratios (less sensitive to other load on the machine): cold ${ratio(cpuMedian(r.cold), cpuMedian(r.baselineFirst))}, warm ${ratio(cpuMedian(r.warm), cpuMedian(r.baselineRebuild))}`,
    `ratio cold: ${ratio(wall(r.cold), wall(r.baselineFirst))}`,
    `ratio warm: ${ratio(wall(r.warm), wall(r.baselineRebuild))}`,
  );
  return lines.join("\n");
}
