/**
 * Puts the admin into a built site: `/admin/index.html`, `/admin/config.yml`, Decap's whole
 * `dist/` folder as `/admin/decap/` (no CDN), our bundle `/admin/warta-admin.js`, and
 * `/admin/preview-data.js` (site settings, menu and divisions for the preview).
 */
import { createRequire } from "node:module";
import { copyFile, link, mkdir, readdir, readFile, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import { buildAdminBundle } from "./bundle.ts";
import { cmsConfig, cmsConfigYaml } from "./config.ts";
import { readSiteFile } from "./generate.ts";

const ADMIN_DIR = fileURLToPath(new URL("../../admin/", import.meta.url));
const DECAP_DIST = join(dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");

export interface CopyAdminOptions {
  /** Content folder whose `_data/` feeds the preview; default `content` beside `admin/`. */
  contentDir?: string;
  /**
   * decap-server's URL when it does not run on the default port: the output then gets a
   * `config.yml` generated with it (local use only; a deploy keeps the committed file).
   */
  localBackendUrl?: string;
  /** Where the bundle is cached between builds; default `.cache` beside `admin/`. */
  cacheDir?: string;
}

/** Writes the admin into `<outputDir>/admin/`. */
export async function copyAdmin(outputDir: string, options: CopyAdminOptions = {}): Promise<void> {
  const out = join(outputDir, "admin");
  const contentDir = options.contentDir ?? join(ADMIN_DIR, "..", "content");
  await mkdir(out, { recursive: true });
  await copyFile(join(ADMIN_DIR, "index.html"), join(out, "index.html"));
  if (options.localBackendUrl) {
    const site = await readSiteFile(join(contentDir, "_data", "site.yml"));
    await writeFile(
      join(out, "config.yml"),
      cmsConfigYaml(cmsConfig(site, { localBackendUrl: options.localBackendUrl })),
    );
  } else {
    await copyFile(join(ADMIN_DIR, "config.yml"), join(out, "config.yml"));
  }
  await writeFile(join(out, "preview-data.js"), await previewDataScript(contentDir));
  await publishLogo(outputDir, contentDir);
  await buildAdminBundle(join(out, "warta-admin.js"), {
    cacheDir: options.cacheDir ?? join(ADMIN_DIR, "..", ".cache"),
  });
  await mirror(DECAP_DIST, join(out, "decap"));
}

/** `window.WARTA_PREVIEW_DATA = {site, menu, divisions}` from `<contentDir>/_data/*.yml`. */
export async function previewDataScript(contentDir: string): Promise<string> {
  const read = async (name: string) =>
    YAML.parse(await readFile(join(contentDir, "_data", `${name}.yml`), "utf8")) ?? {};
  const data = { site: await read("site"), menu: await read("menu"), divisions: await read("divisions") };
  const json = JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `window.WARTA_PREVIEW_DATA = ${json};\n`;
}

/** The admin shows the site's logo by its media path; the site itself may only publish renditions of it. */
async function publishLogo(outputDir: string, contentDir: string): Promise<void> {
  const site = YAML.parse(await readFile(join(contentDir, "_data", "site.yml"), "utf8").catch(() => "")) as {
    logo?: unknown;
  } | null;
  const logo = typeof site?.logo === "string" && site.logo.startsWith("/media/") ? site.logo : undefined;
  if (!logo || (await exists(join(outputDir, logo)))) return;
  await mkdir(dirname(join(outputDir, logo)), { recursive: true });
  await copyFile(join(contentDir, logo), join(outputDir, logo)).catch(() => undefined);
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

/**
 * Makes `to` hold the files of `from` (66 MB for Decap): hard links where the file system allows,
 * copies otherwise; files already there with the same size and age are left alone.
 */
async function mirror(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      await mirror(source, target);
      continue;
    }
    const [s, t] = await Promise.all([stat(source), stat(target).catch(() => undefined)]);
    if (t && t.size === s.size && (t.ino === s.ino || t.mtimeMs >= s.mtimeMs)) continue;
    if (t) await unlink(target);
    await link(source, target).catch(() => copyFile(source, target));
  }
}
