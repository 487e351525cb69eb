/**
 * `buildSite`: content → Eleventy → Pagefind, into a temporary folder next to the output, swapped
 * into place only when everything succeeded. A failed build (invalid content, a missing file, a
 * template error) leaves the previous output untouched and removes its temporary folder.
 */
import { mkdtemp, rename, rm } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";
import { Eleventy } from "@11ty/eleventy";
import wartaSite from "./index.ts";
import { prepareSite } from "./prepare.ts";
import { buildSearchIndex } from "./search.ts";
import { writePages, type RenderedPage } from "./write.ts";

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
  ensureTypeScriptLoader();

  // Content errors surface here, before any folder is created.
  const prepared = await prepareSite({ contentDir: options.contentDir, now: options.now, cacheDir: options.cacheDir, log });

  const temp = await mkdtemp(join(dirname(outputDir), `${basename(outputDir)}.building-`));
  try {
    log("Membangun halaman (Eleventy)");
    const eleventy = new Eleventy(undefined, temp, {
      configPath: relative(process.cwd(), CONFIG_FILE),
      quietMode: true,
      config: (eleventyConfig) => eleventyConfig.addPlugin(wartaSite, { prepared }),
    });
    // Errors are thrown to the caller, progress is ours: Eleventy's own console lines would only repeat them.
    eleventy.disableLogger();
    // Eleventy renders; writePages writes, several files at once (write.ts says why).
    const rendered = (await eleventy.toJSON()) as RenderedPage[];
    await writePages(rendered);
    const pages = rendered.filter((t) => typeof t.outputPath === "string" && t.outputPath.endsWith(".html")).length;
    log(`  ${pages} halaman HTML`);
    if (options.search !== false) {
      log("Membuat indeks pencarian (Pagefind)");
      const indexed = await buildSearchIndex(temp);
      log(`  ${indexed} halaman diperiksa; entri publik masuk indeks`);
    }
    await options.beforePublish?.(temp);
    await swapInto(temp, outputDir);
    const ms = Math.round(performance.now() - started);
    log(`Selesai: ${outputDir} (${(ms / 1000).toFixed(1)} s)`);
    return { outputDir, pages, ms };
  } catch (error) {
    await prepared.images.close().catch(() => {}); // stops the encoder; the error that matters is `error`
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Replaces `outputDir` with `ready`: two renames on one file system, the old output put back if the second fails, then deleted. */
async function swapInto(ready: string, outputDir: string): Promise<void> {
  const old = `${outputDir}.old-${process.pid}-${Date.now()}`;
  let moved = true;
  await rename(outputDir, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
    moved = false;
  });
  try {
    await rename(ready, outputDir);
  } catch (error) {
    if (moved) await rename(old, outputDir);
    throw error;
  }
  if (moved) await rm(old, { recursive: true, force: true });
}
