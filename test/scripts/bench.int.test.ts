/** The benchmark's inputs: a valid synthetic site, the same Markdown for the baseline, and the home page weight. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadValidContent } from "../../src/content/load.ts";
import { homeWeight } from "../../scripts/bench/home.ts";
import { formatReport, median, type BenchResult } from "../../scripts/bench/run.ts";
import { makeSyntheticSite, type SyntheticSite } from "../../scripts/bench/synthetic.ts";

let root: string;
let site: SyntheticSite;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "warta-bench-test-"));
  site = await makeSyntheticSite(root, { items: 40, sampleContent: join(import.meta.dirname, "../../content") });
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe("synthetic site", () => {
  it("is valid content with the requested news items spread over divisions and sharing a few covers", async () => {
    const content = await loadValidContent(site.contentDir);
    const news = content.entries.berita;
    expect(news).toHaveLength(40);
    expect(new Set(news.map((n) => n.data.division)).size).toBeGreaterThan(2);
    expect(new Set(news.map((n) => n.data.cover.src)).size).toBe(site.covers);
    expect(site.covers).toBeLessThanOrEqual(6);
    const words = news.map((n) => n.body.split(/\s+/).length);
    expect(Math.min(...words)).toBeGreaterThan(400);
    expect(news.some((n) => /^## /m.test(n.body) && /^- /m.test(n.body) && /\*\*/.test(n.body))).toBe(true);
  });

  it("gives the baseline every entry with the same Markdown body and a layout", async () => {
    const names = (await readdir(join(site.baselineDir, "berita"))).sort();
    expect(names).toEqual((await readdir(join(site.contentDir, "berita"))).sort());
    expect(site.baselineEntries).toBe(40 + 5 + 5);
    for (const name of names.slice(0, 5)) {
      const ours = matter(await readFile(join(site.contentDir, "berita", name), "utf8"));
      const theirs = matter(await readFile(join(site.baselineDir, "berita", name), "utf8"));
      expect(theirs.content).toBe(ours.content);
      expect(theirs.data).toMatchObject({ title: ours.data.title, layout: "post.njk" });
    }
    expect(await readFile(join(site.baselineDir, "_includes/post.njk"), "utf8")).toContain("{{ content | safe }}");
  });
});

describe("home page weight", () => {
  it("counts the HTML and the local stylesheets and scripts it references, not images or other sites", async () => {
    const dir = join(root, "weight");
    await mkdir(join(dir, "assets"), { recursive: true });
    await writeFile(join(dir, "assets/a.css"), "x".repeat(1000));
    await writeFile(join(dir, "assets/b.js"), "y".repeat(300));
    const html =
      '<link rel="stylesheet" href="/assets/a.css"><link rel="icon" href="/img/logo.png">' +
      '<script src="/assets/b.js" defer></script><script src="https://cdn.example/x.js"></script><img src="/img/f.jpg">';
    await writeFile(join(dir, "index.html"), html);
    expect(await homeWeight(dir)).toEqual({
      html: html.length,
      css: 1000,
      js: 300,
      total: html.length + 1300,
      files: ["/assets/a.css", "/assets/b.js"],
    });
  });
});

describe("report", () => {
  it("ends with the two ratio lines: cold over the baseline's first builds, warm over its rebuilds", () => {
    const run = (s: number) => ({ wallMs: s * 1000, peakMiB: 100 });
    const result: BenchResult = {
      site,
      dir: root,
      kept: false,
      search: false,
      cold: [run(30), run(20), run(25)],
      second: [run(12), run(12), run(12)],
      warm: [run(9), run(11), run(10)],
      baselineFirst: [run(10), run(12), run(8)],
      baselineRebuild: [run(5), run(4), run(6)],
      home: { html: 1, css: 2, js: 3, total: 6, files: [] },
      loadBefore: [1, 1, 1],
      loadAfter: [1, 1, 1],
    };
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const lines = formatReport(result).split("\n");
    expect(lines.slice(-2)).toEqual(["ratio cold: 2.50", "ratio warm: 2.00"]);
    expect(lines).toContain("Second build (caches kept, no spare output yet) / baseline rebuild: 2.40");
  });
});
