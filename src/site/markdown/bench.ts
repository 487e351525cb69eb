/**
 * How fast the Markdown stage is: N synthetic ~600-word posts rendered cold in this thread, cold
 * on the worker pool, and warm from the cache, against markdown-it (Eleventy's default, measured
 * in the same run) and the naive unified pipeline; plus the cache storage formats that were
 * compared to choose the pack file. `npm run bench` calls `benchMarkdown()`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { sanitizeSchema } from "./schema.ts";
import { MarkdownCache } from "./cache.ts";
import { renderDocuments } from "./bodies.ts";
import type { RenderedMarkdown } from "./pipeline.ts";
import { syntheticPosts } from "./synthetic.ts";

export interface MarkdownBenchOptions {
  /** Number of posts (default 4,000). */
  posts?: number;
  /** Scratch directory for the caches (default: a fresh one under the OS temp dir, removed after). */
  dir?: string;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
}

export interface Timing {
  ms: number;
  /** Time relative to markdown-it in the same run (null if markdown-it is not installed). */
  vsMarkdownIt: number | null;
}

export interface MarkdownBenchFigures {
  posts: number;
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
  try {
    const markdownItMs = await timeMarkdownIt(posts);
    const timing = (ms: number): Timing => ({ ms: Math.round(ms), vsMarkdownIt: markdownItMs ? round(ms / markdownItMs) : null });
    log(`markdown-it: ${markdownItMs === null ? "not installed" : `${Math.round(markdownItMs)} ms`}`);

    const naive = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();
    const naiveMs = time(() => posts.forEach((md) => naive.processSync(md)));
    log(`naive unified: ${Math.round(naiveMs)} ms`);

    const coldDir = join(scratch, "cold-thread");
    const coldInThreadMs = await timeAsync(() => renderDocuments(posts, { cache: new MarkdownCache({ dir: coldDir }), workers: 0 }));
    log(`cold, in this thread: ${Math.round(coldInThreadMs)} ms`);

    const poolDir = join(scratch, "cold-pool");
    let rendered: RenderedMarkdown[] = [];
    const coldPoolMs = await timeAsync(async () => {
      rendered = await renderDocuments(posts, { cache: new MarkdownCache({ dir: poolDir }) });
    });
    log(`cold, worker pool (${availableParallelism()} workers): ${Math.round(coldPoolMs)} ms`);

    // A fresh cache object, as in a new build process: load from disk, look up, no rendering.
    const warmMs = await timeAsync(() => renderDocuments(posts, { cache: new MarkdownCache({ dir: poolDir }) }));
    log(`warm, from cache: ${Math.round(warmMs)} ms`);

    return {
      posts: count,
      averageWords,
      cores: availableParallelism(),
      markdownIt: markdownItMs === null ? null : timing(markdownItMs),
      naiveUnified: timing(naiveMs),
      coldInThread: timing(coldInThreadMs),
      coldWorkerPool: timing(coldPoolMs),
      warmFromCache: timing(warmMs),
      cacheStorage: compareStorage(rendered, posts, scratch),
    };
  } finally {
    if (!options.dir) rmSync(scratch, { recursive: true, force: true });
  }
}

/** markdown-it comes with Eleventy; measure it when present, as the baseline. */
async function timeMarkdownIt(posts: string[]): Promise<number | null> {
  const specifier = "markdown-it";
  let MarkdownIt: new () => { render(md: string): string };
  try {
    MarkdownIt = ((await import(specifier)) as { default: typeof MarkdownIt }).default;
  } catch {
    return null;
  }
  const md = new MarkdownIt();
  return time(() => posts.forEach((body) => md.render(body)));
}

/** The same entries saved and loaded as the pack file, one file per entry, and one JSON file. */
function compareStorage(rendered: RenderedMarkdown[], posts: string[], scratch: string): MarkdownBenchFigures["cacheStorage"] {
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
    for (const entry of entries) cache.get(entry.key)!.text;
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
  const jsonSave = time(() => writeFileSync(jsonFile, JSON.stringify(Object.fromEntries(entries.map((e) => [e.key, [e.html, e.text]])))));
  const jsonLoad = time(() => JSON.parse(readFileSync(jsonFile, "utf8")));

  const bytes = (text: string) => Buffer.byteLength(text);
  const entryBytes = entries.reduce((sum, e) => sum + bytes(e.html) + bytes(e.text), 0);
  return {
    packFile: { saveMs: Math.round(packSave), loadMs: Math.round(packLoad), bytes: readFileSync(new MarkdownCache({ dir: packDir }).file).length },
    filePerEntry: { saveMs: Math.round(filesSave), loadMs: Math.round(filesLoad), bytes: entryBytes },
    jsonFile: { saveMs: Math.round(jsonSave), loadMs: Math.round(jsonLoad), bytes: readFileSync(jsonFile).length },
  };
}

function time(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

async function timeAsync(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

function round(ratio: number): number {
  return Math.round(ratio * 100) / 100;
}
