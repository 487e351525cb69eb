/**
 * The XML feeds carry an editor's text inside CDATA sections (npm `feed` writes titles, summaries
 * and content that way). `]]>` in the text would end the section early and break the feed, and
 * Atom declares those elements `type="html"` (RFC 4287 §3.1.1.2: the content is escaped HTML), so
 * plain text must arrive escaped or a reader renders an editor's `<img onerror>` as markup.
 */
import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { newsFeed } from "../../src/site/feeds.ts";
import type { NewsView, SiteView } from "../../src/site/view.ts";

const site = { name: "Situs", agency: "Dinas", government: "Pemerintah", url: "https://contoh.go.id/", email: "a@contoh.go.id" } as SiteView;
const hostile = "Judul ]]> <img src=x onerror=alert(1)> & selesai";
const item = {
  title: hostile,
  summary: `Ringkasan ${hostile}`,
  html: "<p>Isi ]]> dan ]]> teks</p>",
  url: "/berita/uji/",
  date: new Date("2026-11-20T02:00:00Z"),
  author: "Tim",
  cover: { src: "/img/a.png" },
  division: { id: "ikp", name: "IKP", url: "/berita/bidang/ikp/" },
  tags: [],
} as unknown as NewsView;

describe("feeds with hostile text", () => {
  for (const format of ["rss2", "atom1"] as const) {
    it(`${format} stays well-formed and carries titles as escaped HTML`, () => {
      const xml = newsFeed(site, [item], new Date("2026-11-24T00:00:00Z"))[format]();
      expect(XMLValidator.validate(xml)).toBe(true);
      // An element's text as XML defines it: its CDATA sections joined.
      const text = (name: string) =>
        new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml.slice(xml.indexOf(format === "rss2" ? "<item>" : "<entry>")))![1]!.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
      // What a reader gets after XML parsing is HTML; as HTML it must read as the editor's text.
      expect(text("title")).toBe("Judul ]]&gt; &lt;img src=x onerror=alert(1)&gt; &amp; selesai");
      expect(text(format === "rss2" ? "content:encoded" : "content")).toBe("<p>Isi ]]&gt; dan ]]&gt; teks</p>");
    });
  }
});
