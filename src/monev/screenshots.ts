/**
 * Screenshots for the report (SOP step 9: "screenshot menu website, screenshot hasil update data"):
 * the main menus and every page updated in the month, from the built site, at a desktop and a
 * mobile width. Viewport captures (what a visitor sees first), so every image has a known size.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { MenuData } from "../content/schema.ts";
import { localOnlyContext } from "./browser.ts";
import { serveStatic } from "../site/serve.ts";
import type { MonevItem } from "./model.ts";
import type { Screenshot } from "./report.ts";

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  mobile: { width: 390, height: 844 },
} as const;

/** Folder of the screenshots inside the report folder. */
export const SCREENSHOT_DIR = "tangkapan-layar";
/** The compact copies the PDF prints (the full-size PNGs stay beside the report). */
export const THUMBNAIL_DIR = `${SCREENSHOT_DIR}/kecil`;

/**
 * Thumbnail widths in pixels: the printed sizes (108 mm desktop, 31 mm phone on the menu pages)
 * at about 150 dpi, legible on paper; JPEG at quality 72 keeps a page of screenshots near 100 KB.
 */
export const THUMBNAIL = { desktopWidth: 640, mobileWidth: 190, quality: 72 } as const;

async function thumbnail(png: string, jpeg: string, width: number): Promise<void> {
  const { default: sharp } = await import("sharp");
  await sharp(png)
    .resize({ width, withoutEnlargement: true })
    .flatten({ background: "#ffffff" })
    .jpeg({ quality: THUMBNAIL.quality, mozjpeg: true })
    .toFile(jpeg);
}

export interface PageToCapture {
  /** Site path, e.g. `/berita/` or `/berita/judul/`. */
  path: string;
  title: string;
  kind: "menu" | "update";
}

/** The built file that serves a site path. */
const builtFile = (siteDir: string, path: string) =>
  join(siteDir, ...path.split("/").filter(Boolean), path.endsWith("/") ? "index.html" : "");

/** Main-menu pages first, then each updated page once; pages the build does not have are returned as missing. */
export function pagesToCapture(
  menu: MenuData,
  updated: readonly MonevItem[],
  siteDir: string,
): { pages: PageToCapture[]; missing: string[] } {
  const wanted: PageToCapture[] = [];
  const seen = new Set<string>();
  const add = (p: PageToCapture) => {
    if (seen.has(p.path)) return;
    seen.add(p.path);
    wanted.push(p);
  };
  for (const item of menu.items) if (item.url.startsWith("/")) add({ path: item.url, title: item.label, kind: "menu" });
  for (const item of updated) if (item.url) add({ path: item.url, title: item.title, kind: "update" });
  const pages = wanted.filter((p) => existsSync(builtFile(siteDir, p.path)));
  const missing = wanted.filter((p) => !pages.includes(p)).map((p) => p.path);
  return { pages, missing };
}

/** `01-menu-beranda`, `09-konten-berita-judul` */
export function screenshotName(index: number, page: PageToCapture): string {
  const slug =
    page.path
      .replace(/^\/+|\/+$/g, "")
      .replace(/[^A-Za-z0-9]+/g, "-")
      .toLowerCase() || "beranda";
  return `${String(index + 1).padStart(2, "0")}-${page.kind === "menu" ? "menu" : "konten"}-${slug}`.slice(0, 100);
}

export async function takeScreenshots(options: {
  browser: Browser;
  siteDir: string;
  pages: readonly PageToCapture[];
  /** The report folder; images go to its `tangkapan-layar/`. */
  outDir: string;
  log?: (line: string) => void;
}): Promise<Screenshot[]> {
  const log = options.log ?? (() => {});
  await mkdir(join(options.outDir, THUMBNAIL_DIR), { recursive: true });
  const server = await serveStatic(options.siteDir);
  const desktop = await localOnlyContext(options.browser, { viewport: VIEWPORTS.desktop, deviceScaleFactor: 1 });
  const mobile = await localOnlyContext(options.browser, {
    viewport: VIEWPORTS.mobile,
    deviceScaleFactor: 1,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const [desktopPage, mobilePage] = await Promise.all([desktop.newPage(), mobile.newPage()]);
    const shots: Screenshot[] = [];
    for (const [index, page] of options.pages.entries()) {
      const name = screenshotName(index, page);
      const files = {
        desktop: `${SCREENSHOT_DIR}/${name}-desktop.png`,
        mobile: `${SCREENSHOT_DIR}/${name}-ponsel.png`,
        desktopThumb: `${THUMBNAIL_DIR}/${name}-desktop.jpg`,
        mobileThumb: `${THUMBNAIL_DIR}/${name}-ponsel.jpg`,
      };
      for (const [tab, file] of [
        [desktopPage, files.desktop],
        [mobilePage, files.mobile],
      ] as const) {
        const response = await tab.goto(server.origin + page.path, { waitUntil: "load" });
        if (!response?.ok())
          throw new Error(
            `Halaman ${page.path} tidak dapat dibuka dari situs hasil build (HTTP ${response?.status() ?? "?"}).`,
          );
        await tab.screenshot({ path: join(options.outDir, file), type: "png", animations: "disabled", caret: "hide" });
      }
      await thumbnail(
        join(options.outDir, files.desktop),
        join(options.outDir, files.desktopThumb),
        THUMBNAIL.desktopWidth,
      );
      await thumbnail(
        join(options.outDir, files.mobile),
        join(options.outDir, files.mobileThumb),
        THUMBNAIL.mobileWidth,
      );
      shots.push({ path: page.path, title: page.title, kind: page.kind, ...files });
      log(`  tangkapan layar ${index + 1}/${options.pages.length}: ${page.path}`);
    }
    return shots;
  } finally {
    await Promise.all([desktop.close(), mobile.close()]);
    await server.close();
  }
}
