/**
 * `npm run bench`: our full build against a plain Eleventy build of the same Markdown, each timed
 * build in a fresh process. A round is: ours cold (empty cache, no previous output), baseline,
 * ours warm (a new process, the cache and output of the cold run kept: a CI rebuild or a second
 * `npm run build`), baseline again. Rounds interleave the two so machine load drifts hit both.
 * The baseline has no cache: every baseline run is the same kind of run, and both ratios use the
 * median of all of them.
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
  warm: Run[];
  baseline: Run[];
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
      const args = ["--import", "tsx", join(ROOT, "scripts/bench/child.ts"), site.contentDir, out, cache, BENCH_NOW.toISOString()];
      if (options.search) args.push("search");
      const measured = await measure(process.execPath, args, { cwd: ROOT });
      // The replaced output is deleted in the background after the build returns: let that finish
      // (untimed) so it does not slow the next timed run.
      await trashEmptied(join(cache, "trash"));
      const report = JSON.parse(measured.stdout.trim().split("\n").pop()!) as { pages: number; startupMs: number; phases: Run["phases"] };
      return { ...toRun(measured), pages: report.pages, startupMs: report.startupMs, phases: report.phases };
    };
    // Plain Eleventy: its own CLI, no config file in its folder, defaults throughout.
    const baseline = async (): Promise<Run> =>
      toRun(await measure(process.execPath, [ELEVENTY_CLI, `--input=${site.baselineDir}`, `--output=${baselineOut}`, "--quiet"], { cwd: dir }));

    const cold: Run[] = [];
    const warm: Run[] = [];
    const base: Run[] = [];
    for (let round = 1; round <= options.runs; round++) {
      await rm(cache, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
      await rm(baselineOut, { recursive: true, force: true });
      const step = async (name: string, list: Run[], run: () => Promise<Run>) => {
        // Untimed: flush what earlier runs (or rm) left for the disk, so it does not land in this run.
        spawnSync("sync");
        const r = await run();
        list.push(r);
        log(`  round ${round}/${options.runs} ${name.padEnd(8)} ${seconds(r.wallMs)}  ${mib(r.peakMiB)}${r.cpuS == null ? "" : `  cpu ${r.cpuS.toFixed(2)} s`}`);
      };
      // Alternate who goes first within each pair, so a load spike does not always hit the same side.
      if (round % 2 === 1) {
        await step("cold", cold, ours);
        await step("baseline", base, baseline);
        await step("warm", warm, ours);
        await step("baseline", base, baseline);
      } else {
        await step("baseline", base, baseline);
        await step("cold", cold, ours);
        await step("baseline", base, baseline);
        await step("warm", warm, ours);
      }
    }
    const home = await homeWeight(out);
    return { site, dir, kept: options.keep, search: options.search, cold, warm, baseline: base, home, loadBefore, loadAfter: loadavg() };
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
          ...run.phases.filter((p) => !/^\s+\S+ \d+\/\d+$/.test(p.line) || /\s(\d+)\/\1$/.test(p.line)).map((p) => `      ${seconds(p.at)}  ${p.line.trim()}`),
        ].join("\n")
      : "      (none)";
  const fmtLoad = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");
  lines.push(
    `Synthetic site: ${r.site.items} news items (~600 words), 5 announcements, 5 events, the sample's data files and logo;`,
    `  the items share ${r.site.covers} cover photos, so image encoding is a one-time cost (as on a real site, whose encodes are cached by content).`,
    `Ours: buildSite (Eleventy pages, feeds, sitemap, images, media, assets, swap into place)${r.search ? " + Pagefind search index" : ", without Pagefind (the baseline has no search either)"}.`,
    `Baseline: plain Eleventy CLI, no config file (markdown-it, Liquid pre-processing of Markdown, collections),`,
    `  ${r.site.baselineEntries} .md files with the same bodies, one Nunjucks layout, one paginated index (12 per page).`,
    `Each build in a fresh process; wall time from spawn to exit; peak memory = max RSS (${hasGnuTime ? "GNU time -v" : "reported by the child; baseline unknown"}).`,
    `Cores: ${availableParallelism()}; load average before: ${fmtLoad(r.loadBefore)}; after: ${fmtLoad(r.loadAfter)}.`,
    "",
    `Runs (s):`,
    `  ours cold : ${r.cold.map((x) => (x.wallMs / 1000).toFixed(2)).join(", ")}`,
    `  ours warm : ${r.warm.map((x) => (x.wallMs / 1000).toFixed(2)).join(", ")}`,
    `  baseline  : ${r.baseline.map((x) => (x.wallMs / 1000).toFixed(2)).join(", ")}`,
    `Pages written by ours: ${r.cold[0]?.pages ?? "?"}`,
    `Phases, last cold run (time since the build started):`,
    phasesOf(r.cold.at(-1)),
    `Phases, last warm run:`,
    phasesOf(r.warm.at(-1)),
    "",
    `Medians:      wall       peak memory (max over runs)   cpu (user+sys)`,
    `  ours cold ${seconds(median(r.cold.map((x) => x.wallMs)))}  ${mib(peak(r.cold))}                   ${cpu(r.cold)}`,
    `  ours warm ${seconds(median(r.warm.map((x) => x.wallMs)))}  ${mib(peak(r.warm))}                   ${cpu(r.warm)}`,
    `  baseline  ${seconds(median(r.baseline.map((x) => x.wallMs)))}  ${mib(peak(r.baseline))}                   ${cpu(r.baseline)}`,
    "",
    `Home page: ${kb(r.home.total)} uncompressed (HTML ${kb(r.home.html)}, CSS ${kb(r.home.css)}, JS ${kb(r.home.js)}; images aside)`,
  );
  if (r.kept) lines.push(`Kept: ${r.dir}`);
  const base = median(r.baseline.map((x) => x.wallMs));
  const cpuMedian = (runs: Run[]) => {
    const values = runs.map((x) => x.cpuS).filter((v): v is number => v != null);
    return values.length === runs.length && values.length > 0 ? median(values) : null;
  };
  const baseCpu = cpuMedian(r.baseline);
  const coldCpu = cpuMedian(r.cold);
  const warmCpu = cpuMedian(r.warm);
  if (baseCpu && coldCpu && warmCpu) {
    lines.push(`CPU time ratios (less sensitive to other load on the machine): cold ${(coldCpu / baseCpu).toFixed(2)}, warm ${(warmCpu / baseCpu).toFixed(2)}`);
  }
  lines.push(
    `ratio cold: ${(median(r.cold.map((x) => x.wallMs)) / base).toFixed(2)}`,
    `ratio warm: ${(median(r.warm.map((x) => x.wallMs)) / base).toFixed(2)}`,
  );
  return lines.join("\n");
}
