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

export function newsFeed(site: SiteView, news: NewsView[], now: Date): Feed {
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
      title: n.title,
      id: link,
      link,
      description: n.summary,
      content: absolutizeHtml(n.html, site.url),
      author: [{ name: n.author }],
      date: n.date,
      published: n.date,
      image: absoluteUrl(site.url, n.cover.src),
      category: [{ name: n.division.name }, ...n.tags.map((t) => ({ name: t.label, domain: absoluteUrl(site.url, t.url) }))],
    });
  }
  return feed;
}
