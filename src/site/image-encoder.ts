/**
 * Image encodes in a child process at low priority. AVIF and WebP encodes are CPU-heavy and sharp
 * runs them on several threads: inside the build's process they starved the thread that renders
 * the pages (a cold 4,000-item build spent ~3 s longer on 2 cores). A niced child takes only the
 * CPU the build leaves idle. The child starts on the first encode, so a warm build never pays for it.
 */
import { fork, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { setPriority } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ImageMetadata, ImageOptions } from "@11ty/eleventy-img";

export interface EncodeRequest {
  id: number;
  file: string;
  options: ImageOptions;
}
export type EncodeReply = { id: number; metadata: ImageMetadata } | { id: number; error: string };

const CHILD = fileURLToPath(new URL("./image-encoder-child.ts", import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
/** Below the build (0): the pages come first. (5 measured a little better than 10 here, 2 cores.) */
const NICENESS = 5;

export class ImageEncoder {
  #child: ChildProcess | undefined;
  #next = 0;
  readonly #waiting = new Map<number, { resolve: (metadata: ImageMetadata) => void; reject: (error: Error) => void }>();

  /** eleventy-img's result for `file`, encoded in the child. */
  encode(file: string, options: ImageOptions): Promise<ImageMetadata> {
    const child = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      // While an encode is pending the channel keeps this process alive; when idle it does not.
      child.ref();
      child.channel?.ref();
      child.send({ id, file, options } satisfies EncodeRequest);
    });
  }

  /** Stops the child (after the pending encodes, which the caller has awaited). */
  close(): void {
    this.#child?.disconnect();
    this.#child = undefined;
  }

  #start(): ChildProcess {
    if (this.#child) return this.#child;
    const child = fork(CHILD, [], {
      execArgv: ["--import", TSX_LOADER],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    try {
      if (child.pid) setPriority(child.pid, NICENESS);
    } catch {
      // Not allowed here: the encodes still work, only at the build's priority.
    }
    child.on("message", (reply: EncodeReply) => {
      const waiting = this.#waiting.get(reply.id);
      if (!waiting) return;
      this.#waiting.delete(reply.id);
      if ("error" in reply) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.metadata);
      if (this.#waiting.size === 0) {
        child.unref();
        child.channel?.unref();
      }
    });
    const failAll = (error: Error) => {
      for (const { reject } of this.#waiting.values()) reject(error);
      this.#waiting.clear();
      if (this.#child === child) this.#child = undefined;
    };
    child.on("error", (error) => failAll(new Error(`image encoder could not run: ${error.message}`, { cause: error })));
    child.on("exit", (code, signal) => failAll(new Error(`image encoder stopped (${signal ?? `exit code ${code}`})`)));
    this.#child = child;
    return child;
  }
}
