/** Responsive images: formats, widths capped at the original, and a cache that makes rebuilds encode nothing. */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ImageStore } from "../../src/site/images.ts";

let root: string;
let contentDir: string;
let cacheDir: string;

const mtimes = async (dir: string) =>
  new Map(await Promise.all((await readdir(dir)).map(async (f) => [f, (await stat(join(dir, f))).mtimeMs] as const)));

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "warta-images-"));
  contentDir = join(root, "content");
  cacheDir = join(root, "cache");
  await mkdir(join(contentDir, "media"), { recursive: true });
  const photo = await sharp({ create: { width: 1000, height: 600, channels: 3, background: { r: 30, g: 120, b: 80 } } })
    .jpeg()
    .toBuffer();
  await writeFile(join(contentDir, "media", "foto.jpg"), photo);
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("ImageStore", () => {
  it("makes AVIF and WebP sources and a JPEG fallback, never wider than the original", async () => {
    const store = new ImageStore({ contentDir, cacheDir });
    await store.open();
    const image = await store.resolve("/media/foto.jpg", "Kebun teh di lereng bukit", "Keterangan");
    await store.close();
    expect(store.processed).toBe(1);
    expect(image.sources.map((s) => s.type)).toEqual(["image/avif", "image/webp"]);
    expect(image.src).toMatch(/^\/img\/[\w-]+-960\.jpeg$/);
    expect(image.srcset).toMatch(/-480\.jpeg 480w, \/img\/[\w-]+-960\.jpeg 960w$/);
    expect([image.width, image.height]).toEqual([960, 576]);
    expect(image.alt).toBe("Kebun teh di lereng bukit");
    expect(image.caption).toBe("Keterangan");

    const out = join(root, "out-1");
    expect((await store.copyUsed(out)).length).toBe(6);
    expect(existsSync(join(out, image.src))).toBe(true);
  });

  it("a new build with the same cache encodes nothing and still publishes every file", async () => {
    const encoded = await mtimes(cacheDir);
    const store = new ImageStore({ contentDir, cacheDir });
    await store.open();
    const image = await store.resolve("/media/foto.jpg", "Kebun teh");
    expect(store.processed).toBe(0);
    const out = join(root, "out-2");
    await store.copyUsed(out);
    for (const s of [image.src, ...image.sources.flatMap((x) => x.srcset.split(", ").map((c) => c.split(" ")[0]!))]) {
      expect(existsSync(join(out, s)), s).toBe(true);
    }
    expect(await mtimes(cacheDir)).toEqual(encoded);
  });

  it("without the manifest the encoded files are found on disk and not written again", async () => {
    await rm(join(cacheDir, "manifest.json"));
    const encoded = await mtimes(cacheDir);
    const store = new ImageStore({ contentDir, cacheDir });
    await store.open();
    await store.resolve("/media/foto.jpg", "Kebun teh");
    await store.close();
    for (const [file, time] of encoded) expect((await stat(join(cacheDir, file))).mtimeMs, file).toBe(time);
  });

  it("a photo that cannot be encoded fails the publishing step, naming the file", async () => {
    // A JPEG cut short: its header (and so the names and sizes the pages use) reads fine; the encode fails later.
    const whole = await sharp({
      create: { width: 800, height: 500, channels: 3, background: { r: 200, g: 40, b: 40 } },
    })
      .jpeg()
      .toBuffer();
    await writeFile(join(contentDir, "media", "terpotong.jpg"), whole.subarray(0, 400));
    const store = new ImageStore({ contentDir, cacheDir });
    await store.open();
    const image = await store.resolve("/media/terpotong.jpg", "Foto rusak").catch((error: Error) => error);
    const failure =
      image instanceof Error
        ? image
        : await store.copyUsed(join(root, "out-3")).then(
            () => undefined,
            (error: Error) => error,
          );
    expect(failure?.message).toMatch(/terpotong\.jpg/);
  });

  it("names a missing image and where it was looked for", async () => {
    const store = new ImageStore({ contentDir, cacheDir });
    await store.open();
    await expect(store.resolve("/media/tidak-ada.jpg", "Foto")).rejects.toThrow(/\/media\/tidak-ada\.jpg/);
  });
});
