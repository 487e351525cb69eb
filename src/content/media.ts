/**
 * Media files referenced from content (`/media/...`), decided in one place for the check and the
 * build alike: a reference names a file under the content's media folder (no `..`, no encoded
 * separator, no symlink out of the folder), of a type and size the site publishes
 * (media-types.ts). Nothing outside the media folder is ever read. Each path is looked up once
 * per load, however many entries use it, and each folder's real path once: a file that is not
 * itself a symlink is then one lstat (thousands of references per site).
 */
import { lstat, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { mediaType, mediaTypeIssue, type MediaType } from "./media-types.ts";
import type { RuleId } from "./rules.ts";

/** What is wrong with one media reference. */
export interface MediaFinding {
  rule: RuleId;
  message: string;
  fix: string;
}

export const isInside = (parent: string, child: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

const ESCAPE: MediaFinding = {
  rule: "path-media",
  message: "",
  fix: "tautkan berkas di dalam folder media dengan path lengkap, mis. /media/2026/laporan.pdf (tanpa bagian .. atau \\)",
};
const escapes = (url: string): MediaFinding => ({ ...ESCAPE, message: `path berkas "${url}" keluar dari folder content/media` });

// Separators and control characters a decoded path segment may not hold.
const UNSAFE_SEGMENT = /[/\\\u0000-\u001f\u007f]/;
const SITE = "https://warta.invalid/";

/**
 * The media site path a link, image or field names, as written by an editor (after Markdown's own
 * unescaping): `/media/a%20b.pdf?x#y` → `{ sitePath: "/media/a b.pdf" }`. `undefined` when it names
 * no media file (an external or other site address); a finding when it aims at the media folder,
 * or resolves into it, in any but the plain form, since a browser, a server and a file system
 * disagree about `..`, `%2f`, `\` and case.
 */
export function mediaSitePath(url: string): { sitePath: string } | { finding: MediaFinding } | undefined {
  const written = url.replace(/[?#][\s\S]*$/, "");
  if (!/^[/\\]/.test(written)) return undefined; // only site-rooted paths can reach the media folder
  let resolved = "";
  try {
    resolved = new URL(written, SITE).pathname;
  } catch {
    // not a URL a browser would follow; decided below from the written form
  }
  const decoded = decodeLeniently(written).replace(/\\/g, "/");
  const aimsAtMedia = /^\/+media(\/|$)/i.test(decoded) || /^\/media(\/|$)/i.test(resolved);
  if (!aimsAtMedia) return undefined;
  const [root, folder, ...rest] = written.split("/");
  if (root !== "" || folder !== "media" || rest.length === 0 || written.includes("\\")) return { finding: escapes(url) };
  const segments: string[] = [];
  for (const segment of rest) {
    let part: string;
    try {
      part = decodeURIComponent(segment);
    } catch {
      return { finding: { rule: "path-media", message: `alamat "${url}" memuat kode % yang tidak sah`, fix: "tulis nama berkas apa adanya, tanpa kode %, mis. /media/2026/laporan.pdf" } };
    }
    if (part === "" || part === "." || part === ".." || UNSAFE_SEGMENT.test(part)) return { finding: escapes(url) };
    segments.push(part);
  }
  return { sitePath: `/media/${segments.join("/")}` };
}

/**
 * What is wrong with a reference before any file is looked at: it leaves the media folder, is
 * written oddly, or names a type the site never publishes. Pure, so the admin decides it too.
 */
export function mediaNameIssue(url: string): MediaFinding | undefined {
  const named = mediaSitePath(url);
  if (!named) return escapes(url);
  if ("finding" in named) return named.finding;
  return mediaTypeIssue(named.sitePath, 0, `content${named.sitePath}`);
}

function decodeLeniently(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A file the site may publish: where it really is, and its type. */
export interface MediaFile {
  sitePath: string;
  /** Real path of the file (symlinks resolved), inside the media folder. */
  file: string;
  type: MediaType;
  bytes: number;
}

export type MediaDecision = { ok: true; media: MediaFile } | { ok: false; finding: MediaFinding };

export class MediaFiles {
  private readonly decided = new Map<string, Promise<MediaDecision>>();
  private readonly folders = new Map<string, Promise<string | undefined>>();
  private readonly mediaDir: string;
  private realMediaDir: Promise<string | undefined> | undefined;

  /** `contentDir` absolute; its `media/` folder is the only one files are published from. */
  constructor(private readonly contentDir: string) {
    this.mediaDir = path.join(contentDir, "media");
  }

  /**
   * The one decision on a reference (`/media/2026/foto.jpg` as written in a field or a body):
   * may the site publish it, and from which file. Cached per reference.
   */
  decide(url: string): Promise<MediaDecision> {
    let decision = this.decided.get(url);
    if (!decision) this.decided.set(url, (decision = this.inspect(url)));
    return decision;
  }

  /** The finding for a reference, `undefined` when it is fine. */
  async check(url: string): Promise<MediaFinding | undefined> {
    const decision = await this.decide(url);
    return decision.ok ? undefined : decision.finding;
  }

  /** Real path of a folder (`undefined` when missing), once per folder per load. */
  private realFolder(dir: string): Promise<string | undefined> {
    let real = this.folders.get(dir);
    if (!real) this.folders.set(dir, (real = realpath(dir).catch(() => undefined)));
    return real;
  }

  private async inspect(url: string): Promise<MediaDecision> {
    // The type first: a refused type is refused whether or not the file is there.
    const refused = mediaNameIssue(url);
    if (refused) return { ok: false, finding: refused };
    const { sitePath } = mediaSitePath(url) as { sitePath: string };
    const shown = `content${sitePath}`;
    const refuse = (rule: RuleId, message: string, fix: string): MediaDecision => ({ ok: false, finding: { rule, message, fix } });
    const file = path.join(this.mediaDir, ...sitePath.split("/").slice(2));
    if (!isInside(this.mediaDir, file) || file === this.mediaDir) return { ok: false, finding: escapes(url) };
    const realMediaDir = await (this.realMediaDir ??= realpath(this.mediaDir).catch(() => undefined));
    const notFound = () =>
      refuse(
        "tautan-tidak-ada",
        `berkas ${shown} tidak ditemukan`,
        "unggah berkasnya ke folder media, atau perbaiki path-nya (perhatikan huruf besar/kecil dan ekstensi)",
      );
    // The folder's real path (any symlink on the way resolved), then the file itself: only a
    // symlink needs a realpath of its own, any other file is where its real folder says.
    const realFolder = await this.realFolder(path.dirname(file));
    if (realFolder === undefined) return notFound();
    let info = await lstat(file).catch(() => undefined);
    if (!info) return notFound();
    let real = path.join(realFolder, path.basename(file));
    if (info.isSymbolicLink()) {
      try {
        real = await realpath(file);
        info = await stat(real);
      } catch {
        return notFound();
      }
    }
    if (!realMediaDir || !isInside(realMediaDir, real)) {
      return refuse("media-berkas-biasa", `berkas ${shown} adalah tautan (symlink) ke luar folder content/media`, "ganti tautan itu dengan salinan berkasnya di content/media/");
    }
    if (!info.isFile()) {
      return refuse("media-berkas-biasa", `${shown} bukan berkas`, "tunjuk berkas gambar/dokumen di dalam folder itu, bukan foldernya");
    }
    const sizeIssue = mediaTypeIssue(sitePath, info.size, shown);
    if (sizeIssue) return { ok: false, finding: sizeIssue };
    return { ok: true, media: { sitePath, file: real, type: mediaType(sitePath)!, bytes: info.size } };
  }
}
