/**
 * Writing the rendered pages. Eleventy writes one file at a time, and on the build machines most
 * of a rebuild is the kernel creating folders and files (5,400 pages: 2–6 s, one core busy).
 * With a few writes in flight that work spreads over every core; a bound keeps the number of
 * open files far below any descriptor limit (Eleventy's unbounded async writes hit EMFILE: 11ty/eleventy#2627).
 * A page's folder is made only when the write finds it missing: over a recycled output every
 * folder is already there, and a mkdir per page (5,400 mkdir + stat calls) was pure kernel time.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export interface RenderedPage {
  outputPath: string | false;
  content: unknown;
}

/** Writes in flight at once. */
const IN_FLIGHT = 16;

/** Writes every page that has an output path; returns how many. */
export async function writePages(pages: RenderedPage[]): Promise<number> {
  const files = pages.filter(
    (page): page is { outputPath: string; content: string } => typeof page.outputPath === "string",
  );
  const folders = new Map<string, Promise<unknown>>();
  const folder = (dir: string) => {
    let made = folders.get(dir);
    if (!made) folders.set(dir, (made = mkdir(dir, { recursive: true })));
    return made;
  };
  let next = 0;
  // After a failure the other writers stop, and all have settled before it is thrown: the caller
  // then deletes the half-written folder with nothing still writing into it.
  let failure: { error: unknown } | undefined;
  const writer = async () => {
    while (!failure && next < files.length) {
      const { outputPath, content } = files[next++]!;
      try {
        if (typeof content !== "string")
          throw new Error(`Page ${outputPath}: the template returned ${typeof content}, not HTML text.`);
        await writeFile(outputPath, content).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== "ENOENT") throw error;
          await folder(dirname(outputPath));
          await writeFile(outputPath, content);
        });
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, files.length) }, writer));
  if (failure) throw failure.error;
  return files.length;
}
