/**
 * Composes one post per channel from an item's schema fields: plain text from the Markdown
 * (the site's remark pipeline), the item's URL, hashtags from its tags and the cover image,
 * fitted to the channel's limit as that channel counts it. Truncation happens at a word
 * boundary with "…", so a URL or a grapheme (emoji, combining marks) is never cut.
 */
import twitterText from "twitter-text";
import type { Entry } from "../content/model.ts";
import type { FrontMatter, Image, SiteData } from "../content/schema.ts";
import { absoluteUrl } from "../content/urls.ts";
import { formatLongDate, formatTime, toInstant } from "../content/dates.ts";
import { markdownToText } from "../markdown/index.ts";
import type { ChannelName, ComposedPost, Facet } from "./types.ts";

const graphemes = new Intl.Segmenter("id", { granularity: "grapheme" });
export const graphemeLength = (text: string) => [...graphemes.segment(text)].length;

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g;
const URL_WEIGHT = 23;

interface ChannelRules {
  /** The limit, which for Telegram depends on whether the post is a photo caption. */
  limit: (hasImage: boolean) => number;
  /** Length as the channel counts it. */
  measure: (text: string) => number;
  /** Long channels carry the body text after the summary. */
  body: boolean;
  maxHashtags: number;
  /** How the link is written in the text. */
  linkLine: (url: string) => string;
}

const utf16 = (text: string) => text.length;

export const RULES: Record<ChannelName, ChannelRules> = {
  // X weighs characters (CJK and emoji count 2) and counts every URL as 23.
  x: {
    limit: () => 280,
    measure: (t) => twitterText.parseTweet(t).weightedLength,
    body: false,
    maxHashtags: 3,
    linkLine: (u) => u,
  },
  // Mastodon counts graphemes, every URL as 23.
  mastodon: {
    limit: () => 500,
    measure: (t) => graphemeLength(t.replace(URL_IN_TEXT, "x".repeat(URL_WEIGHT))),
    body: false,
    maxHashtags: 5,
    linkLine: (u) => u,
  },
  // Bluesky counts graphemes of the text as written; the full URL lives in a facet.
  bluesky: { limit: () => 300, measure: graphemeLength, body: false, maxHashtags: 3, linkLine: shortUrl },
  // Telegram: 1,024 for a photo caption, 4,096 for a message (counted here in UTF-16 units, as its entities are).
  telegram: { limit: (image) => (image ? 1024 : 4096), measure: utf16, body: true, maxHashtags: 5, linkLine: (u) => u },
  // Instagram captions are not clickable: the URL is written out as text to copy.
  instagram: { limit: () => 2200, measure: utf16, body: true, maxHashtags: 10, linkLine: (u) => `Selengkapnya: ${u}` },
  facebook: { limit: () => 63_206, measure: utf16, body: true, maxHashtags: 5, linkLine: (u) => u },
};

/** `https://dinas.go.id/berita/judul-yang-panjang/` → `dinas.go.id/berita/judul-yang-pa...`, as Bluesky's app shows links. */
export function shortUrl(url: string): string {
  const bare = url.replace(/^https?:\/\//, "").replace(/\/$/, "");
  return bare.length > 40 ? `${bare.slice(0, 37)}...` : bare;
}

/** A tag as a hashtag: `pelayanan publik` → `#PelayananPublik`, `covid-19` → `#Covid19`; ASCII letters and digits only. */
export function hashtag(tag: string): string | undefined {
  const words = tag
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const camel = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  // A hashtag of digits only is not a hashtag on most networks.
  return /[A-Za-z]/.test(camel) ? `#${camel}` : undefined;
}

export function hashtags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const h = hashtag(tag);
    if (h && !seen.has(h.toLowerCase())) {
      seen.add(h.toLowerCase());
      out.push(h);
    }
  }
  return out;
}

/** The image a post carries: a news item's cover, an album's first photo. */
export function coverOf(entry: Entry): Image | undefined {
  if (entry.collection === "berita") return (entry as Entry<"berita">).data.cover;
  if (entry.collection === "galeri") return (entry as Entry<"galeri">).data.photos[0];
  return undefined;
}

function tagsOf(entry: Entry): string[] {
  return entry.collection === "berita" ? (entry as Entry<"berita">).data.tags : [];
}

type SocialFields = NonNullable<FrontMatter<"berita">["social"]>;
function socialOf(entry: Entry): SocialFields | undefined {
  return "social" in entry.data ? (entry.data.social as SocialFields | undefined) : undefined;
}

/** The title line says what kind of item it is when that matters to a reader. */
function heading(entry: Entry): string {
  const title = entry.data.title;
  if (entry.collection === "pengumuman") return `Pengumuman: ${title}`;
  if (entry.collection === "agenda") return `Agenda: ${title}`;
  if (entry.collection === "informasi-publik") return `Informasi Serta Merta: ${title}`;
  return title;
}

function paragraphs(entry: Entry, site: SiteData, channel: ChannelName, withBody: boolean): string[] {
  const social = socialOf(entry);
  const caption = social?.captions?.[channel] ?? social?.caption;
  if (caption) return [markdownToText(caption)].filter(Boolean);
  const out = [heading(entry)];
  if (entry.collection === "agenda") {
    const agenda = (entry as Entry<"agenda">).data;
    const start = toInstant(agenda.start, site.timeZone);
    out.push(
      `Waktu: ${formatLongDate(start, site.timeZone)}, ${formatTime(start, site.timeZone)}\nTempat: ${agenda.place}`,
    );
  }
  out.push(markdownToText(entry.data.summary));
  if (withBody && entry.body.trim()) out.push(markdownToText(entry.body));
  return out.filter(Boolean);
}

const TRAILING = /[\s.,;:!?\-–—(•…]+$/u;

/** The longest word-boundary prefix of `prose` that fits with "…" and the suffix. */
function truncate(prose: string, suffix: string, measure: (t: string) => number, limit: number): string {
  if (measure(prose + suffix) <= limit) return prose + suffix;
  const tokens = prose.split(/(\s+)/);
  const words = Math.ceil(tokens.length / 2);
  const candidate = (k: number) => {
    const head = tokens
      .slice(0, 2 * k - 1)
      .join("")
      .replace(TRAILING, "");
    return `${head}…${suffix}`;
  };
  let lo = 0;
  let hi = words - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(candidate(mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  // Removing trailing punctuation makes the measure not strictly monotonic: step back if needed.
  while (lo > 0 && measure(candidate(lo)) > limit) lo--;
  if (lo > 0) return candidate(lo);
  // Not even one word fits: cut the first word by graphemes, unless it is a URL.
  const first = tokens[0] ?? "";
  if (/^https?:\/\//.test(first)) return `…${suffix}`;
  const parts = [...graphemes.segment(first)].map((s) => s.segment);
  const cut = (n: number) => `${parts.slice(0, n).join("")}…${suffix}`;
  let low = 0;
  let high = parts.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(cut(mid)) <= limit) low = mid;
    else high = mid - 1;
  }
  return cut(low);
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/** Link and hashtag facets over the suffix of a Bluesky post. */
function blueskyFacets(text: string, suffixStart: number, linkText: string, link: string, tags: string[]): Facet[] {
  const facets: Facet[] = [];
  const linkAt = text.indexOf(linkText, suffixStart);
  if (linkAt >= 0) {
    const byteStart = byteLength(text.slice(0, linkAt));
    facets.push({
      index: { byteStart, byteEnd: byteStart + byteLength(linkText) },
      features: [{ $type: "app.bsky.richtext.facet#link", uri: link }],
    });
  }
  let from = linkAt >= 0 ? linkAt + linkText.length : suffixStart;
  for (const tag of tags) {
    const at = text.indexOf(tag, from);
    if (at < 0) continue;
    const byteStart = byteLength(text.slice(0, at));
    facets.push({
      index: { byteStart, byteEnd: byteStart + byteLength(tag) },
      features: [{ $type: "app.bsky.richtext.facet#tag", tag: tag.slice(1) }],
    });
    from = at + tag.length;
  }
  return facets;
}

export interface ComposeOptions {
  /** False when the image cannot be fetched from the site: the post goes out as text. */
  withImage?: boolean;
}

export function composePost(
  entry: Entry,
  site: SiteData,
  channel: ChannelName,
  options: ComposeOptions = {},
): ComposedPost {
  const rules = RULES[channel];
  const link = absoluteUrl(site.url, entry.url);
  const cover = options.withImage === false ? undefined : coverOf(entry);
  const imageUrl = cover ? absoluteUrl(site.url, cover.src) : undefined;
  const limit = rules.limit(Boolean(imageUrl));
  const paras = paragraphs(entry, site, channel, rules.body);
  const prose = paras.join("\n\n");
  const tags = hashtags(tagsOf(entry)).slice(0, rules.maxHashtags);
  const linkText = rules.linkLine(link);

  // Fewer hashtags before a shorter title: drop tags until the first paragraph fits whole.
  let text = "";
  let used: string[] = [];
  for (let n = tags.length; n >= 0; n--) {
    used = tags.slice(0, n);
    const suffix = `\n\n${linkText}${used.length ? `\n\n${used.join(" ")}` : ""}`;
    text = truncate(prose, suffix, rules.measure, limit);
    if (text.startsWith(paras[0] ?? "")) break;
  }

  const summary = markdownToText(entry.data.summary);
  const post: ComposedPost = {
    channel,
    text,
    link,
    title: entry.data.title,
    description: summary,
  };
  if (imageUrl && cover) {
    post.imageUrl = imageUrl;
    post.altText = cover.alt;
  }
  if (channel === "bluesky") {
    const suffixStart = text.lastIndexOf(`\n\n${linkText}`);
    post.facets = blueskyFacets(text, Math.max(0, suffixStart), linkText, link, used);
  }
  return post;
}
