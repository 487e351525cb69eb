import { describe, expect, it } from "vitest";
import { absoluteUrl, slugFromPath, urlFor } from "../../src/content/urls.ts";

describe("slugs and URLs", () => {
  it("drops the date prefix of news files only", () => {
    expect(slugFromPath("berita", "2026-11-03-rapat-koordinasi.md")).toBe("rapat-koordinasi");
    expect(slugFromPath("pengumuman", "2026-11-03-libur.md")).toBe("2026-11-03-libur");
    expect(urlFor("berita", slugFromPath("berita", "2026-11-03-rapat-koordinasi.md"))).toBe("/berita/rapat-koordinasi/");
  });

  it("keeps the folders of pages, on any platform's separators", () => {
    expect(slugFromPath("halaman", "ppid/maklumat-pelayanan.md")).toBe("ppid/maklumat-pelayanan");
    expect(slugFromPath("halaman", "ppid\\maklumat-pelayanan.md")).toBe("ppid/maklumat-pelayanan");
    expect(urlFor("halaman", "ppid/maklumat-pelayanan")).toBe("/ppid/maklumat-pelayanan/");
  });

  it("gives each collection its own prefix", () => {
    expect(urlFor("informasi-publik", "dipa-2026")).toBe("/informasi-publik/dipa-2026/");
    expect(urlFor("galeri", "hut-ri")).toBe("/galeri/hut-ri/");
    expect(urlFor("agenda", "rapat")).toBe("/agenda/rapat/");
  });

  it("makes absolute URLs whether or not the site URL ends with a slash or has a path", () => {
    expect(absoluteUrl("https://diskominfo.contoh.example", "/berita/a/")).toBe("https://diskominfo.contoh.example/berita/a/");
    expect(absoluteUrl("https://contoh.example/situs", "berita/a/")).toBe("https://contoh.example/situs/berita/a/");
  });
});
