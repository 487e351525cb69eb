/**
 * Renders many Markdown bodies on a pool of worker threads, one per core: the unified pipeline is
 * CPU-bound and per document, so cold builds scale with cores. Workers load worker.ts through
 * tsx's loader, resolved to an absolute URL so it works from any cwd, under vitest, `tsx` and
 * `node --import tsx` alike.
 */
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { RenderedMarkdown } from "./pipeline.ts";
import type { RenderJob, RenderReply } from "./worker.ts";

export interface PoolOptions {
  siteUrl?: string | undefined;
  /** Number of workers (default: `os.availableParallelism()`). */
  workers?: number;
  /** Called with the number of bodies rendered so far. */
  onRendered?: (rendered: number) => void;
}

export const poolStats = { workersStarted: 0, renderedInWorkers: 0 };

const WORKER_URL = new URL("./worker.ts", import.meta.url);
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export async function renderInWorkers(bodies: string[], options: PoolOptions = {}): Promise<RenderedMarkdown[]> {
  if (bodies.length === 0) return [];
  const workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism(), bodies.length));
  // Small chunks balance the load; not so small that messaging dominates.
  const chunkSize = Math.max(8, Math.min(64, Math.ceil(bodies.length / (workerCount * 8))));
  const chunks: string[][] = [];
  for (let start = 0; start < bodies.length; start += chunkSize) chunks.push(bodies.slice(start, start + chunkSize));

  const results: RenderedMarkdown[] = new Array(bodies.length);
  const workers: Worker[] = [];
  let next = 0;
  let rendered = 0;

  try {
    await new Promise<void>((resolveAll, reject) => {
      let finished = 0;
      const send = (worker: Worker) => {
        if (next >= chunks.length) return void worker.unref();
        const job: RenderJob = { chunk: next, bodies: chunks[next]!, siteUrl: options.siteUrl };
        next++;
        worker.postMessage(job);
      };
      for (let i = 0; i < Math.min(workerCount, chunks.length); i++) {
        const worker = new Worker(WORKER_URL, { execArgv: ["--import", TSX_LOADER] });
        poolStats.workersStarted++;
        workers.push(worker);
        worker.on("message", (reply: RenderReply) => {
          if ("error" in reply) return reject(new Error(`markdown worker failed on a body: ${reply.error}`));
          const offset = reply.chunk * chunkSize;
          reply.rendered.forEach((doc, j) => (results[offset + j] = doc));
          rendered += reply.rendered.length;
          poolStats.renderedInWorkers += reply.rendered.length;
          options.onRendered?.(rendered);
          if (++finished === chunks.length) resolveAll();
          else send(worker);
        });
        worker.on("error", (error) => reject(new Error(`markdown worker crashed: ${error.message}`, { cause: error })));
        worker.on("exit", (code) => {
          if (finished < chunks.length) reject(new Error(`markdown worker exited (code ${code}) before the work was done`));
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
