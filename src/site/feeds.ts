/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the latest public news (npm `feed`). */
import { Feed } from "feed";
import { absoluteUrl } from "../content/urls.ts";
import type { NewsView, SiteView } from "./view.ts";

/** Feeds carry the newest items only: readers poll them, and 4,000 full articles would be megabytes. */
export const FEED_LIMIT = 30;

export const FEED_PATHS = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;

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

/**
 * The `feed` package writes titles, summaries and content as CDATA sections, and its XML writer
 * (xml-js) splits only the first `]]>`: a second one ends the section and breaks the feed. In
 * HTML, `]]&gt;` means the same as `]]>` (text and attribute values alike), so none is left.
 */
const cdataSafe = (html: string) => html.replaceAll("]]>", "]]&gt;");
/** Plain text where the XML feeds declare HTML (Atom `type="html"`, RSS description): escaped, so it stays text in a reader. */
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `xml` for RSS and Atom (text HTML-escaped, HTML without `]]>`); `json` for JSON Feed (plain text, as its spec says). */
export type FeedSyntax = "xml" | "json";

export function newsFeed(site: SiteView, news: NewsView[], now: Date, syntax: FeedSyntax = "xml"): Feed {
  const text = syntax === "xml" ? escapeHtml : (t: string) => t;
  const html = syntax === "xml" ? cdataSafe : (h: string) => h;
  const items = news.slice(0, FEED_LIMIT);
  const home = absoluteUrl(site.url, "/");
  const feed = new Feed({
    title: `Berita ${site.name}`,
    description: `Berita terbaru dari ${site.agency}, ${site.government}`,
    id: home,
    link: absoluteUrl(site.url, "/berita/"),
    language: "id",
    image: site.logo ? absoluteUrl(site.url, site.logo.src) : undefined,
    favicon: site.logo ? absoluteUrl(site.url, site.logo.src) : undefined,
    copyright: `© ${site.government}`,
    updated: items[0]?.date ?? now,
    generator: "Warta",
    feedLinks: {
      rss: absoluteUrl(site.url, FEED_PATHS.rss),
      atom: absoluteUrl(site.url, FEED_PATHS.atom),
      json: absoluteUrl(site.url, FEED_PATHS.json),
    },
    author: { name: site.agency, email: site.email, link: home },
  });
  for (const n of items) {
    const link = absoluteUrl(site.url, n.url);
    feed.addItem({
      title: text(n.title),
      id: link,
      link,
      description: text(n.summary),
      content: html(absolutizeHtml(n.html, site.url)),
      author: [{ name: n.author }],
      date: n.date,
      published: n.date,
      image: absoluteUrl(site.url, n.cover.src),
      category: [{ name: n.division.name }, ...n.tags.map((t) => ({ name: t.label, domain: absoluteUrl(site.url, t.url) }))],
    });
  }
  return feed;
}
