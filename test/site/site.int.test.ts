/**
 * The sample site, built once at the fixed clock: links, feeds, sitemap, search index, CSV,
 * what must never be public, third-party requests, page weight, images and video.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadValidContent } from "../../src/content/load.ts";
import { isPublic, type Content, type Entry } from "../../src/content/model.ts";
import { absoluteUrl, DIP_CSV_URL } from "../../src/content/urls.ts";
import { buildSite } from "../../src/site/build.ts";
import { DIP_CSV_HEADER } from "../../src/site/dip-csv.ts";
import { FEED_LIMIT } from "../../src/site/feeds.ts";
import { fileToUrl, listFiles, references, SAMPLE_NOW, searchRecords, targetFile } from "./helpers.ts";

let tmp: string;
let out: string;
let content: Content;
let files: string[];
const pages = new Map<string, string>();
/** Every text file of the output (HTML, XML, JSON, CSV, TXT, JS), for "appears nowhere" checks. */
const texts = new Map<string, string>();

const allEntries = () => Object.values(content.entries).flat() as Entry[];
const publicNews = () =>
  content.entries.berita
    .filter((e) => isPublic(e, SAMPLE_NOW))
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.url.localeCompare(b.url));
const abs = (path: string) => absoluteUrl(content.site.url, path);
const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "warta-site-"));
  out = join(tmp, "_site");
  await buildSite({ contentDir: "content", outputDir: out, now: SAMPLE_NOW, quiet: true });
  content = await loadValidContent("content");
  files = await listFiles(out);
  for (const f of files) {
    if (!/\.(html|xml|json|csv|txt|js)$/.test(f) || f.startsWith("pagefind/")) continue;
    const text = await readFile(join(out, f), "utf8");
    texts.set(f, text);
    if (f.endsWith(".html")) pages.set(f, text);
  }
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("links", () => {
  it("every internal href, src, srcset and poster resolves to a file in the output", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [file, html] of pages) {
      for (const ref of references(html)) {
        const target = targetFile(out, file, ref.value);
        if (!target) continue;
        checked++;
        if (!existsSync(target)) missing.push(`${file}: ${ref.attr}="${ref.value}"`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(pages.size * 20);
  });

  it("every public entry has its page", () => {
    const entries = allEntries().filter((e) => isPublic(e, SAMPLE_NOW));
    expect(entries.length).toBeGreaterThan(20);
    for (const e of entries) expect(pages.has(`${e.url.slice(1)}index.html`), e.url).toBe(true);
  });
});

describe("feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const expected = () =>
    publicNews()
      .slice(0, FEED_LIMIT)
      .map((e) => abs(e.url));

  it("RSS lists exactly the public news, newest first", () => {
    const rss = parser.parse(texts.get("feed.xml")!);
    const items = [rss.rss.channel.item].flat();
    expect(items.map((i: { link: string }) => i.link)).toEqual(expected());
    expect(expected().length).toBeGreaterThan(5);
  });

  it("Atom lists exactly the public news, newest first", () => {
    const atom = parser.parse(texts.get("atom.xml")!);
    const entries = [atom.feed.entry].flat();
    expect(entries.map((e: { id: string }) => e.id)).toEqual(expected());
  });

  it("JSON Feed lists exactly the public news, newest first, with absolute URLs in the content", () => {
    const feed = JSON.parse(texts.get("feed.json")!) as {
      version: string;
      items: { url: string; content_html: string }[];
    };
    expect(feed.version).toMatch(/jsonfeed\.org/);
    expect(feed.items.map((i) => i.url)).toEqual(expected());
    for (const item of feed.items) expect(item.content_html).not.toMatch(/(?:src|href)="\/(?!\/)/);
  });
});

describe("sitemap", () => {
  const locs = () => {
    const xml = new XMLParser().parse(texts.get("sitemap.xml")!);
    return [xml.urlset.url]
      .flat()
      .map((u: { loc: string }) => u.loc)
      .sort();
  };

  it("lists exactly the built HTML pages except 404 and search, absolute", () => {
    const built = [...pages.keys()]
      .filter((f) => f !== "404.html" && f !== "cari/index.html")
      .map((f) => abs(fileToUrl(f)));
    expect(locs()).toEqual(built.sort());
  });

  it("contains every public entry and no other entry", () => {
    const listed = new Set(locs());
    for (const e of allEntries()) expect(listed.has(abs(e.url)), e.file).toBe(isPublic(e, SAMPLE_NOW));
  });

  it("robots.txt points at it", () => {
    expect(texts.get("robots.txt")).toContain(`Sitemap: ${abs("/sitemap.xml")}`);
  });
});

describe("what is not public appears nowhere", () => {
  const hidden = () => allEntries().filter((e) => !isPublic(e, SAMPLE_NOW));

  it("the sample has a draft, a scheduled item and an exempt DIP entry", () => {
    const h = hidden();
    expect(h.some((e) => e.data.draft)).toBe(true);
    expect(h.some((e) => !e.data.draft && e.date > SAMPLE_NOW)).toBe(true);
    expect(
      h.some(
        (e) => e.collection === "informasi-publik" && (e as Entry<"informasi-publik">).data.category === "dikecualikan",
      ),
    ).toBe(true);
  });

  it("no page, feed, sitemap, CSV or script names their URL, and they have no page", () => {
    for (const e of hidden()) {
      expect(existsSync(join(out, e.url, "index.html")), e.url).toBe(false);
      for (const [file, text] of texts)
        expect(text.includes(e.url) || text.includes(abs(e.url)), `${e.url} in ${file}`).toBe(false);
    }
  });

  it("their titles appear nowhere unless a public entry has the same title", () => {
    const publicTitles = new Set(
      allEntries()
        .filter((e) => isPublic(e, SAMPLE_NOW))
        .map((e) => e.data.title),
    );
    for (const e of hidden()) {
      if (publicTitles.has(e.data.title)) continue;
      for (const [file, text] of texts) {
        expect(
          text.includes(e.data.title) || text.includes(escapeHtml(e.data.title)),
          `"${e.data.title}" in ${file}`,
        ).toBe(false);
      }
    }
  });

  it("media only they reference is not published", () => {
    const filesOf = (e: Entry): string[] => {
      const d = e.data as { attachments?: { file: string }[]; files?: { file: string }[] };
      return [...(d.attachments ?? []), ...(d.files ?? [])].map((a) => a.file);
    };
    const publicMedia = new Set(
      allEntries()
        .filter((e) => isPublic(e, SAMPLE_NOW))
        .flatMap(filesOf),
    );
    const privateMedia = hidden()
      .flatMap(filesOf)
      .filter((m) => !publicMedia.has(m));
    for (const m of privateMedia) expect(existsSync(join(out, m)), m).toBe(false);
    for (const m of publicMedia) expect(existsSync(join(out, m)), m).toBe(true);
  });

  it("the search index holds exactly the public entries", async () => {
    const records = await searchRecords(out);
    const indexed = records.map((r) => r.url).sort();
    const expected = allEntries()
      .filter((e) => isPublic(e, SAMPLE_NOW))
      .map((e) => e.url)
      .sort();
    expect(indexed).toEqual(expected);
    for (const e of hidden())
      expect(records.some((r) => r.content.includes(e.data.title) && !expected.includes(r.url))).toBe(false);
  });
});

describe("no third-party requests", () => {
  const LOADING_LINK_RELS =
    /\b(stylesheet|preload|modulepreload|icon|apple-touch-icon|manifest|prefetch|dns-prefetch|preconnect)\b/;
  const external = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

  it("no page loads anything from another host (src, srcset, poster, link rel=stylesheet/icon/preload)", () => {
    const offending: string[] = [];
    for (const [file, html] of pages) {
      for (const ref of references(html)) {
        const loads = ref.attr !== "href" || (ref.tag === "link" && LOADING_LINK_RELS.test(ref.rel ?? ""));
        if (loads && external.test(ref.value)) offending.push(`${file}: <${ref.tag} ${ref.attr}="${ref.value}">`);
      }
      if (/<iframe\b/i.test(html)) offending.push(`${file}: <iframe>`);
    }
    expect(offending).toEqual([]);
  });

  it("no stylesheet fetches a url() from another host", async () => {
    const css = files.filter((f) => f.endsWith(".css"));
    expect(css.length).toBeGreaterThan(0);
    for (const f of css) {
      const text = await readFile(join(out, f), "utf8");
      expect(text, f).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//i);
      expect(text, f).not.toMatch(/@import/i);
    }
  });
});

describe("weight and media", () => {
  it("the home page with its CSS and JS is at most 60 KB", async () => {
    const html = pages.get("index.html")!;
    const assets = references(html).filter(
      (r) => (r.tag === "link" && /stylesheet/.test(r.rel ?? "")) || (r.tag === "script" && r.attr === "src"),
    );
    let bytes = Buffer.byteLength(html);
    for (const a of assets) bytes += (await readFile(targetFile(out, "index.html", a.value)!)).length;
    expect(assets.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(60 * 1024);
  });

  it("a news page shows its cover as <picture> with AVIF and WebP sources and a sized, described <img>", () => {
    const news = publicNews()[0]!;
    const html = pages.get(`${news.url.slice(1)}index.html`)!;
    const picture =
      /<div class="cover">\s*<picture>([\s\S]*?)<\/picture>/.exec(html) ??
      /<figure class="cover">\s*<picture>([\s\S]*?)<\/picture>/.exec(html);
    expect(picture).not.toBeNull();
    const inner = picture![1]!;
    expect(inner).toMatch(/<source type="image\/avif" srcset="\/img\/[^"]+\.avif \d+w/);
    expect(inner).toMatch(/<source type="image\/webp" srcset="\/img\/[^"]+\.webp \d+w/);
    const img = /<img ([^>]*)>/.exec(inner)![1]!;
    expect(img).toMatch(/\bwidth="\d+"/);
    expect(img).toMatch(/\bheight="\d+"/);
    expect(img).toContain(`alt="${escapeHtml(news.data.cover.alt)}"`);
  });

  it("images other than the first above the fold load lazily", () => {
    const html = pages.get("galeri/index.html") ?? pages.get("berita/index.html")!;
    const imgs = [...html.matchAll(/<img [^>]*>/g)].map((m) => m[0]);
    expect(imgs.length).toBeGreaterThan(2);
    // The logo and the first card load at once; the rest wait until scrolled to.
    expect(imgs.filter((i) => i.includes('loading="eager"')).length).toBe(2);
  });

  it("the YouTube item links to YouTube but loads nothing from it", () => {
    const item = content.entries.berita.find((e) => isPublic(e, SAMPLE_NOW) && e.data.video?.youtube);
    expect(item, "the sample needs a public news item with a YouTube video").toBeDefined();
    const html = pages.get(`${item!.url.slice(1)}index.html`)!;
    const loading = references(html).filter((r) => r.attr !== "href");
    expect(loading.filter((r) => /youtube|ytimg|youtu\.be/i.test(r.value))).toEqual([]);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).toContain(`href="${item!.data.video!.youtube!.replace(/&/g, "&amp;")}"`);
    expect(html).toMatch(/data-youtube="[A-Za-z0-9_-]{11}"/);
    expect(html).toMatch(/<script src="\/assets\/video\.[0-9a-f]+\.js" defer/);
  });
});

describe("Daftar Informasi Publik CSV", () => {
  const parseCsv = (text: string): string[][] => {
    const rows: string[][] = [];
    let row: string[] = [];
    let cell = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = false;
        else cell += c;
      } else if (c === '"') quoted = true;
      else if (c === ",") {
        row.push(cell);
        cell = "";
      } else if (c === "\r" && text[i + 1] === "\n") {
        row.push(cell);
        rows.push(row);
        row = [];
        cell = "";
        i++;
      } else cell += c;
    }
    return rows;
  };

  it("is UTF-8 with BOM, has the header and one row per public DIP item", () => {
    const raw = texts.get(DIP_CSV_URL.slice(1))!;
    expect(raw.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(raw.slice(1));
    expect(header).toEqual(DIP_CSV_HEADER);
    const publicDip = content.entries["informasi-publik"].filter((e) => isPublic(e, SAMPLE_NOW));
    expect(rows.length).toBe(publicDip.length);
    expect(rows.map((r) => r[1]).sort()).toEqual(publicDip.map((e) => e.data.title).sort());
    for (const r of rows) expect(r.length).toBe(DIP_CSV_HEADER.length);
  });

  it("the DIP page has one filter page per public category, linked without JavaScript", () => {
    const html = pages.get("informasi-publik/index.html")!;
    for (const c of ["berkala", "serta-merta", "setiap-saat"]) {
      expect(html).toContain(`href="/informasi-publik/kategori/${c}/"`);
      expect(pages.has(`informasi-publik/kategori/${c}/index.html`)).toBe(true);
    }
    expect(pages.has("informasi-publik/kategori/dikecualikan/index.html")).toBe(false);
    expect(html).toContain(`href="${DIP_CSV_URL}"`);
  });
});

describe("every page", () => {
  it("is Indonesian, has one h1, a skip link to main, landmarks, breadcrumbs off the home page, a canonical URL", () => {
    for (const [file, html] of pages) {
      expect(html.startsWith("<!doctype html>"), file).toBe(true);
      expect(html, file).toContain('<html lang="id">');
      expect(html.match(/<h1[\s>]/g)?.length, file).toBe(1);
      expect(html, file).toContain('href="#konten"');
      expect(html, file).toMatch(/<main id="konten"/);
      expect(html, file).toMatch(/<header class="site-header">[\s\S]*<nav class="main-nav" aria-label="Menu utama">/);
      expect(html, file).toContain("<footer");
      if (file !== "index.html" && file !== "404.html") expect(html, file).toContain('aria-label="Lokasi"');
      expect(html, file).toContain(`<link rel="canonical" href="${abs(fileToUrl(file))}"`);
    }
  });

  it("never moves focus order with a positive tabindex", () => {
    for (const [file, html] of pages) expect(html, file).not.toMatch(/tabindex="[1-9]/);
  });

  it("uses one small hand-written stylesheet with a print layout", async () => {
    const sheets = files.filter((f) => /^assets\/.*\.css$/.test(f));
    expect(sheets.length).toBe(1);
    const css = await readFile(join(out, sheets[0]!), "utf8");
    expect(css.length).toBeLessThanOrEqual(15 * 1024);
    expect(css).not.toMatch(/@font-face/);
    const print = css.slice(css.indexOf("@media print"));
    expect(print).toMatch(/\.main-nav[^{]*\{\s*display: none/);
    expect(print).toMatch(/content: " \(" attr\(href\) "\)"/);
    expect(print).toMatch(/@page \{ size: A4/);
  });

  it("has no duplicate ids", () => {
    for (const [file, html] of pages) {
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.length, file).toBe(new Set(ids).size);
    }
  });

  it("marks its own menu entry with aria-current=page", () => {
    const html = pages.get("berita/index.html")!;
    expect(html).toMatch(/<a href="\/berita\/" aria-current="page">/);
  });
});
