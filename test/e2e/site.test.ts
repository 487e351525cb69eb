/**
 * The public website's browser quality bars, on the sample site built once at the fixed clock
 * (with its Pagefind index) and served from 127.0.0.1: axe-core (WCAG 2.2 AA rules) on one page of
 * each type at desktop and mobile width in Debian's Chromium, the W3C Nu HTML Checker on the same
 * pages and the stylesheet, and the search page finding a known news item but nothing that is not
 * public. Every request to a host other than 127.0.0.1/localhost is blocked and recorded.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadValidContent } from "../../src/content/load.ts";
import { isPublic, type Entry } from "../../src/content/model.ts";
import { buildSite } from "../../src/site/build.ts";
import { SAMPLE_NOW } from "../site/helpers.ts";
import { axeViolations, formatViolations, installAxe } from "./site/axe.ts";
import { PAGE_TYPES } from "./site/pages.ts";
import { serveStatic, type StaticServer } from "../../src/site/serve.ts";
import { checkWithVnu, formatVnuMessage, type VnuMessage } from "./site/vnu.ts";
import { CHROMIUM_ARGS } from "../../src/monev/browser.ts";
import { describeWithTools, TOOLS } from "../tools.ts";

const CHROMIUM = TOOLS.chromium.name;
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 800, mobile: false },
  { name: "mobile", width: 390, height: 844, mobile: true },
] as const;
type ViewportName = (typeof VIEWPORTS)[number]["name"];

/** A public news item and a word of its title found nowhere else in the sample. */
const KNOWN_NEWS = { url: "/berita/studi-tiru-kabupaten-tanjung-permai/", word: "Permai" };
/** Words only present in a draft and in a future (scheduled) news item of the sample. */
const HIDDEN_NEWS = [
  { file: "berita/2026-11-23-persiapan-hari-kesetiakawanan-sosial.md", word: "HKSN" },
  { file: "berita/2026-12-01-pojok-literasi-digital-mal-pelayanan-publik.md", word: "Pojok" },
];

describeWithTools([TOOLS.chromium, TOOLS.java], "public website in Chromium: axe-core, Nu HTML Checker, search", () => {
  let tmp: string;
  let out: string;
  let server: StaticServer;
  let browser: Browser;
  let hiddenNews: Entry[] = [];
  const contexts = new Map<ViewportName, BrowserContext>();
  const pages = new Map<ViewportName, Page>();
  /** Requests blocked because they left the machine. */
  const offsite: string[] = [];
  /** Uncaught script errors, with the page they happened on. */
  const pageErrors: string[] = [];
  /** The vnu run starts as soon as the site is built and runs beside the browser tests. */
  let vnu: Promise<{ files: string[]; messages: VnuMessage[] } | { error: unknown }>;

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), "warta-e2e-site-"));
    out = join(tmp, "_site");
    await buildSite({ contentDir: "content", outputDir: out, now: SAMPLE_NOW, search: true, quiet: true });

    const css = (await readdir(join(out, "assets")))
      .filter((f) => f.endsWith(".css"))
      .map((f) => join(out, "assets", f));
    const vnuFiles = [...new Set(PAGE_TYPES.map((p) => join(out, p.file)))].concat(css);
    vnu = checkWithVnu(vnuFiles).then(
      (messages) => ({ files: vnuFiles, messages }),
      (error: unknown) => ({ error }),
    );

    const content = await loadValidContent("content");
    hiddenNews = HIDDEN_NEWS.map(({ file }) => {
      const entry = content.entries.berita.find((e) => e.file.endsWith(file));
      if (!entry) throw new Error(`sample entry ${file} is gone: pick another draft/future item for the search test`);
      return entry;
    });

    server = await serveStatic(out);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        isMobile: viewport.mobile,
        hasTouch: viewport.mobile,
        locale: "id-ID",
        timezoneId: "Asia/Jakarta",
      });
      await installAxe(context);
      await context.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
        offsite.push(url.href);
        return route.abort();
      });
      const page = await context.newPage();
      page.on("pageerror", (error) => pageErrors.push(`${page.url()} (${viewport.name}): ${error.message}`));
      contexts.set(viewport.name, context);
      pages.set(viewport.name, page);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    // Let vnu finish reading its files before they go (it is awaited by its own test otherwise).
    await vnu?.catch(() => undefined);
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Opens `path`, checks its status and that it really is the page type it stands for. */
  async function open(page: Page, path: string, marker: string, status = 200): Promise<string> {
    const url = `${server.origin}${path}`;
    const response = await page.goto(url, { waitUntil: "load" });
    expect(response?.status(), `HTTP status of ${url}`).toBe(status);
    await page.locator(marker).first().waitFor({ state: "attached", timeout: 10_000 });
    return url;
  }

  for (const viewport of VIEWPORTS) {
    describe(`axe-core, WCAG 2.2 AA, ${viewport.name} (${viewport.width} px)`, () => {
      for (const pageType of PAGE_TYPES) {
        it(`${pageType.type}: ${pageType.path}`, async () => {
          const page = pages.get(viewport.name)!;
          const url = await open(page, pageType.path, pageType.marker, pageType.status);
          expect(formatViolations(await axeViolations(page), `${url} (${viewport.name})`)).toEqual([]);
        });
      }

      it("home page: every image is shown at its own aspect ratio (Lighthouse image-aspect-ratio)", async () => {
        const page = pages.get(viewport.name)!;
        await open(page, "/", "main");
        const images = await page.locator("img").evaluateAll((all: HTMLImageElement[]) =>
          all
            .filter((i) => i.naturalWidth > 0 && i.clientWidth > 0 && getComputedStyle(i).objectFit !== "cover")
            .map((i) => ({
              src: i.currentSrc,
              shown: i.clientWidth / i.clientHeight,
              natural: i.naturalWidth / i.naturalHeight,
            })),
        );
        expect(images.length).toBeGreaterThan(0);
        // Lighthouse flags a difference of more than 5 %.
        expect(images.filter((i) => Math.abs(i.shown - i.natural) / i.natural > 0.05)).toEqual([]);
      });

      it(`search results: /cari/?q=${KNOWN_NEWS.word}`, async () => {
        const page = pages.get(viewport.name)!;
        const url = await open(page, `/cari/?q=${encodeURIComponent(KNOWN_NEWS.word)}`, ".pagefind-ui__result-link");
        expect(formatViolations(await axeViolations(page), `${url} (${viewport.name})`)).toEqual([]);
      });
    });
  }

  it("the Nu HTML Checker reports no error on any page type nor on the stylesheet", async () => {
    const result = await vnu;
    if ("error" in result) throw result.error;
    expect(
      result.files.filter((f) => f.endsWith(".css")).length,
      "the site's stylesheet is checked too",
    ).toBeGreaterThan(0);
    expect(result.messages.map((m) => formatVnuMessage(m, out))).toEqual([]);
  });

  describe("search (Pagefind UI on /cari/)", () => {
    /** Types `word` into the search box and returns the result links once the search has finished. */
    async function search(word: string): Promise<{ message: string; links: string[] }> {
      const page = pages.get("desktop")!;
      await open(page, "/cari/", "#pencarian input");
      await page.locator("#pencarian input").fill(word);
      // "Ditemukan N hasil untuk …" or "… tidak ditemukan"; "Mencari …" while it is still searching.
      const message = page.locator(".pagefind-ui__message");
      await expect
        .poll(async () => (await message.textContent().catch(() => "")) ?? "", { timeout: 15_000 })
        .toMatch(new RegExp(`ditemukan.*${word}|${word}.*ditemukan`, "i"));
      // Pagefind says how many it found before it has loaded each result's fragment: wait for the links.
      const found = Number(/(\d+)\s+hasil/i.exec((await message.textContent()) ?? "")?.[1] ?? 0);
      if (found > 0)
        await expect
          .poll(() => page.locator(".pagefind-ui__result-link").count(), { timeout: 15_000 })
          .toBeGreaterThan(0);
      const links = await page
        .locator(".pagefind-ui__result-link")
        .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      return { message: (await message.textContent()) ?? "", links };
    }

    it("finds a known public news item by a word of its title", async () => {
      const { message, links } = await search(KNOWN_NEWS.word);
      expect(links, message).toContain(KNOWN_NEWS.url);
    });

    it("finds nothing for words only present in a draft or a future item", async () => {
      for (const entry of hiddenNews)
        expect(isPublic(entry, SAMPLE_NOW), `${entry.file} should not be public`).toBe(false);
      for (const { word } of HIDDEN_NEWS) {
        const { message, links } = await search(word);
        expect(links, message).toEqual([]);
        for (const entry of hiddenNews) expect(links).not.toContain(entry.url);
      }
    });
  });

  it("no page threw a script error", () => {
    expect(pageErrors).toEqual([]);
  });

  it("no request left 127.0.0.1", () => {
    expect(offsite).toEqual([]);
  });
});
