/**
 * Worker-thread entry of the render pool (pool.ts): renders the chunks of Markdown it is sent.
 * Loaded as TypeScript through tsx (the pool passes `--import tsx` in the worker's execArgv).
 */
import { parentPort } from "node:worker_threads";
import { renderDocument, type RenderedMarkdown } from "./pipeline.ts";

export interface RenderJob {
  chunk: number;
  bodies: string[];
  siteUrl?: string | undefined;
}

export type RenderReply = { chunk: number; rendered: RenderedMarkdown[] } | { chunk: number; error: string };

const port = parentPort;
if (!port) throw new Error("worker.ts is a worker_threads entry; import pipeline.ts instead");

port.on("message", (job: RenderJob) => {
  let reply: RenderReply;
  try {
    reply = { chunk: job.chunk, rendered: job.bodies.map((md) => renderDocument(md, { siteUrl: job.siteUrl })) };
  } catch (error) {
    reply = { chunk: job.chunk, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
