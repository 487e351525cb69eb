/** Small pure helpers the components and the model share (safe in the browser too). */
import { NOT_TEXT } from "../content/constants.ts";
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
  if (!match) throw new Error(`Bukan alamat YouTube: ${url}`);
  return match[1]!;
}

/** The embed URL that sets no cookies until the reader plays the video. */
export const youtubeEmbedUrl = (id: string) => `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const NOT_TEXT_ALL = new RegExp(NOT_TEXT.source, "g");
const XML_ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text for XML content or a quoted attribute (feeds, sitemap): escaped, without characters XML 1.0 forbids. */
export function xml(value: string): string {
  return value.replace(NOT_TEXT_ALL, "").replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}
