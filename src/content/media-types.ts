/**
 * What the site may publish from its media folder, by file extension, each with a size limit.
 * One list, read by the check, the build and (later) the CMS config; zod-free so the admin
 * bundle can import it. Anything not listed is refused. Active types (SVG, HTML, scripts,
 * Markdown sources) are never published: a browser would run what is inside them.
 */
import { LIMITS } from "./constants.ts";
import { megabytes } from "./problems.ts";
import type { RuleId } from "./rules.ts";

export type MediaKind = "image" | "document" | "data" | "video" | "audio";

export interface MediaType {
  kind: MediaKind;
  /** Largest file published, in bytes. */
  maxBytes: number;
}

const MB = 1024 * 1024;
const image: MediaType = { kind: "image", maxBytes: LIMITS.imageBytes };
const document: MediaType = { kind: "document", maxBytes: LIMITS.attachmentBytes };
// Plain data is read as text (served with nosniff), never run; large tables belong in XLSX/ODS.
const data: MediaType = { kind: "data", maxBytes: 10 * MB };
const video: MediaType = { kind: "video", maxBytes: LIMITS.videoBytes };
const audio: MediaType = { kind: "audio", maxBytes: LIMITS.attachmentBytes };

/** Extension (lower case, no dot) → type. */
export const MEDIA_TYPES: Readonly<Record<string, MediaType>> = {
  jpg: image, jpeg: image, png: image, webp: image, avif: image, gif: image,
  pdf: document, docx: document, xlsx: document, pptx: document, odt: document, ods: document, odp: document,
  csv: data, txt: data,
  mp4: video, webm: video,
  mp3: audio, m4a: audio, ogg: audio,
};

/** Refused types an editor is likely to try, with the way out. */
const REFUSED_FIXES: Readonly<Record<string, string>> = {
  svg: "ekspor gambar SVG sebagai PNG (mis. Inkscape: Berkas → Ekspor PNG), unggah PNG-nya, lalu tautkan berkas .png itu",
  svgz: "ekspor gambar SVG sebagai PNG, unggah PNG-nya, lalu tautkan berkas .png itu",
  md: "tautkan alamat halamannya (mis. /informasi-publik/judul-dokumen/), bukan berkas sumber .md",
  markdown: "tautkan alamat halamannya, bukan berkas sumber Markdown",
  html: "jadikan isinya entri Halaman di admin, atau ekspor sebagai PDF lalu tautkan PDF-nya",
  htm: "jadikan isinya entri Halaman di admin, atau ekspor sebagai PDF lalu tautkan PDF-nya",
  xhtml: "jadikan isinya entri Halaman di admin, atau ekspor sebagai PDF lalu tautkan PDF-nya",
  doc: "simpan ulang dokumen sebagai DOCX atau PDF lalu tautkan berkas itu",
  xls: "simpan ulang lembar kerja sebagai XLSX atau CSV lalu tautkan berkas itu",
  ppt: "simpan ulang presentasi sebagai PPTX atau PDF lalu tautkan berkas itu",
  docm: "simpan ulang tanpa makro sebagai DOCX atau PDF",
  xlsm: "simpan ulang tanpa makro sebagai XLSX",
  pptm: "simpan ulang tanpa makro sebagai PPTX atau PDF",
  zip: "unggah dokumennya satu per satu (PDF, DOCX, XLSX…) dan tautkan masing-masing",
  rar: "unggah dokumennya satu per satu (PDF, DOCX, XLSX…) dan tautkan masing-masing",
  "7z": "unggah dokumennya satu per satu (PDF, DOCX, XLSX…) dan tautkan masing-masing",
  mov: "ubah video menjadi MP4 (H.264), atau unggah ke YouTube dan tautkan alamatnya",
  avi: "ubah video menjadi MP4 (H.264), atau unggah ke YouTube dan tautkan alamatnya",
  heic: "ekspor foto sebagai JPEG lalu unggah ulang",
  tif: "ekspor gambar sebagai JPEG atau PNG lalu unggah ulang",
  tiff: "ekspor gambar sebagai JPEG atau PNG lalu unggah ulang",
};

const SHRINK: Record<MediaKind, string> = {
  image: "perkecil ukuran gambar (mis. lebar 2000 piksel, kualitas JPEG 80%) lalu unggah ulang",
  document: "kompres dokumen (mis. PDF dengan kualitas gambar lebih rendah) atau pecah menjadi beberapa berkas",
  data: "pecah data menjadi beberapa berkas, atau simpan sebagai XLSX/ODS",
  video: "kompres video, atau unggah ke YouTube dan isi kolom youtube",
  audio: "kompres audio (mis. MP3 128 kbps) atau pecah menjadi beberapa berkas",
};

/** Extensions of one kind, e.g. for an upload field's accept list. */
export const extensionsOf = (...kinds: MediaKind[]): string[] =>
  Object.entries(MEDIA_TYPES)
    .filter(([, type]) => kinds.includes(type.kind))
    .map(([ext]) => ext);

/** Lower-case extension of a path, without the dot ("" when there is none). */
export function extensionOf(sitePath: string): string {
  const name = sitePath.slice(sitePath.lastIndexOf("/") + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
}

export function mediaType(sitePath: string): MediaType | undefined {
  const ext = extensionOf(sitePath);
  return Object.hasOwn(MEDIA_TYPES, ext) ? MEDIA_TYPES[ext] : undefined;
}

export interface MediaTypeFinding {
  rule: RuleId;
  message: string;
  fix: string;
}

/** Why a file of this name and size may not be published; `undefined` when it may. `shown` names it in the message. */
export function mediaTypeIssue(sitePath: string, bytes: number, shown: string): MediaTypeFinding | undefined {
  const ext = extensionOf(sitePath);
  const type = mediaType(sitePath);
  if (!type) {
    const allowed = Object.keys(MEDIA_TYPES).join(", ");
    return {
      rule: "jenis-media",
      message: ext ? `berkas ${shown} berjenis .${ext}, yang tidak boleh diterbitkan di situs` : `berkas ${shown} tidak memiliki ekstensi jenis berkas`,
      fix: (Object.hasOwn(REFUSED_FIXES, ext) ? REFUSED_FIXES[ext]! + "; " : "") + `jenis yang diterima: ${allowed}`,
    };
  }
  if (bytes > type.maxBytes) {
    return { rule: "ukuran-media", message: `berkas ${shown} berukuran ${megabytes(bytes)}, melebihi batas ${megabytes(type.maxBytes)}`, fix: SHRINK[type.kind] };
  }
  return undefined;
}
