/**
 * Rendering a whole site's bodies: cache lookups first, then the misses, in worker threads when
 * there are enough of them to pay for starting the workers, in this thread otherwise.
 */
import type { BodyReport } from "../content/body.ts";
import { MarkdownCache } from "./cache.ts";
import { renderDocument, type RenderedMarkdown } from "./pipeline.ts";
import { renderInWorkers, stopIdleWorkers } from "./pool.ts";

/**
 * Up to this many misses, render in this thread. A worker costs ~0.4–0.6 s before its first body
 * (thread, tsx, unified's modules), then renders at the same ~1.6 ms of CPU per ~600-word post as
 * this thread (measured per thread). So n misses on c free cores pay off when n × 1.6 ms × (1 − 1/c)
 * exceeds that: from ~400–700 bodies on 2–4 cores. In fresh processes on this shared machine
 * the pool was 2.3–3× slower than in-thread for 100 bodies.
 */
export const WORKER_THRESHOLD = 400;

export interface RenderBodiesOptions {
  /** Cache to use; `false` for none. Default: the project's `.cache/markdown`. */
  cache?: MarkdownCache | false;
  /** The site's URL, so links to its own host are not marked external. */
  siteUrl?: string | undefined;
  /** `(done, total)` as bodies are looked up or rendered. */
  onProgress?: (done: number, total: number) => void;
  /** Worker count for the misses; 0 renders in this thread. Default: one per core when there are more than WORKER_THRESHOLD misses. */
  workers?: number;
  /** What the render did, once it is done (for a build's log, and to see that a cache hit skipped the work). */
  onSummary?: (summary: RenderSummary) => void;
}

export interface RenderSummary {
  bodies: number;
  /** Bodies served from the cache. */
  fromCache: number;
  /** Distinct bodies run through the pipeline in this thread, and in worker threads. */
  renderedHere: number;
  renderedInWorkers: number;
  /** Worker threads started for this render. */
  workersStarted: number;
}

let defaultCache: MarkdownCache | undefined;

/** Sanitised HTML of each body, in order. */
export async function renderBodies(bodies: string[], options: RenderBodiesOptions = {}): Promise<string[]> {
  return (await renderDocuments(bodies, options)).map((doc) => doc.html);
}

/** HTML and plain text of each body, in order, from one parse each (or none, when cached). */
export async function renderDocuments(
  bodies: string[],
  options: RenderBodiesOptions = {},
): Promise<RenderedMarkdown[]> {
  const cache = options.cache === false ? undefined : (options.cache ?? (defaultCache ??= new MarkdownCache()));
  const total = bodies.length;
  const results: RenderedMarkdown[] = new Array(total);

  // Identical bodies (empty ones, boilerplate pages) are rendered once.
  const missing = new Map<string, { key: string; positions: number[] }>();
  for (let i = 0; i < total; i++) {
    const md = bodies[i]!;
    const known = missing.get(md);
    if (known) {
      known.positions.push(i);
      continue;
    }
    const key = cache?.key(md, options.siteUrl) ?? "";
    const hit = cache?.get(key);
    if (hit) results[i] = hit;
    else missing.set(md, { key, positions: [i] });
  }
  let done = total - [...missing.values()].reduce((sum, miss) => sum + miss.positions.length, 0);
  options.onProgress?.(done, total);

  const misses = [...missing.keys()];
  const place = (index: number, doc: RenderedMarkdown) => {
    const miss = missing.get(misses[index]!)!;
    for (const position of miss.positions) results[position] = doc;
    cache?.set(miss.key, doc);
    done += miss.positions.length;
  };

  const workers = options.workers ?? (misses.length > WORKER_THRESHOLD ? undefined : 0);
  const fromCache = done;
  let rendered: RenderedMarkdown[] | undefined;
  let workersStarted = 0;
  if (workers !== 0) {
    const before = done;
    try {
      ({ docs: rendered, workersStarted } = await renderInWorkers(misses, {
        siteUrl: options.siteUrl,
        ...(workers === undefined ? {} : { workers }),
        onRendered: (count) => options.onProgress?.(Math.min(total, before + count), total),
      }));
    } catch (error) {
      // The pool is only an accelerator: render here rather than fail the build.
      console.warn(
        `markdown: worker pool failed, rendering in this thread (${error instanceof Error ? error.message : error})`,
      );
    }
  }
  if (rendered) {
    rendered.forEach((doc, index) => place(index, doc));
  } else {
    misses.forEach((md, index) => {
      place(index, renderDocument(md, { siteUrl: options.siteUrl }));
      if (index % 25 === 24) options.onProgress?.(done, total);
    });
  }
  if (misses.length > 0) options.onProgress?.(done, total);
  await stopIdleWorkers();
  cache?.save();
  options.onSummary?.({
    bodies: total,
    fromCache,
    renderedHere: rendered ? 0 : misses.length,
    renderedInWorkers: rendered ? misses.length : 0,
    workersStarted,
  });
  return results;
}

/**
 * The content loader's `inspectBodies` (content/load.ts) from the render itself: each body's
 * report comes from the parse that renders it, cached with its HTML, so the check and the build
 * decide on the same links and a build parses each body once. `onRendered` gets the documents.
 */
export function renderingInspector(
  options: Omit<RenderBodiesOptions, "siteUrl"> & {
    onRendered?: (bodies: string[], docs: RenderedMarkdown[]) => void;
  } = {},
): (bodies: string[], siteUrl: string | undefined) => Promise<(BodyReport | undefined)[]> {
  const { onRendered, ...renderOptions } = options;
  return async (bodies, siteUrl) => {
    const docs = await renderDocuments(bodies, { ...renderOptions, siteUrl });
    onRendered?.(bodies, docs);
    return docs.map((doc) => doc.report);
  };
}
