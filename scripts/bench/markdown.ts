/**
 * How fast the Markdown stage is: N synthetic ~600-word posts rendered cold in one thread, cold
 * on the worker pool, and warm from the cache, against markdown-it (Eleventy's default) and the
 * naive unified pipeline, each in a fresh process (markdown-child.ts) as a build would see it; plus
 * the cache storage layouts compared to choose the pack file (kept to re-check that choice).
 */
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { MarkdownCache, renderDocuments, type RenderedMarkdown } from "../../src/markdown/index.ts";
import { syntheticPosts } from "./posts.ts";
import type { Variant } from "./markdown-child.ts";

const BENCH_RUN = fileURLToPath(new URL("./markdown-child.ts", import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export interface MarkdownBenchOptions {
  /** Number of posts (default 4,000). */
  posts?: number;
  /** Scratch directory for the caches (default: a fresh one under the OS temp dir, removed after). */
  dir?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Rounds, run interleaved; each figure is the fastest round (default 1). On a shared machine use 3+. */
  rounds?: number;
}

export interface Timing {
  ms: number;
  /** Time relative to markdown-it in the same run (null if markdown-it is not installed). */
  vsMarkdownIt: number | null;
}

export interface MarkdownBenchFigures {
  posts: number;
  rounds: number;
  averageWords: number;
  cores: number;
  markdownIt: Timing | null;
  /** remark-parse + remark-gfm + remark-rehype + rehype-sanitize + rehype-stringify, processSync, no cache. */
  naiveUnified: Timing;
  coldInThread: Timing;
  coldWorkerPool: Timing;
  warmFromCache: Timing;
  /** Save and load of the same entries in the candidate cache layouts. */
  cacheStorage: Record<"packFile" | "filePerEntry" | "jsonFile", { saveMs: number; loadMs: number; bytes: number }>;
}

export async function benchMarkdown(options: MarkdownBenchOptions = {}): Promise<MarkdownBenchFigures> {
  const count = options.posts ?? 4000;
  const log = options.log ?? (() => {});
  const scratch = options.dir ?? mkdtempSync(join(tmpdir(), "warta-md-bench-"));
  const posts = syntheticPosts(count);
  const averageWords = Math.round(posts.reduce((sum, md) => sum + md.split(/\s+/).length, 0) / count);
  const rounds = Math.max(1, options.rounds ?? 1);
  const best: Record<Variant, number> = {
    "markdown-it": Infinity,
    naive: Infinity,
    thread: Infinity,
    pool: Infinity,
    warm: Infinity,
  };
  let hasMarkdownIt = true;
  try {
    for (let round = 0; round < rounds; round++) {
      const coldDir = join(scratch, `cold-thread-${round}`);
      const poolDir = join(scratch, `cold-pool-${round}`);
      // Interleaved, so a burst of load on a shared machine hits every variant alike.
      for (const [variant, dir] of [
        ["markdown-it", coldDir],
        ["naive", coldDir],
        ["thread", coldDir],
        ["pool", poolDir],
        ["warm", poolDir],
      ] as const) {
        const ms = await runFresh(variant, count, dir);
        if (ms === null) {
          hasMarkdownIt = false;
          continue;
        }
        best[variant] = Math.min(best[variant], ms);
        log(`round ${round + 1}/${rounds} ${variant}: ${Math.round(ms)} ms`);
      }
      rmSync(coldDir, { recursive: true, force: true });
      rmSync(poolDir, { recursive: true, force: true });
    }
    const markdownItMs = hasMarkdownIt ? best["markdown-it"] : null;
    const timing = (ms: number): Timing => ({
      ms: Math.round(ms),
      vsMarkdownIt: markdownItMs ? round2(ms / markdownItMs) : null,
    });
    const rendered = await renderDocuments(posts, { cache: false, workers: 0 });
    return {
      posts: count,
      rounds,
      averageWords,
      cores: availableParallelism(),
      markdownIt: markdownItMs === null ? null : timing(markdownItMs),
      naiveUnified: timing(best.naive),
      coldInThread: timing(best.thread),
      coldWorkerPool: timing(best.pool),
      warmFromCache: timing(best.warm),
      cacheStorage: compareStorage(rendered, posts, scratch, rounds),
    };
  } finally {
    if (!options.dir) rmSync(scratch, { recursive: true, force: true });
  }
}

async function runFresh(variant: Variant, posts: number, dir: string): Promise<number | null> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--import", TSX_LOADER, BENCH_RUN, variant, String(posts), dir],
    {
      maxBuffer: 1024 * 1024,
    },
  );
  return (JSON.parse(stdout) as { ms: number | null }).ms;
}

/** The same entries saved and loaded as the pack file, one file per entry, and one JSON file. */
function compareStorage(
  rendered: RenderedMarkdown[],
  posts: string[],
  scratch: string,
  rounds: number,
): MarkdownBenchFigures["cacheStorage"] {
  const runs = Array.from({ length: rounds }, (_, round) =>
    storageRound(rendered, posts, join(scratch, `storage-${round}`)),
  );
  const fastest = (pick: (run: (typeof runs)[number]) => { saveMs: number; loadMs: number; bytes: number }) => ({
    saveMs: Math.min(...runs.map((run) => pick(run).saveMs)),
    loadMs: Math.min(...runs.map((run) => pick(run).loadMs)),
    bytes: pick(runs[0]!).bytes,
  });
  return {
    packFile: fastest((run) => run.packFile),
    filePerEntry: fastest((run) => run.filePerEntry),
    jsonFile: fastest((run) => run.jsonFile),
  };
}

function storageRound(
  rendered: RenderedMarkdown[],
  posts: string[],
  scratch: string,
): MarkdownBenchFigures["cacheStorage"] {
  const probe = new MarkdownCache({ dir: join(scratch, "probe") });
  const entries = rendered.map((doc, i) => ({ key: probe.key(posts[i]!), html: doc.html, text: doc.text }));

  const packDir = join(scratch, "store-pack");
  const packSave = time(() => {
    const cache = new MarkdownCache({ dir: packDir });
    for (const entry of entries) cache.set(entry.key, entry);
    cache.save();
  });
  const packLoad = time(() => {
    const cache = new MarkdownCache({ dir: packDir });
    for (const entry of entries) void cache.get(entry.key)!.text;
  });

  const filesDir = join(scratch, "store-files");
  const filesSave = time(() => {
    for (const entry of entries) {
      const dir = join(filesDir, entry.key.slice(0, 2));
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, entry.key), JSON.stringify([entry.html, entry.text]));
    }
  });
  const filesLoad = time(() => {
    for (const entry of entries) JSON.parse(readFileSync(join(filesDir, entry.key.slice(0, 2), entry.key), "utf8"));
  });

  const jsonFile = join(scratch, "store.json");
  const jsonSave = time(() =>
    writeFileSync(jsonFile, JSON.stringify(Object.fromEntries(entries.map((e) => [e.key, [e.html, e.text]])))),
  );
  const jsonLoad = time(() => JSON.parse(readFileSync(jsonFile, "utf8")));

  const bytes = (text: string) => Buffer.byteLength(text);
  const entryBytes = entries.reduce((sum, e) => sum + bytes(e.html) + bytes(e.text), 0);
  return {
    packFile: {
      saveMs: Math.round(packSave),
      loadMs: Math.round(packLoad),
      bytes: readFileSync(new MarkdownCache({ dir: packDir }).file).length,
    },
    filePerEntry: { saveMs: Math.round(filesSave), loadMs: Math.round(filesLoad), bytes: entryBytes },
    jsonFile: { saveMs: Math.round(jsonSave), loadMs: Math.round(jsonLoad), bytes: readFileSync(jsonFile).length },
  };
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function round2(ratio: number): number {
  return Math.round(ratio * 100) / 100;
}
