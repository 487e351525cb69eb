/** The site's own stylesheet and scripts, published under content-hashed names so browsers may cache them for good. */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { SiteAssets } from "./layouts/BaseLayout.tsx";

const SOURCES = { css: "style.css", video: "video.js", search: "search.js" } as const;

export interface AssetFiles {
  urls: SiteAssets;
  /** Site path → file contents. */
  files: Map<string, string>;
}

export async function loadAssets(): Promise<AssetFiles> {
  const files = new Map<string, string>();
  const urls = {} as SiteAssets;
  for (const [key, name] of Object.entries(SOURCES) as [keyof SiteAssets, string][]) {
    const text = await readFile(fileURLToPath(new URL(`./assets/${name}`, import.meta.url)), "utf8");
    const hash = createHash("sha256").update(text).digest("hex").slice(0, 10);
    const url = `/assets/${name.replace(/(\.\w+)$/, `.${hash}$1`)}`;
    urls[key] = url;
    files.set(url, text);
  }
  return { urls, files };
}
