/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the latest public news.
 *
 * Written here rather than with the npm `feed` package: `feed` 6.0 escapes only `&` and `"` in
 * attributes (a `<` in a tag or division name made atom.xml invalid), splits only the first
 * `]]>` of a CDATA section, marks plain titles as HTML, and passes control characters through.
 * Here every value goes through `xml()` (text and attributes alike), which also drops what XML
 * 1.0 cannot hold; the check refuses such characters earlier, this is the last guard.
 */
import { absoluteUrl, collectionUrl, FEED_URLS, HOME_URL, tagSlug } from "../content/urls.ts";
import { xml } from "./format.ts";
import type { NewsView, SiteView } from "./view.ts";

/** Feeds carry the newest items only: readers poll them, and 4,000 full articles would be megabytes. */
export const FEED_LIMIT = 30;

export type FeedFormat = keyof typeof FEED_URLS;

/** Root-relative `src`/`href` made absolute: feed readers show items away from the site. */
export function absolutizeHtml(html: string, siteUrl: string): string {
  return html.replace(/\b(src|href|srcset|poster)="(\/(?!\/)[^"]*)"/g, (_, attr: string, value: string) =>
    attr === "srcset"
      ? `${attr}="${value
          .split(",")
          .map((part) => part.trim().replace(/^\/\S*/, (u) => absoluteUrl(siteUrl, u)))
          .join(", ")}"`
      : `${attr}="${absoluteUrl(siteUrl, value)}"`,
  );
}

/** `<name a="1">text</name>`; `children` is XML already written, `text` is escaped here. */
function el(
  name: string,
  attributes: Record<string, string | undefined>,
  content?: { text: string } | { children: string[] },
): string {
  const attrs = Object.entries(attributes)
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${xml(v)}"`)
    .join("");
  if (!content) return `<${name}${attrs}/>`;
  const inner = "text" in content ? xml(content.text) : `\n${content.children.join("\n")}\n`;
  return `<${name}${attrs}>${inner}</${name}>`;
}
const text = (name: string, value: string, attributes: Record<string, string | undefined> = {}) =>
  el(name, attributes, { text: value });

const IMAGE_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
};
const imageType = (src: string) => IMAGE_TYPES[/\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase() ?? ""] ?? "image/jpeg";

/** What every format says, computed once. */
function feedData(site: SiteView, news: NewsView[], now: Date) {
  const abs = (path: string) => absoluteUrl(site.url, path);
  return {
    title: `Berita ${site.name}`,
    description: `Berita terbaru dari ${site.agency}, ${site.government}`,
    home: abs(HOME_URL),
    list: abs(collectionUrl("berita")),
    logo: site.logo ? abs(site.logo.src) : undefined,
    copyright: `© ${site.government}`,
    updated: news[0]?.date ?? now,
    self: { rss: abs(FEED_URLS.rss), atom: abs(FEED_URLS.atom), json: abs(FEED_URLS.json) },
    items: news.slice(0, FEED_LIMIT).map((n) => ({
      link: abs(n.url),
      title: n.title,
      summary: n.summary,
      html: absolutizeHtml(n.html, site.url),
      author: n.author,
      date: n.date,
      image: abs(n.cover.src),
      division: { term: n.division.id, label: n.division.name, url: abs(n.division.url) },
      tags: n.tags.map((t) => ({ term: tagSlug(t.label), label: t.label, url: abs(t.url) })),
    })),
  };
}

const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

function rss(site: SiteView, news: NewsView[], now: Date): string {
  const f = feedData(site, news, now);
  const items = f.items.map((i) =>
    el(
      "item",
      {},
      {
        children: [
          text("title", i.title),
          text("link", i.link),
          text("guid", i.link, { isPermaLink: "true" }),
          text("pubDate", i.date.toUTCString()),
          text("description", i.summary),
          text("content:encoded", i.html),
          text("dc:creator", i.author),
          text("category", i.division.label, { domain: i.division.url }),
          ...i.tags.map((t) => text("category", t.label, { domain: t.url })),
          el("enclosure", { url: i.image, type: imageType(i.image), length: "0" }),
        ],
      },
    ),
  );
  const channel = el(
    "channel",
    {},
    {
      children: [
        text("title", f.title),
        text("link", f.list),
        text("description", f.description),
        text("language", "id"),
        text("copyright", f.copyright),
        text("lastBuildDate", f.updated.toUTCString()),
        text("generator", "Warta"),
        el("atom:link", { href: f.self.rss, rel: "self", type: "application/rss+xml" }),
        ...(f.logo
          ? [el("image", {}, { children: [text("url", f.logo), text("title", f.title), text("link", f.list)] })]
          : []),
        ...items,
      ],
    },
  );
  const namespaces = {
    version: "2.0",
    "xmlns:atom": "http://www.w3.org/2005/Atom",
    "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
    "xmlns:dc": "http://purl.org/dc/elements/1.1/",
  };
  return `${XML_DECLARATION}\n${el("rss", namespaces, { children: [channel] })}\n`;
}

function atom(site: SiteView, news: NewsView[], now: Date): string {
  const f = feedData(site, news, now);
  const entries = f.items.map((i) =>
    el(
      "entry",
      {},
      {
        children: [
          text("title", i.title, { type: "text" }),
          text("id", i.link),
          el("link", { href: i.link, rel: "alternate" }),
          text("updated", i.date.toISOString()),
          text("published", i.date.toISOString()),
          text("summary", i.summary, { type: "text" }),
          text("content", i.html, { type: "html" }),
          el("author", {}, { children: [text("name", i.author)] }),
          el("category", { term: i.division.term, label: i.division.label, scheme: i.division.url }),
          ...i.tags.map((t) => el("category", { term: t.term, label: t.label, scheme: t.url })),
          el("link", { rel: "enclosure", href: i.image, type: imageType(i.image) }),
        ],
      },
    ),
  );
  const children = [
    text("id", f.home),
    text("title", f.title, { type: "text" }),
    text("subtitle", f.description, { type: "text" }),
    text("updated", f.updated.toISOString()),
    text("generator", "Warta"),
    el("link", { rel: "alternate", href: f.list }),
    el("link", { rel: "self", href: f.self.atom }),
    el("author", {}, { children: [text("name", site.agency), text("email", site.email), text("uri", f.home)] }),
    ...(f.logo ? [text("logo", f.logo), text("icon", f.logo)] : []),
    text("rights", f.copyright, { type: "text" }),
    ...entries,
  ];
  return `${XML_DECLARATION}\n${el("feed", { xmlns: "http://www.w3.org/2005/Atom", "xml:lang": "id" }, { children })}\n`;
}

function json(site: SiteView, news: NewsView[], now: Date): string {
  const f = feedData(site, news, now);
  return `${JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: f.title,
      home_page_url: f.list,
      feed_url: f.self.json,
      description: f.description,
      icon: f.logo,
      favicon: f.logo,
      language: "id",
      authors: [{ name: site.agency, url: f.home }],
      items: f.items.map((i) => ({
        id: i.link,
        url: i.link,
        title: i.title,
        summary: i.summary,
        content_html: i.html,
        image: i.image,
        date_published: i.date.toISOString(),
        authors: [{ name: i.author }],
        tags: [i.division.label, ...i.tags.map((t) => t.label)],
      })),
    },
    null,
    2,
  )}\n`;
}

/** The news feed in one format, as the text of its file. */
export function newsFeed(format: FeedFormat, site: SiteView, news: NewsView[], now: Date): string {
  return { rss, atom, json }[format](site, news, now);
}
