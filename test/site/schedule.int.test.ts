/** Scheduled items: invisible at the fixed clock, published by a build a week later. */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { loadValidContent } from "../../src/content/load.ts";
import { isPublic, type Content, type Entry } from "../../src/content/model.ts";
import { absoluteUrl } from "../../src/content/urls.ts";
import { buildSite } from "../../src/site/build.ts";
import { SAMPLE_NOW } from "./helpers.ts";

const WEEK_LATER = new Date(SAMPLE_NOW.getTime() + 7 * 86_400_000);
let tmp: string;
let out: string;
let content: Content;
let scheduled: Entry[];

beforeAll(async () => {
  content = await loadValidContent("content");
  scheduled = (Object.values(content.entries).flat() as Entry[]).filter(
    (e) => !isPublic(e, SAMPLE_NOW) && isPublic(e, WEEK_LATER),
  );
  tmp = await mkdtemp(join(tmpdir(), "warta-schedule-"));
  out = join(tmp, "_site");
  await buildSite({ contentDir: "content", outputDir: out, now: WEEK_LATER, quiet: true, search: false });
});

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

it("the sample has an item scheduled within the week after the fixed clock", () => {
  expect(scheduled.length).toBeGreaterThan(0);
});

it("a week later each scheduled item has its page and is in the sitemap", async () => {
  const sitemap = await readFile(join(out, "sitemap.xml"), "utf8");
  for (const e of scheduled) {
    expect(existsSync(join(out, e.url, "index.html")), e.url).toBe(true);
    expect(sitemap).toContain(`<loc>${absoluteUrl(content.site.url, e.url)}</loc>`);
  }
});

it("a week later scheduled news is in the feeds and on the news index", async () => {
  const news = scheduled.filter((e) => e.collection === "berita");
  const rss = await readFile(join(out, "feed.xml"), "utf8");
  const index = await readFile(join(out, "berita", "index.html"), "utf8");
  for (const e of news) {
    expect(rss).toContain(`<link>${absoluteUrl(content.site.url, e.url)}</link>`);
    expect(index).toContain(`href="${e.url}"`);
  }
});

it("drafts and exempt information stay hidden a week later too", () => {
  for (const e of Object.values(content.entries).flat() as Entry[]) {
    const exempt =
      e.collection === "informasi-publik" && (e as Entry<"informasi-publik">).data.category === "dikecualikan";
    if (e.data.draft || exempt) expect(existsSync(join(out, e.url, "index.html")), e.url).toBe(false);
  }
});
