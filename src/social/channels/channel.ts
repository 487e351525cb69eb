/** What every channel module exports, and helpers they share. */
import { fileSize } from "../../format/size.ts";
import { callApi, ChannelError, type HttpOptions } from "../retry.ts";
import type { ChannelAdapter, ChannelName, ComposedPost, Env } from "../types.ts";

export interface ChannelDefinition {
  name: ChannelName;
  /** Environment variables the channel reads; the required ones enable it. */
  variables: readonly string[];
  enabled(env: Env): boolean;
  /** Why a post can never go to this channel (also used by dry runs without secrets). */
  skipReason?(post: ComposedPost): string | undefined;
  /** `baseUrl` defaults to the real API host; tests point it at a local server. */
  create(env: Env, http: HttpOptions, baseUrl?: string): ChannelAdapter;
}

export const trimSlash = (url: string) => url.replace(/\/+$/, "");

export interface DownloadedImage {
  bytes: Uint8Array<ArrayBuffer>;
  type: string;
  name: string;
}

const TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
};

/** Fetches the cover from the public site, for channels that want the bytes rather than the URL. */
export async function downloadImage(http: HttpOptions, url: string, maxBytes: number): Promise<DownloadedImage> {
  const reply = await callApi(http, { method: "GET", url, effect: "read", binary: true }, (r) => ({
    message: `gambar tidak dapat diunduh dari situs (HTTP ${r.status}): ${url}`,
  }));
  const bytes = reply.bytes ?? new Uint8Array();
  if (bytes.byteLength > maxBytes) {
    throw new ChannelError(
      `gambar terlalu besar (${fileSize(bytes.byteLength)}, batas ${fileSize(maxBytes)}): ${url}`,
      "failed",
    );
  }
  const name = decodeURIComponent(new URL(url).pathname.split("/").pop() || "gambar");
  const ext = name.split(".").pop()?.toLowerCase() ?? "";
  const type = reply.headers.get("content-type")?.split(";")[0]?.trim() || TYPES[ext] || "application/octet-stream";
  return { bytes, type, name };
}

/** A plain message from a JSON error body's likely fields, or the start of the text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a provider's JSON body, read field by field with optional chaining
export function describeBody(json: any, text: string): string {
  const candidates = [
    json?.error?.message,
    json?.description,
    json?.detail,
    json?.message,
    json?.error_description,
    typeof json?.error === "string" ? json.error : undefined,
    json?.title,
  ];
  const found = candidates.find((c) => typeof c === "string" && c.trim());
  return (found ?? text.replace(/\s+/g, " ").trim().slice(0, 200)) || "tanpa keterangan";
}
