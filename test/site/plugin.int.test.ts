/**
 * The site plugin on its own, as `.eleventy.ts` runs it (`eleventy --config=.eleventy.ts`, no
 * `buildSite`): after Eleventy has written the pages, it publishes what they use (image
 * renditions, media, assets, sitemap) just as a `buildSite` build does.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";
import { Eleventy } from "@11ty/eleventy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import wartaSite from "../../src/site/index.ts";
import { makeContentFixture, removeContentFixture } from "../content/fixture.ts";
import { SAMPLE_NOW } from "./helpers.ts";

const CONFIG_FILE = fileURLToPath(new URL("../../.eleventy.ts", import.meta.url));
let contentDir: string;
let tmp: string;
let unregister: (() => Promise<void>) | undefined;

beforeAll(async () => {
  contentDir = await makeContentFixture();
  tmp = await mkdtemp(join(tmpdir(), "warta-plugin-"));
  // Eleventy imports `.eleventy.ts` and the `.11ty.tsx` pages itself.
  unregister = register();
});
afterAll(async () => {
  await unregister?.();
  if (contentDir) await removeContentFixture(contentDir);
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("the site plugin without buildSite", () => {
  it("publishes the images, media, assets and sitemap the pages use", async () => {
    const out = join(tmp, "_site");
    // The plugin is unique: this registration (with a cache folder of the test's own) is the one
    // `.eleventy.ts` would otherwise make from WARTA_CONTENT and WARTA_NOW.
    const eleventy = new Eleventy(undefined, out, {
      configPath: relative(process.cwd(), CONFIG_FILE),
      quietMode: true,
      config: (eleventyConfig: any) =>
        eleventyConfig.addPlugin(wartaSite, { contentDir, now: SAMPLE_NOW, cacheDir: join(tmp, "cache") }),
    });
    eleventy.disableLogger();
    await eleventy.write();
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "sitemap.xml"))).toBe(true);
    expect((await readdir(join(out, "assets"))).some((f) => f.endsWith(".css"))).toBe(true);
    expect((await readdir(join(out, "img"))).length).toBeGreaterThan(0);
    expect(existsSync(join(out, "media", "dokumen", "materi.pdf"))).toBe(true);
  }, 120_000);
});
