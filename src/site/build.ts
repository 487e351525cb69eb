/**
 * `buildSite`: content → Eleventy → Pagefind, into a temporary folder next to the output, swapped
 * into place only when everything succeeded. A failed build (invalid content, a missing file, a
 * template error) leaves the previous output untouched and removes its temporary folder.
 * The temporary folder starts as the spare output when there is one (`spare.ts`: overwriting
 * files is much cheaper than creating them); the replaced output becomes the next spare, or is
 * deleted in the background (`trash.ts`), never while the caller waits.
 */
import { mkdtemp, rename, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";
import { Eleventy } from "@11ty/eleventy";
import wartaSite from "./index.ts";
import { DEFAULT_CACHE_DIR, prepareSite } from "./prepare.ts";
import { buildSearchIndex } from "./search.ts";
import { writePages, type RenderedPage } from "./write.ts";
import { keepAsSpare, removeUnwritten, spareDirOf, sweepSpares, takeSpare } from "./spare.ts";
import { moveToTrash, removeInBackground, sweepTrash, trashDirOf } from "./trash.ts";

export interface BuildOptions {
  /** Content folder; default `content`. */
  contentDir?: string | undefined;
  /** Output folder; default `_site`. */
  outputDir?: string | undefined;
  /** The build's clock; default now. */
  now?: Date | undefined;
  /** Build the Pagefind index (default true). */
  search?: boolean | undefined;
  /** No progress lines. */
  quiet?: boolean | undefined;
  /** Persistent caches; default `.cache`. */
  cacheDir?: string | undefined;
  /** Where progress lines go (default stdout). */
  log?: ((line: string) => void) | undefined;
  /** Adds to the finished output before it goes live (e.g. the admin), so no half site is ever served. */
  beforePublish?: ((dir: string) => Promise<void>) | undefined;
}

export interface BuildResult {
  outputDir: string;
  /** HTML pages written. */
  pages: number;
  ms: number;
}

const CONFIG_FILE = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));

/** Eleventy imports `.eleventy.ts` and the `.11ty.tsx` pages itself: it needs tsx's loader (already there under `tsx`). */
let loaderReady = false;
function ensureTypeScriptLoader(): void {
  if (loaderReady) return;
  const underTsx = [...process.execArgv, process.env.NODE_OPTIONS ?? ""].some((arg) => /[\\/]tsx[\\/]|^tsx$/.test(arg));
  if (!underTsx) register();
  loaderReady = true;
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const log = options.quiet ? () => {} : (options.log ?? ((line: string) => console.log(line)));
  const outputDir = resolve(options.outputDir ?? "_site");
  const cacheDir = resolve(options.cacheDir ?? DEFAULT_CACHE_DIR);
  const trashDir = trashDirOf(cacheDir);
  const spareDir = spareDirOf(cacheDir, outputDir);
  ensureTypeScriptLoader();
  await sweepTrash(trashDir);
  await sweepSpares(cacheDir, trashDir);

  // Content errors surface here, before any folder is created.
  const prepared = await prepareSite({
    contentDir: options.contentDir,
    now: options.now,
    cacheDir: options.cacheDir,
    log,
  });

  const temp = await mkdtemp(join(dirname(outputDir), `${basename(outputDir)}.building-`));
  // The spare replaces the empty temporary folder (a rename over an empty folder).
  const recycled = await takeSpare(spareDir, temp);
  try {
    log("Membangun halaman (Eleventy)");
    const published: string[] = [];
    const eleventy = new Eleventy(undefined, temp, {
      configPath: relative(process.cwd(), CONFIG_FILE),
      quietMode: true,
      config: (eleventyConfig) =>
        eleventyConfig.addPlugin(wartaSite, { prepared, onPublished: (files: string[]) => published.push(...files) }),
    });
    // Errors are thrown to the caller, progress is ours: Eleventy's own console lines would only repeat them.
    eleventy.disableLogger();
    // Eleventy renders; writePages writes, several files at once (write.ts says why).
    const rendered = (await eleventy.toJSON()) as RenderedPage[];
    await writePages(rendered);
    const pages = rendered.filter((t) => typeof t.outputPath === "string" && t.outputPath.endsWith(".html")).length;
    log(`  ${pages} halaman HTML`);
    if (recycled) {
      // Before the search index reads the pages: only what this build wrote may remain.
      const written = new Set([
        ...rendered.flatMap((t) => (typeof t.outputPath === "string" ? [resolve(t.outputPath)] : [])),
        ...published.map((f) => resolve(f)),
      ]);
      await removeUnwritten(temp, written);
    }
    if (options.search !== false) {
      log("Membuat indeks pencarian (Pagefind)");
      const indexed = await buildSearchIndex(temp);
      log(`  ${indexed} halaman diperiksa; entri publik masuk indeks`);
    }
    await options.beforePublish?.(temp);
    await swapInto(temp, outputDir, { spareDir, trashDir });
    const ms = Math.round(performance.now() - started);
    log(`Selesai: ${outputDir} (${(ms / 1000).toFixed(1)} s)`);
    return { outputDir, pages, ms };
  } catch (error) {
    await prepared.images.close().catch(() => {}); // stops the encoder; the error that matters is `error`
    await discard(temp, trashDir);
    throw error;
  }
}

/**
 * Replaces `outputDir` with `ready`: two renames on one file system; on failure the old output is
 * put back. The old output steps aside into the spare slot, else into the trash (deleted in the
 * background), else (cache on another file system) next to the output, deleted here.
 */
async function swapInto(
  ready: string,
  outputDir: string,
  caches: { spareDir: string; trashDir: string },
): Promise<void> {
  let old: { path: string; then: "keep" | "background" | "delete" } | undefined;
  try {
    if (await keepAsSpare(outputDir, caches.spareDir)) old = { path: caches.spareDir, then: "keep" };
    else {
      const trashed = await moveToTrash(outputDir, caches.trashDir);
      old = trashed
        ? { path: trashed, then: "background" }
        : { path: `${outputDir}.old-${process.pid}-${Date.now()}`, then: "delete" };
      if (!trashed) await rename(outputDir, old.path);
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    old = undefined;
  }
  try {
    await rename(ready, outputDir);
  } catch (error) {
    if (old) await rename(old.path, outputDir);
    throw error;
  }
  if (old?.then === "background") removeInBackground(old.path);
  else if (old?.then === "delete") await rm(old.path, { recursive: true, force: true });
}

/** A failed build's folder: into the trash and deleted in the background (a recycled one is a whole site). */
async function discard(dir: string, trashDir: string): Promise<void> {
  const trashed = await moveToTrash(dir, trashDir).catch(() => undefined);
  if (trashed) removeInBackground(trashed);
  else await rm(dir, { recursive: true, force: true });
}
