import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  MarkdownCache,
  renderBodies,
  renderDocuments,
  renderMarkdown,
  type RenderBodiesOptions,
} from "../../src/markdown/index.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "warta-md-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const bodies = Array.from(
  { length: 12 },
  (_, i) => `## Berita ${i}\n\nKalimat-unik-${i} dengan [tautan](https://contoh.go.id/${i}).`,
);

/** `renderBodies`, and how many bodies it ran through the pipeline (in this thread or in workers). */
async function renderCounted(md: string[], options: RenderBodiesOptions): Promise<{ html: string[]; renders: number }> {
  let renders = -1;
  const html = await renderBodies(md, {
    ...options,
    onSummary: (s) => (renders = s.renderedHere + s.renderedInWorkers),
  });
  return { html, renders };
}

/** Bodies a cache had to have rendered (misses) during `work`: a Markdown library renders exactly its misses. */
function missesDuring(cache: MarkdownCache, work: () => void): number {
  const before = cache.stats.misses;
  work();
  return cache.stats.misses - before;
}

describe("MarkdownCache with renderBodies", () => {
  it("renders cold, then serves a second render of the same bodies from the cache without running the pipeline", async () => {
    const first = await renderCounted(bodies, { cache: new MarkdownCache({ dir }), workers: 0 });
    const cold = first.html;
    expect(first.renders).toBe(12);
    expect(cold).toEqual(bodies.map((md) => renderMarkdown(md)));

    const warmCache = new MarkdownCache({ dir });
    const run = await renderCounted(bodies, { cache: warmCache, workers: 0 });
    const warm = run.html;
    expect(run.renders).toBe(0);
    expect(warm).toEqual(cold);
    expect(warmCache.stats).toMatchObject({ hits: 12, misses: 0, loaded: 12 });
  });

  it("serves what is stored: an entry edited on disk comes back as edited", async () => {
    await renderBodies(bodies, { cache: new MarkdownCache({ dir }), workers: 0 });
    const file = new MarkdownCache({ dir }).file;
    // Same byte length, so the pack stays well-formed.
    writeFileSync(file, readFileSync(file, "latin1").replace("Kalimat-unik-3 ", "KALIMAT-UNIK-3 "), "latin1");
    const html = await renderBodies(bodies, { cache: new MarkdownCache({ dir }), workers: 0 });
    expect(html[3]).toContain("KALIMAT-UNIK-3");
    expect(html[4]).toContain("Kalimat-unik-4");
  });

  it("misses only for a changed body", async () => {
    await renderBodies(bodies, { cache: new MarkdownCache({ dir }), workers: 0 });
    const changed = bodies.map((md, i) => (i === 5 ? md + " Diperbarui." : md));
    const cache = new MarkdownCache({ dir });
    const run = await renderCounted(changed, { cache, workers: 0 });
    const html = run.html;
    expect(run.renders).toBe(1);
    expect(cache.stats).toMatchObject({ hits: 11, misses: 1 });
    expect(html[5]).toContain("Diperbarui.");
  });

  it("keys on the site URL too, since it decides which links are external", () => {
    const cache = new MarkdownCache({ dir });
    expect(cache.key("x", "https://dinas.go.id/")).not.toBe(cache.key("x"));
    expect(cache.key("x", "https://dinas.go.id/")).toBe(cache.key("x", "https://DINAS.go.id/berita/"));
    expect(cache.key("x")).not.toBe(cache.key("y"));
  });

  it.each([
    ["garbage", () => Buffer.from("bukan cache sama sekali")],
    ["a truncated pack", (valid: Buffer) => valid.subarray(0, Math.floor(valid.length / 2))],
    [
      "a pack with a wrong index",
      (valid: Buffer) =>
        Buffer.concat([
          valid.subarray(0, 12),
          Buffer.from("{".repeat(valid.readUInt32LE(8))),
          valid.subarray(12 + valid.readUInt32LE(8)),
        ]),
    ],
  ])("ignores %s instead of failing, and replaces it", async (_, damage) => {
    await renderBodies(bodies, { cache: new MarkdownCache({ dir }), workers: 0 });
    const file = new MarkdownCache({ dir }).file;
    writeFileSync(file, damage(readFileSync(file)));

    const cache = new MarkdownCache({ dir });
    const run = await renderCounted(bodies, { cache, workers: 0 });
    const html = run.html;
    expect(run.renders).toBe(12);
    expect(cache.stats.discarded).toBeTruthy();
    expect(html).toEqual(bodies.map((md) => renderMarkdown(md)));
    expect(new MarkdownCache({ dir }).size).toBe(12);
  });

  it("renders identical bodies once", async () => {
    const cache = new MarkdownCache({ dir });
    const same = ["Sama.", "Sama.", "Beda.", "Sama."];
    const run = await renderCounted(same, { cache, workers: 0 });
    const html = run.html;
    expect(run.renders).toBe(2);
    expect(html).toEqual(["<p>Sama.</p>", "<p>Sama.</p>", "<p>Beda.</p>", "<p>Sama.</p>"]);
  });

  it("keeps the text next to the HTML", async () => {
    await renderDocuments(["# Judul\n\nIsi **tebal**."], { cache: new MarkdownCache({ dir }), workers: 0 });
    const [doc] = await renderDocuments(["# Judul\n\nIsi **tebal**."], {
      cache: new MarkdownCache({ dir }),
      workers: 0,
    });
    expect(doc).toEqual({ html: "<h2>Judul</h2>\n<p>Isi <strong>tebal</strong>.</p>", text: "Judul\n\nIsi tebal." });
  });

  it("keeps each body's media report next to its HTML, from the parse that rendered it (worker or cache)", async () => {
    const md =
      "Unduh [laporan](\n/media/dokumen/laporan%20akhir.pdf) dan [x](/media/../rahasia.md).\n\n![Foto](/media/foto.png)";
    const expected = {
      findings: [
        expect.objectContaining({
          line: 2,
          message: 'path berkas "/media/../rahasia.md" keluar dari folder content/media',
        }),
      ],
      media: [
        { line: 1, sitePath: "/media/dokumen/laporan akhir.pdf", image: false },
        { line: 4, sitePath: "/media/foto.png", image: true },
      ],
    };
    const [cold] = await renderDocuments([md], { cache: new MarkdownCache({ dir }), workers: 1 });
    expect(cold!.report).toEqual(expected);
    const [warm] = await renderDocuments([md], { cache: new MarkdownCache({ dir }), workers: 0 });
    expect(warm!.report).toEqual(expected);
  });

  it("drops entries no build has used for five saves", async () => {
    await renderBodies(["Lama."], { cache: new MarkdownCache({ dir }), workers: 0 });
    for (let build = 1; build <= 5; build++) {
      await renderBodies([`Baru ${build}.`], { cache: new MarkdownCache({ dir }), workers: 0 });
      const cache = new MarkdownCache({ dir });
      expect(cache.get(cache.key("Lama.")) !== undefined, `after build ${build}`).toBe(build < 5);
    }
  });

  it("does not rewrite the pack when nothing was missing", async () => {
    await renderBodies(bodies, { cache: new MarkdownCache({ dir }), workers: 0 });
    const cache = new MarkdownCache({ dir });
    await renderBodies(bodies, { cache, workers: 0 });
    expect(cache.save()).toBe(false);
  });

  it("reports progress up to the total", async () => {
    const seen: [number, number][] = [];
    await renderBodies(bodies, {
      cache: new MarkdownCache({ dir }),
      workers: 0,
      onProgress: (done, total) => seen.push([done, total]),
    });
    expect(seen.at(-1)).toEqual([12, 12]);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true);
  });
});

describe("markdownLibrary (Eleventy's Markdown library)", () => {
  it("renders through the cache: a prerendered or already rendered body is looked up, not rendered", async () => {
    const { markdownLibrary } = await import("../../src/markdown/index.ts");
    const cache = new MarkdownCache({ dir });
    const library = markdownLibrary({ cache, siteUrl: "https://dinas.go.id/" });
    await library.prerender(bodies.slice(0, 6), { workers: 0 });
    let html: string[] = [];
    expect(missesDuring(cache, () => (html = bodies.map((md) => library.render(md))))).toBe(6);
    expect(html).toEqual(bodies.map((md) => renderMarkdown(md, { siteUrl: "https://dinas.go.id/" })));
    expect(library.save()).toBe(true);

    const nextCache = new MarkdownCache({ dir });
    const next = markdownLibrary({ cache: nextCache, siteUrl: "https://dinas.go.id/" });
    expect(missesDuring(nextCache, () => bodies.forEach((md) => next.render(md)))).toBe(0);
  });
});
