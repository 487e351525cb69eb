/** Small pure helpers the components and the model share (safe in the browser too). */
import slugify from "@sindresorhus/slugify";
import { fileSize } from "../format/size.ts";

/** "PDF" from `/media/x/laporan.pdf`. */
export function fileType(path: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(path)?.[1];
  return ext ? ext.toUpperCase() : "Berkas";
}

/** "PDF, 120 KB" (or "PDF" when the size is unknown). */
export function describeFile(type: string, bytes?: number): string {
  return bytes === undefined ? type : `${type}, ${fileSize(bytes)}`;
}

/** The 11-character video id of a YouTube URL the schema accepted. */
export function youtubeId(url: string): string {
  const match = /(?:v=|youtu\.be\/|shorts\/)([A-Za-z0-9_-]{11})/.exec(url);
  if (!match) throw new Error(`not a YouTube URL: ${url}`);
  return match[1]!;
}

/** The embed URL that sets no cookies until the reader plays the video. */
export const youtubeEmbedUrl = (id: string) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;

export const tagSlug = (tag: string) => slugify(tag) || "topik";

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

