/**
 * Responsive images with @11ty/eleventy-img: AVIF + WebP + the original format (JPEG for photos),
 * 480/960/1440 wide (never wider than the original). Encoded files live in a persistent cache
 * folder outside the output, keyed by content hash, so a build into a fresh output folder
 * re-encodes nothing; the build then links (or copies) the files it used into `/img/`.
 * A small manifest (path + size + mtime → result) skips even the hashing on warm builds.
 * Pages only need the renditions' names and sizes, which eleventy-img derives from the image's
 * header (`statsOnly`); the encodes themselves run in a low-priority child process
 * (image-encoder.ts) while Eleventy renders, and `copyUsed` waits for them.
 */
import { existsSync } from "node:fs";
import { copyFile, link, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { ImageMetadata, ImageOptions } from "@11ty/eleventy-img";
import type { ResponsiveImage } from "./view.ts";
import { ImageEncoder } from "./image-encoder.ts";

export const IMAGE_WIDTHS = [480, 960, 1440];
export const IMAGE_URL_PATH = "/img/";

const OPTIONS: ImageOptions = {
  urlPath: IMAGE_URL_PATH,
  // Effort 2 encodes ~3× faster than the default for a few percent more bytes.
  sharpAvifOptions: { quality: 55, effort: 2 },
  sharpWebpOptions: { quality: 75 },
  sharpJpegOptions: { quality: 78, progressive: true },
  fixOrientation: true,
};
const MANIFEST_VERSION = 1;

interface Rendition {
  url: string;
  width: number;
  height: number;
  filename: string;
}
/** Renditions per format, in the order the formats were requested (best first, fallback last). */
type Renditions = { format: string; type: string; items: Rendition[] }[];

export class ImageStore {
  readonly cacheDir: string;
  readonly #contentDir: string;
  readonly #pending = new Map<string, Promise<Renditions>>();
  readonly #used = new Set<string>();
  readonly #encodes: Promise<void>[] = [];
  readonly #encoder = new ImageEncoder();
  #manifest = new Map<string, Renditions>();
  #manifestDirty = false;
  #encoded = 0;

  constructor(options: { contentDir: string; cacheDir: string }) {
    this.#contentDir = options.contentDir;
    this.cacheDir = options.cacheDir;
  }

  get #manifestPath() {
    return join(this.cacheDir, "manifest.json");
  }

  async open(): Promise<void> {
    await mkdir(this.cacheDir, { recursive: true });
    try {
      const saved = JSON.parse(await readFile(this.#manifestPath, "utf8")) as {
        version: number;
        entries: [string, Renditions][];
      };
      if (saved.version === MANIFEST_VERSION) this.#manifest = new Map(saved.entries);
    } catch {
      // No manifest yet (or an unreadable one): every image goes through eleventy-img's disk cache.
    }
  }

  /** Images that went through eleventy-img in this build (cache misses of the manifest). */
  get processed(): number {
    return this.#encoded;
  }

  /** `/media/foto.jpg` (a content media path) → a ResponsiveImage; the files it names are marked for copying. */
  async resolve(
    mediaPath: string,
    alt: string,
    caption?: string,
    widths: number[] = IMAGE_WIDTHS,
  ): Promise<ResponsiveImage> {
    const renditions = await this.#renditions(mediaPath, widths);
    for (const format of renditions) for (const item of format.items) this.#used.add(item.filename);
    return toResponsiveImage(renditions, alt, caption);
  }

  #renditions(mediaPath: string, widths: number[]): Promise<Renditions> {
    const key = `${mediaPath}|${widths.join(",")}`;
    let pending = this.#pending.get(key);
    if (!pending) {
      pending = this.#load(mediaPath, widths);
      this.#pending.set(key, pending);
    }
    return pending;
  }

  async #load(mediaPath: string, widths: number[]): Promise<Renditions> {
    const file = join(this.#contentDir, mediaPath.replace(/^\/+/, ""));
    let info;
    try {
      info = await stat(file);
    } catch {
      throw new Error(
        `Gambar tidak ditemukan: ${mediaPath} (seharusnya di ${file}). Tambahkan berkasnya atau perbaiki alamatnya di entri.`,
      );
    }
    const key = `${mediaPath}|${widths.join(",")}|${info.size}|${Math.trunc(info.mtimeMs)}`;
    const known = this.#manifest.get(key);
    if (known && known.every((f) => f.items.every((i) => existsSync(join(this.cacheDir, i.filename))))) return known;

    this.#encoded++;
    const image = await encoder();
    const options: ImageOptions = { ...OPTIONS, widths, formats: formatsFor(mediaPath), outputDir: this.cacheDir };
    const predicted = toRenditions(await image(file, { ...options, statsOnly: true }));
    const encoding = this.#encoder.encode(file, options).then(
      (metadata) => {
        const written = toRenditions(metadata);
        if (JSON.stringify(written) !== JSON.stringify(predicted)) {
          throw new Error(
            `Gambar ${mediaPath}: versi gambar yang diolah berbeda dari yang disebut halaman. Hapus folder ${this.cacheDir} lalu bangun ulang.`,
          );
        }
        this.#manifest.set(key, written);
        this.#manifestDirty = true;
      },
      (error: unknown) => {
        const cause = error instanceof Error ? error.message.split("\n")[0] : String(error);
        throw new Error(
          `Gambar ${mediaPath} tidak dapat diolah (${cause}); ganti dengan berkas JPEG, PNG atau WebP yang utuh.`,
          { cause: error },
        );
      },
    );
    encoding.catch(() => {}); // reported by copyUsed; a build that fails before then must not crash on it
    this.#encodes.push(encoding);
    return predicted;
  }

  /** Waits for the encodes, then saves the manifest for the next build (it names only finished encodes). */
  async close(): Promise<void> {
    try {
      await Promise.all(this.#encodes);
    } finally {
      this.#encoder.close();
    }
    if (!this.#manifestDirty) return;
    await writeFile(this.#manifestPath, JSON.stringify({ version: MANIFEST_VERSION, entries: [...this.#manifest] }));
    this.#manifestDirty = false;
  }

  /** Puts every rendition used in this build into `<outputDir>/img/` (a hard link when possible, else a copy); returns their paths. */
  async copyUsed(outputDir: string): Promise<string[]> {
    await Promise.all(this.#encodes);
    const target = join(outputDir, IMAGE_URL_PATH);
    await mkdir(target, { recursive: true });
    await Promise.all(
      [...this.#used].map(async (name) => {
        const from = join(this.cacheDir, name);
        const to = join(target, name);
        try {
          await link(from, to);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") return;
          await copyFile(from, to);
        }
      }),
    );
    return [...this.#used].map((name) => join(target, name));
  }
}

/** eleventy-img (and sharp) load only when an image must be encoded: a warm build never needs them (~0.3 s of start-up). */
let loadEncoder: Promise<typeof import("@11ty/eleventy-img").default> | undefined;
const encoder = () => (loadEncoder ??= import("@11ty/eleventy-img").then((m) => m.default));

/** AVIF and WebP for browsers that take them; the fallback keeps PNG/GIF (transparency) and is JPEG otherwise. */
function formatsFor(mediaPath: string): string[] {
  const ext = mediaPath.toLowerCase().split(".").pop();
  return ["avif", "webp", ext === "png" ? "png" : ext === "gif" ? "gif" : "jpeg"];
}

function toRenditions(metadata: ImageMetadata): Renditions {
  return Object.entries(metadata).map(([format, stats]) => ({
    format,
    type: stats[0]!.sourceType,
    items: stats.map((s) => ({ url: s.url, width: s.width, height: s.height, filename: s.filename })),
  }));
}

function toResponsiveImage(renditions: Renditions, alt: string, caption?: string): ResponsiveImage {
  const srcset = (items: Rendition[]) => items.map((i) => `${i.url} ${i.width}w`).join(", ");
  const fallback = renditions[renditions.length - 1]!;
  const widest = fallback.items[fallback.items.length - 1]!;
  return {
    alt,
    caption,
    src: widest.url,
    srcset: fallback.items.length > 1 ? srcset(fallback.items) : undefined,
    width: widest.width,
    height: widest.height,
    sources: renditions.slice(0, -1).map((f) => ({ type: f.type, srcset: srcset(f.items) })),
  };
}
