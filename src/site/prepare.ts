/**
 * Everything before Eleventy renders: load and validate the content, render the public bodies
 * (cached Markdown), resolve images (cached encodes), and build the page model.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadValidContent } from "../content/load.ts";
import {
  MarkdownCache,
  prestartWorkers,
  renderingInspector,
  stopIdleWorkers,
  WORKER_THRESHOLD,
  type RenderedMarkdown,
} from "../markdown/index.ts";
import { ImageStore } from "./images.ts";
import { buildModel, publicEntries, type SiteModel } from "./model.ts";
import { loadAssets, type AssetFiles } from "./assets.ts";

/** `.cache/` in the project root, whatever the working directory. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL("../../.cache", import.meta.url));

export interface SiteOptions {
  /** Content folder; default `content` (or `WARTA_CONTENT`). */
  contentDir?: string | undefined;
  /** The build's clock: only entries public at this instant appear. Default: now (or `WARTA_NOW`). */
  now?: Date | undefined;
  /** Persistent caches (`img/`, `markdown/`); default `.cache` in the project root. */
  cacheDir?: string | undefined;
  /** Progress lines. */
  log?: ((line: string) => void) | undefined;
}

export interface PreparedSite {
  model: SiteModel;
  images: ImageStore;
  assets: AssetFiles;
  contentDir: string;
}

/** Options from the environment, for `eleventy --config=.eleventy.ts` runs. */
export function siteOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): SiteOptions {
  const now = env.WARTA_NOW ? new Date(env.WARTA_NOW) : undefined;
  if (now && Number.isNaN(now.getTime()))
    throw new Error(`WARTA_NOW bukan tanggal-waktu ISO: ${env.WARTA_NOW} (contoh: 2026-12-03T09:00:00+07:00).`);
  return { contentDir: env.WARTA_CONTENT || undefined, now };
}

export async function prepareSite(options: SiteOptions = {}): Promise<PreparedSite> {
  const log = options.log ?? (() => {});
  const contentDir = resolve(options.contentDir ?? "content");
  const cacheDir = resolve(options.cacheDir ?? DEFAULT_CACHE_DIR);
  const now = options.now ?? new Date();

  const progress = (what: string) => {
    let last = -1;
    return (done: number, total: number) => {
      const step = total === 0 ? 100 : Math.floor((done / total) * 10) * 10;
      if (step !== last && (step === 100 || done === 0 || total > 200)) log(`${what} ${done}/${total}`);
      last = step;
    };
  };

  log(`Memuat konten dari ${contentDir}`);
  const markdown = new MarkdownCache({ dir: join(cacheDir, "markdown") });
  const loading = progress("  konten");
  const onProgress = (done: number, total: number) => {
    // Far more files than cached bodies: the Markdown workers can start while the content loads.
    if (done === 0 && total - markdown.size > WORKER_THRESHOLD) prestartWorkers();
    loading(done, total);
  };
  // The loader checks each body from the render's own parse (links, media): every body is
  // rendered once, here, and the public ones are then taken from `rendered`.
  const rendered = new Map<string, RenderedMarkdown>();
  const inspectBodies = renderingInspector({
    cache: markdown,
    onProgress: progress("  markdown"),
    onRendered: (bodies, docs) => bodies.forEach((body, i) => rendered.set(body, docs[i]!)),
  });
  const content = await loadValidContent(contentDir, {
    onProgress,
    cacheDir: join(cacheDir, "content"),
    inspectBodies,
  }).catch(async (error: unknown) => {
    await stopIdleWorkers(); // started for a render that will not come
    throw error;
  });
  const entries = publicEntries(content, now);
  log(`${entries.length} entri publik per ${now.toISOString()}`);

  const images = new ImageStore({ contentDir, cacheDir: join(cacheDir, "img") });
  await images.open();
  log("Menyiapkan gambar");
  const model = await buildModel({
    content,
    now,
    bodies: new Map(entries.map((e) => [e, rendered.get(e.body)!])),
    images,
  });
  log(`  ${images.processed} gambar diproses (sisanya dari cache)`);
  const assets = await loadAssets();
  model.assets = assets.urls;
  return { model, images, assets, contentDir };
}
