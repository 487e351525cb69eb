/**
 * Media files referenced from content (`/media/...`): they must exist, stay inside the content
 * folder (no `..`, no symlink out) and stay under the size limits. Each path is looked up once
 * per load, however many entries use it.
 */
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { ATTACHMENT_EXTENSIONS, IMAGE_EXTENSIONS, LIMITS, VIDEO_EXTENSIONS } from "./schema.ts";
import { megabytes } from "./problems.ts";

export type MediaKind = "image" | "attachment" | "video";

export function mediaKind(sitePath: string): MediaKind | undefined {
  const ext = path.posix.extname(sitePath).slice(1).toLowerCase();
  if ((IMAGE_EXTENSIONS as readonly string[]).includes(ext)) return "image";
  if ((ATTACHMENT_EXTENSIONS as readonly string[]).includes(ext)) return "attachment";
  if ((VIDEO_EXTENSIONS as readonly string[]).includes(ext)) return "video";
  return undefined;
}

const LIMIT: Record<MediaKind, number> = {
  image: LIMITS.imageBytes,
  attachment: LIMITS.attachmentBytes,
  video: LIMITS.videoBytes,
};

const SHRINK: Record<MediaKind, string> = {
  image: "perkecil ukuran gambar (mis. lebar 2000 piksel, kualitas JPEG 80%) lalu unggah ulang",
  attachment: "kompres PDF atau pecah menjadi beberapa berkas lampiran",
  video: "kompres video, atau unggah ke YouTube dan isi kolom youtube",
};

/** What is wrong with one media reference; `undefined` when the file is fine. */
export interface MediaFinding {
  message: string;
  fix: string;
}

export const isInside = (parent: string, child: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

export class MediaFiles {
  private readonly checked = new Map<string, Promise<MediaFinding | undefined>>();
  private readonly mediaDir: string;

  /** `contentDir` absolute; `realContentDir` its realpath (symlink targets are compared with it). */
  constructor(
    private readonly contentDir: string,
    private readonly realContentDir: string,
  ) {
    this.mediaDir = path.join(contentDir, "media");
  }

  /** Checks a site path such as `/media/2026/foto.jpg` (cached per path). */
  check(sitePath: string): Promise<MediaFinding | undefined> {
    let finding = this.checked.get(sitePath);
    if (!finding) this.checked.set(sitePath, (finding = this.inspect(sitePath)));
    return finding;
  }

  private async inspect(sitePath: string): Promise<MediaFinding | undefined> {
    const file = path.join(this.contentDir, ...sitePath.split("/"));
    const shown = `content${sitePath}`;
    if (sitePath.includes("\0") || !isInside(this.mediaDir, file) || file === this.mediaDir) {
      return {
        message: `path berkas "${sitePath}" keluar dari folder content/media`,
        fix: "pakai berkas yang ada di dalam content/media/, tanpa bagian .. pada path",
      };
    }
    let real: string;
    try {
      real = await realpath(file);
    } catch {
      return {
        message: `berkas ${shown} tidak ditemukan`,
        fix: "unggah berkasnya ke folder media, atau perbaiki path-nya (perhatikan huruf besar/kecil dan ekstensi)",
      };
    }
    if (!isInside(this.realContentDir, real)) {
      return {
        message: `berkas ${shown} adalah tautan (symlink) ke luar folder content/`,
        fix: "ganti tautan itu dengan salinan berkasnya di content/media/",
      };
    }
    const info = await stat(real);
    if (!info.isFile()) {
      return { message: `${shown} bukan berkas`, fix: "tunjuk berkas gambar/dokumen di dalam folder itu, bukan foldernya" };
    }
    const kind = mediaKind(sitePath);
    if (kind && info.size > LIMIT[kind]) {
      return {
        message: `berkas ${shown} berukuran ${megabytes(info.size)}, melebihi batas ${megabytes(LIMIT[kind])}`,
        fix: SHRINK[kind],
      };
    }
    return undefined;
  }
}
