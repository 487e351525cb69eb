/**
 * The spare output: a build writes over the tree two builds back, and what it did not write
 * (an entry deleted since) never reaches the new output, which equals a build from scratch.
 */
import { existsSync } from "node:fs";
import { mkdir, readdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build.ts";
import { removeUnwritten, spareDirOf } from "../../src/site/spare.ts";
import { defaultEntries, makeContentFixture, markdown, removeContentFixture } from "../content/fixture.ts";
import { listFiles, SAMPLE_NOW, treeHashes as snapshot } from "./helpers.ts";

let contentDir: string;
let root: string;

const build = (outputDir: string, cacheDir: string) =>
  buildSite({ contentDir, outputDir, cacheDir, now: SAMPLE_NOW, quiet: true, search: false });

beforeAll(async () => {
  contentDir = await makeContentFixture();
  root = dirname(contentDir);
});
afterAll(async () => {
  if (contentDir) await removeContentFixture(contentDir);
});

describe("removeUnwritten", () => {
  it("deletes the files not written and the folders they leave empty, nothing else", async () => {
    const dir = join(root, "pohon");
    await mkdir(join(dir, "berita", "lama"), { recursive: true });
    await mkdir(join(dir, "berita", "baru"), { recursive: true });
    await writeFile(join(dir, "berita", "lama", "index.html"), "lama");
    await writeFile(join(dir, "berita", "baru", "index.html"), "baru");
    await writeFile(join(dir, "index.html"), "beranda");
    const removed = await removeUnwritten(
      dir,
      new Set([join(dir, "index.html"), join(dir, "berita", "baru", "index.html")]),
    );
    expect(removed).toBe(1);
    expect((await listFiles(dir)).sort()).toEqual(["berita/baru/index.html", "index.html"]);
    expect(existsSync(join(dir, "berita", "lama"))).toBe(false);
  });
});

describe("building over the spare output", () => {
  it("reuses the tree of two builds back, drops an entry deleted since, and equals a build from scratch", async () => {
    const cacheDir = join(root, "cache");
    const out = join(root, "_site");
    const extra = join(contentDir, "berita", "2025-11-06-akan-dihapus.md");
    const model = defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!;
    await writeFile(extra, markdown({ ...model.frontMatter, title: "Akan dihapus" }, model.body));

    await build(out, cacheDir); // 1: from scratch
    const firstHome = (await stat(join(out, "index.html"))).ino;
    expect(existsSync(join(out, "berita", "akan-dihapus", "index.html"))).toBe(true);

    await rm(extra);
    await build(out, cacheDir); // 2: from scratch again; build 1's tree becomes the spare
    expect(existsSync(spareDirOf(cacheDir, out))).toBe(true);
    await build(out, cacheDir); // 3: written over build 1's tree

    // The same file, written over in place: the spare was used.
    expect((await stat(join(out, "index.html"))).ino).toBe(firstHome);
    expect(existsSync(join(out, "berita", "akan-dihapus"))).toBe(false);
    const fresh = join(root, "_site-fresh");
    await build(fresh, join(root, "cache-fresh"));
    expect(await snapshot(out)).toEqual(await snapshot(fresh));
  });

  it("deletes the spare of an output folder that no longer exists", async () => {
    const cacheDir = join(root, "cache-orphan");
    const gone = join(root, "_site-sementara");
    await build(gone, cacheDir);
    await build(gone, cacheDir);
    const orphan = spareDirOf(cacheDir, gone);
    expect(existsSync(orphan)).toBe(true);
    await rm(gone, { recursive: true });

    await build(join(root, "_site-lain"), cacheDir);
    expect(existsSync(orphan)).toBe(false);
    expect((await readdir(join(cacheDir, "spare"))).filter((n) => n.startsWith(orphan.split("/").pop()!))).toEqual([]);
  });
});
