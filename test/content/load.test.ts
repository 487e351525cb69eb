import { utimes } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ContentError, formatProblems, loadContent, loadValidContent } from "../../src/content/load.ts";
import type { Problem } from "../../src/content/model.ts";
import { makeContentFixture, markdown, removeContentFixture, defaultEntries } from "./fixture.ts";

const made: string[] = [];
async function fixture(options?: Parameters<typeof makeContentFixture>[0]) {
  const dir = await makeContentFixture(options);
  made.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeContentFixture));
});

describe("loadContent on a valid tree", () => {
  it("reports no problem and returns every entry with slug, URL, date and body position", async () => {
    const dir = await fixture();
    const { content, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(content.dir).toBe(path.resolve(dir));
    expect(content.site.name).toBe("Diskominfo Kabupaten Contoh");
    expect(content.divisions.items.map((d) => d.id)).toEqual(["umum", "ikp", "aptika"]);

    const news = content.entries.berita;
    expect(news).toHaveLength(1);
    expect(news[0]).toMatchObject({
      collection: "berita",
      slug: "pelatihan-umkm",
      file: "content/berita/2025-11-03-pelatihan-umkm.md",
      url: "/berita/pelatihan-umkm/",
    });
    // 09:00 in Asia/Jakarta (UTC+7).
    expect(news[0]!.date.toISOString()).toBe("2025-11-03T02:00:00.000Z");
    expect(news[0]!.data.draft).toBe(false);
    expect(news[0]!.data.gallery).toEqual([]);
    expect(news[0]!.body).toBe(defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!.body);
    // The body's first line is the line after the closing ---.
    const lines = markdown(defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!.frontMatter).split("\n");
    expect(news[0]!.bodyLine).toBe(lines.length);

    const pages = content.entries.halaman.map((e) => e.url).sort();
    expect(pages).toEqual(["/ppid/maklumat-pelayanan/", "/profil/"]);
    for (const name of ["pengumuman", "agenda", "galeri", "informasi-publik"] as const) {
      expect(content.entries[name]).toHaveLength(1);
    }
  });

  it("dates a page without `date` by its file's modification time, and uses the site's time zone", async () => {
    const dir = await fixture({ data: { site: { timeZone: "Asia/Jayapura" } } });
    const when = new Date("2024-05-06T07:08:09Z");
    await utimes(path.join(dir, "halaman/profil.md"), when, when);
    const { content, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(content.entries.halaman.find((e) => e.slug === "profil")!.date.getTime()).toBe(when.getTime());
    // 2025-11-03T09:00 WIT is 00:00 UTC.
    expect(content.entries.berita[0]!.date.toISOString()).toBe("2025-11-03T00:00:00.000Z");
  });

  it("keeps drafts and future items (filtering is isPublic's job)", async () => {
    const entry = defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!;
    const dir = await fixture({
      files: {
        "berita/2099-01-01-masa-depan.md": markdown({ ...entry.frontMatter, date: "2099-01-01" }, "Nanti."),
        "berita/2025-11-04-draf.md": markdown({ ...entry.frontMatter, date: "2025-11-04", draft: true }, "Draf."),
      },
    });
    const { content, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(content.entries.berita.map((e) => e.slug)).toEqual(["masa-depan", "draf", "pelatihan-umkm"]);
  });

  it("reads CRLF files with a byte order mark and still gives the right lines", async () => {
    const text = ["\uFEFF---", "title: Halaman CRLF", "summary: Ringkasan halaman.", "sumary: salah ketik", "---", "Isi"].join("\r\n");
    const dir = await fixture({ files: { "halaman/crlf.md": text } });
    const { problems } = await loadContent(dir);
    expect(problems).toEqual([expect.objectContaining({ file: "content/halaman/crlf.md", line: 4, field: "sumary" })]);
  });

  it("reports progress for every Markdown file", async () => {
    const dir = await fixture();
    const calls: [number, number][] = [];
    await loadContent(dir, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls[0]).toEqual([0, 7]);
    expect(calls.at(-1)).toEqual([7, 7]);
    expect(calls).toHaveLength(8);
  });

  it("accepts a relative content folder and reports files from the repository root", async () => {
    const dir = await fixture({ files: { "halaman/x.md": "tanpa front matter" } });
    const relative = path.relative(process.cwd(), dir);
    const { problems } = await loadContent(relative);
    expect(problems.map((p) => p.file)).toEqual(["content/halaman/x.md"]);
  });

  it("throws a plain error when the folder does not exist", async () => {
    await expect(loadContent("/nonexistent/content")).rejects.toThrow(/not found/);
  });
});

describe("broken data files", () => {
  it("still returns content with what could be parsed, plus the problems", async () => {
    const dir = await fixture({
      files: { "_data/menu.yml": "items:\n  - label: Beranda\n    url: /\n  - label: [rusak\n" },
      data: {
        divisions: { items: [{ id: "umum", name: "Sekretariat" }, { id: "Salah Kode", name: "Bidang rusak" }, { id: "ikp", name: "IKP" }] },
        site: { email: "bukan-surel" },
      },
    });
    const { content, problems } = await loadContent(dir);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      "content/_data/divisions.yml items.1.id",
      "content/_data/menu.yml ",
      "content/_data/site.yml email",
      // aptika is gone, so the team member and the gallery album that name it are reported too.
      "content/_data/team.yml members.2.division",
      "content/galeri/pameran-teknologi.md division",
    ]);
    // Valid divisions are kept, so entries are checked against them.
    expect(content.divisions.items.map((d) => d.id)).toEqual(["umum", "ikp"]);
    expect(content.menu.items).toEqual([]);
    expect(content.site.name).toBe("Diskominfo Kabupaten Contoh");
    expect(content.site.email).toBe("");
    expect(content.entries.galeri).toEqual([]);
  });

  it("refuses a site address in a sub-folder, whose root-relative links would all break", async () => {
    const dir = await fixture({ data: { site: { url: "https://diskominfo-contoh.github.io/situs/" } } });
    const { problems } = await loadContent(dir);
    const problem = problems.find((p) => p.file === "content/_data/site.yml" && p.field === "url");
    expect(problem?.message).toMatch(/tanpa sub-folder/);
    expect(problem?.fix).toMatch(/CNAME/);
    expect(problem?.line).toBeGreaterThan(1);
    // The domain root, with or without the final slash, is fine.
    for (const url of ["https://diskominfo.contoh.go.id", "https://diskominfo.contoh.go.id/"]) {
      const ok = await loadContent(await fixture({ data: { site: { url } } }));
      expect(ok.problems).toEqual([]);
    }
  });

  it("reports a missing data file and falls back to empty values", async () => {
    const dir = await fixture({ files: { "_data/programme.yml": null } });
    const { content, problems } = await loadContent(dir);
    expect(problems).toEqual([
      expect.objectContaining({ file: "content/_data/programme.yml", line: 1, field: "", message: expect.stringMatching(/tidak ditemukan/) }),
    ]);
    expect(content.programme.items).toEqual([]);
  });
});

describe("one cause, one message", () => {
  const news = defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!;

  it("counts characters in a length message the way the rule does: an emoji is one", async () => {
    const dir = await fixture({ files: { "berita/2025-11-03-pelatihan-umkm.md": markdown({ ...news.frontMatter, tags: ["😍"] }, news.body) } });
    const { problems } = await loadContent(dir);
    expect(problems).toEqual([expect.objectContaining({ field: "tags.0", message: "Topik minimal 2 karakter", fix: "tulis minimal 2 karakter (sekarang 1 karakter)" })]);
  });

  it("reports an over-long division name once, in divisions.yml, not again in every entry naming the division", async () => {
    const items = [{ id: "umum", name: "Sekretariat" }, { id: "ikp", name: "I".repeat(151) }, { id: "aptika", name: "Aplikasi Informatika" }];
    const many = Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [`berita/2025-11-0${i + 1}-kabar-${i}.md`, markdown({ ...news.frontMatter, division: "ikp" }, news.body)]),
    );
    const { problems } = await loadContent(await fixture({ data: { divisions: { items } }, files: many }));
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(["content/_data/divisions.yml items.1.name"]);
  });

  it("refuses control characters that YAML escapes write into a value, at the value's line, in any file", async () => {
    const text = ["---", 'title: "Rapat\\b koordinasi"', "summary: Ringkasan halaman.", 'order: 1', "---", "Isi"].join("\n");
    const { problems } = await loadContent(
      await fixture({ files: { "halaman/kontrol.md": text }, data: { divisions: { items: [{ id: "umum", name: "Sekre\u0007tariat" }, { id: "ikp", name: "IKP" }, { id: "aptika", name: "Aptika" }] } } }),
    );
    expect(problems).toEqual([
      expect.objectContaining({ file: "content/_data/divisions.yml", field: "items.0.name", message: expect.stringContaining("(kode 0x07)"), fix: expect.stringMatching(/^hapus karakter itu/) }),
      expect.objectContaining({ file: "content/halaman/kontrol.md", line: 2, field: "title", message: "isian memuat karakter kontrol yang tidak terlihat (kode 0x08)" }),
    ]);
  });

  it("normalises CRLF and CR line ends at load, so no carriage return reaches the body", async () => {
    const text = ["---", "title: Halaman CRLF", "summary: Ringkasan halaman.", "---", "Baris satu", "baris dua", "", "Paragraf\rberikut"].join("\r\n");
    const { content, problems } = await loadContent(await fixture({ files: { "halaman/crlf.md": text } }));
    expect(problems).toEqual([]);
    const page = content.entries.halaman.find((e) => e.slug === "crlf")!;
    expect(page.body).toBe("Baris satu\nbaris dua\n\nParagraf\nberikut");
    expect(page.bodyLine).toBe(5);
  });
});

describe("loadValidContent and formatProblems", () => {
  it("throws a ContentError whose message lists every problem and a summary", async () => {
    const dir = await fixture({ files: { "halaman/a.md": "tanpa front matter", "pengumuman/b.md": "---\ntitle: [\n---\n" } });
    const error = await loadValidContent(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems;
    expect(problems).toHaveLength(2);
    expect((error as ContentError).message).toBe(formatProblems(problems));
    const lines = (error as ContentError).message.split("\n");
    expect(lines[0]).toMatch(/^content\/halaman\/a\.md:1 {2}- {2}berkas tidak memiliki front matter.* {2}→ mulai berkas/);
    expect(lines[1]).toMatch(/^content\/pengumuman\/b\.md:2 {2}/);
    expect(lines[2]).toBe("Ditemukan 2 masalah pada 2 berkas. Perbaiki semuanya lalu periksa lagi dengan: npm run check");
  });

  it("formats one line per problem as file:line  field  message  → fix", () => {
    const problem: Problem = { file: "content/berita/a.md", line: 7, field: "cover.alt", message: "teks alternatif (alt) wajib diisi", fix: "isi teks alternatif" };
    expect(formatProblems([problem]).split("\n")[0]).toBe("content/berita/a.md:7  cover.alt  teks alternatif (alt) wajib diisi  → isi teks alternatif");
  });

  it("returns the content when there is no problem", async () => {
    const dir = await fixture();
    const content = await loadValidContent(dir);
    expect(content.entries.berita).toHaveLength(1);
  });
});
