import { describe, expect, it } from "vitest";
import { uniqueMediaName } from "../../src/cms/media-names.ts";

const at = new Date(2026, 11, 3, 15, 42, 10);

describe("uniqueMediaName", () => {
  it("keeps a readable lower-case ASCII base, the upload's date and minute, and the extension", () => {
    expect(uniqueMediaName("Foto Rapat Ümum (1).JPG", at)).toBe("foto-rapat-umum-1-2026-12-03-1542.jpg");
    expect(uniqueMediaName("laporan_final.v2.PDF", at)).toBe("laporan-final-v2-2026-12-03-1542.pdf");
    expect(uniqueMediaName("...jpg", at)).toBe("berkas-2026-12-03-1542.jpg");
  });

  it("has no random suffix citizens would read (laporan-uji-ppid-mx7n325rwyb15.pdf)", () => {
    expect(uniqueMediaName("Laporan Uji PPID.pdf", at)).toBe("laporan-uji-ppid-2026-12-03-1542.pdf");
  });

  it("never gives two uploads on one page the same name, even of the same file in the same minute", () => {
    const taken = new Set<string>();
    const names = Array.from({ length: 3 }, () => uniqueMediaName("foto.jpg", at, taken));
    expect(names).toEqual(["foto-2026-12-03-1542.jpg", "foto-2026-12-03-1542-2.jpg", "foto-2026-12-03-1542-3.jpg"]);
    expect(uniqueMediaName("foto.jpg", new Date(2026, 11, 3, 15, 43), taken)).toBe("foto-2026-12-03-1543.jpg");
  });

  it("only makes names the schema's media paths accept", () => {
    for (const name of ["Ñoño.png", "a b c.webp", "x".repeat(300) + ".gif", "草.jpg"]) {
      expect(`/media/berita/${uniqueMediaName(name)}`).toMatch(/^\/media\/[A-Za-z0-9._\-/]+$/);
    }
  });
});
