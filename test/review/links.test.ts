import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenLinks, builtSiteCheck, contentCheck, internalLinks } from "../../src/review/links.ts";

describe("internal links", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-links-"));
    await mkdir(join(dir, "_site/berita/ada"), { recursive: true });
    await writeFile(join(dir, "_site/index.html"), "");
    await writeFile(join(dir, "_site/berita/ada/index.html"), "");
    await writeFile(join(dir, "_site/feed.xml"), "");
    await mkdir(join(dir, "content/media"), { recursive: true });
    await writeFile(join(dir, "content/media/ada.pdf"), "");
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("finds Markdown, reference and HTML links to site paths, not external ones", () => {
    const line = `[a](/berita/x/) ![b](/media/y.jpg "judul") <a href="/z">z</a> [c](https://contoh.go.id/) [d](//cdn.example/x)`;
    expect(internalLinks(line).map((l) => l.target)).toEqual(["/berita/x/", "/media/y.jpg", "/z"]);
    expect(internalLinks("[ref]: /ppid/").map((l) => l.target)).toEqual(["/ppid/"]);
  });

  it("checks against the built site", () => {
    const text =
      "Lihat [ini](/berita/ada/#bagian) dan [itu](/berita/ada?x=1), [umpan](/feed.xml),\n[hilang](/berita/tidak-ada/) dan [beranda](/).";
    const findings = brokenLinks(text, {
      file: "content/berita/x.md",
      startLine: 8,
      check: builtSiteCheck(join(dir, "_site")),
    });
    expect(findings.map((f) => [f.line, f.excerpt])).toEqual([[9, "/berita/tidak-ada/"]]);
    expect(findings[0]!.why).toMatch(/404/);
  });

  it("without a build, decides only collection pages and media", () => {
    const check = contentCheck({
      contentDir: join(dir, "content"),
      entryUrls: ["/berita/ada/", "/profil/"],
      collectionPrefixes: ["/berita/", "/"],
    });
    expect(check("/berita/ada")).toBe(true);
    expect(check("/berita/")).toBe(true);
    expect(check("/berita/hilang/")).toBe(false);
    expect(check("/media/ada.pdf")).toBe(true);
    expect(check("/media/hilang.pdf")).toBe(false);
    expect(check("/profil/")).toBe(true);
    expect(check("/cari/")).toBe(true);
    expect(check("/tidak-dikenal/")).toBeUndefined();
  });

  it("without a build, knows the pages the build makes below a collection (route table)", () => {
    const check = contentCheck({
      contentDir: join(dir, "content"),
      entryUrls: [],
      collectionPrefixes: ["/berita/", "/informasi-publik/"],
    });
    expect(check("/berita/bidang/")).toBe(true);
    expect(check("/feed.xml")).toBe(true);
    // One division's news, page 2 of the list, a DIP category: generated, but whether that one exists is undecided.
    expect(check("/berita/bidang/ikp/")).toBeUndefined();
    expect(check("/berita/halaman/2/")).toBeUndefined();
    expect(check("/informasi-publik/kategori/berkala/")).toBeUndefined();
    expect(check("/berita/tidak-ada/")).toBe(false);
  });
});
