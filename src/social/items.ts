/** Which items are posted, and the stable keys that make posting idempotent. */
import { createHash } from "node:crypto";
import type { Content, Entry } from "../content/model.ts";
import { isPublic } from "../content/model.ts";
import { absoluteUrl } from "../content/urls.ts";
import { coverOf } from "./compose.ts";
import type { ChannelName, PostKey } from "./types.ts";

/** News, announcements, events and albums; of the DIP only `serta-merta` items (urgent public warnings). */
export function isPostable(entry: Entry): boolean {
  if (entry.collection === "informasi-publik")
    return (entry as Entry<"informasi-publik">).data.category === "serta-merta";
  return (
    entry.collection === "berita" ||
    entry.collection === "pengumuman" ||
    entry.collection === "agenda" ||
    entry.collection === "galeri"
  );
}

/** Every postable item the public can see at `now`, oldest first (posts go out in publication order). */
export function socialItems(content: Content, now: Date): Entry[] {
  const all = Object.values(content.entries).flat() as Entry[];
  return all
    .filter((e) => isPostable(e) && isPublic(e, now))
    .sort((a, b) => a.date.getTime() - b.date.getTime() || a.url.localeCompare(b.url));
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * A re-post request (`social.repost: true`) is keyed by what is posted, so it is honoured once:
 * the same request with the same text posts nothing more, a changed caption posts again.
 */
export function revisionOf(entry: Entry): string | undefined {
  const social =
    "social" in entry.data
      ? (entry.data.social as { caption?: string; captions?: object; repost?: boolean } | undefined)
      : undefined;
  if (!social?.repost) return undefined;
  const cover = coverOf(entry)?.src ?? "";
  return sha256(
    JSON.stringify([entry.data.title, entry.data.summary, social.caption ?? "", social.captions ?? {}, cover]),
  ).slice(0, 12);
}

export function postKey(entry: Entry, siteUrl: string, channel: ChannelName, since?: Date): PostKey {
  const itemUrl = absoluteUrl(siteUrl, entry.url);
  const revision = revisionOf(entry);
  const key: PostKey = {
    itemUrl,
    channel,
    idempotencyKey: `warta-${sha256(`${itemUrl}\n${channel}\n${revision ?? ""}`).slice(0, 32)}`,
    itemDate: entry.date,
  };
  if (revision) key.revision = revision;
  if (since) key.since = since;
  return key;
}
