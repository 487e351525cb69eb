/**
 * Renders many Markdown bodies on a pool of worker threads, one per core: the unified pipeline is
 * CPU-bound and per document, so cold builds scale with cores. Workers load worker.ts through
 * tsx's loader, resolved to an absolute URL so it works from any cwd, under vitest, `tsx` and
 * `node --import tsx` alike. A worker takes ~0.5 s to start (tsx, unified's modules):
 * `prestartWorkers` lets a cold build start them while it is still reading the content.
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

const WORKER_URL = new URL("./worker.ts", import.meta.url);
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** Started ahead of need; unreferenced, so they never keep the process alive. */
const idle: Worker[] = [];

function startWorker(): Worker {
  return new Worker(WORKER_URL, { execArgv: ["--import", TSX_LOADER] });
}

/** Starts workers for a render that is sure to come (one per core by default); returns how many it started. */
export function prestartWorkers(count = availableParallelism()): number {
  let started = 0;
  while (idle.length < count) {
    started++;
    const worker = startWorker();
    worker.unref();
    // One that dies before its first job is not handed out.
    const drop = () => idle.includes(worker) && idle.splice(idle.indexOf(worker), 1);
    worker.once("error", drop).once("exit", drop);
    idle.push(worker);
  }
  return started;
}

/** Stops workers started ahead but not used (the render turned out small enough for this thread). */
export async function stopIdleWorkers(): Promise<void> {
  await Promise.all(idle.splice(0).map((worker) => worker.terminate()));
}

export interface PoolResult {
  docs: RenderedMarkdown[];
  /** Workers started for this render (those started ahead by `prestartWorkers` are not counted). */
  workersStarted: number;
}

export async function renderInWorkers(bodies: string[], options: PoolOptions = {}): Promise<PoolResult> {
  if (bodies.length === 0) return { docs: [], workersStarted: 0 };
  const workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism(), bodies.length));
  // Small chunks balance the load; not so small that messaging dominates.
  const chunkSize = Math.max(8, Math.min(64, Math.ceil(bodies.length / (workerCount * 8))));
  const chunks: string[][] = [];
  for (let start = 0; start < bodies.length; start += chunkSize) chunks.push(bodies.slice(start, start + chunkSize));

  const results: RenderedMarkdown[] = new Array(bodies.length);
  const workers: Worker[] = [];
  let next = 0;
  let rendered = 0;
  let workersStarted = 0;

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
        const worker = idle.shift() ?? (workersStarted++, startWorker());
        worker.ref();
        workers.push(worker);
        worker.on("message", (reply: RenderReply) => {
          if ("error" in reply) return reject(new Error(`markdown worker failed on a body: ${reply.error}`));
          const offset = reply.chunk * chunkSize;
          reply.rendered.forEach((doc, j) => (results[offset + j] = doc));
          rendered += reply.rendered.length;
          options.onRendered?.(rendered);
          if (++finished === chunks.length) resolveAll();
          else send(worker);
        });
        worker.on("error", (error) => reject(new Error(`markdown worker crashed: ${error.message}`, { cause: error })));
        worker.on("exit", (code) => {
          if (finished < chunks.length)
            reject(new Error(`markdown worker exited (code ${code}) before the work was done`));
        });
        send(worker);
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return { docs: results, workersStarted };
}
