import { describe, expect, it } from "vitest";
import { uniqueMediaName } from "../../src/cms/media-names.ts";

describe("uniqueMediaName", () => {
  it("keeps a readable lower-case ASCII base and the extension", () => {
    expect(uniqueMediaName("Foto Rapat Ümum (1).JPG", 1_700_000_000_000, 0.5)).toMatch(/^foto-rapat-umum-1-[a-z0-9]+\.jpg$/);
    expect(uniqueMediaName("laporan_final.v2.PDF", 1, 0)).toMatch(/^laporan-final-v2-[a-z0-9]+\.pdf$/);
    expect(uniqueMediaName("...jpg", 1, 0)).toMatch(/^berkas-[a-z0-9]+\.jpg$/);
  });

  it("never gives two uploads the same name, even of the same file", () => {
    // Same file, same millisecond: only the random part differs.
    const names = new Set(Array.from({ length: 200 }, (_, i) => uniqueMediaName("foto.jpg", 1_700_000_000_000, i / 200)));
    expect(names.size).toBe(200);
    expect(uniqueMediaName("foto.jpg", 1, 0.5)).not.toBe(uniqueMediaName("foto.jpg", 2, 0.5));
  });

  it("only makes names the schema's media paths accept", () => {
    for (const name of ["Ñoño.png", "a b c.webp", "x".repeat(300) + ".gif", "草.jpg"]) {
      expect(`/media/berita/${uniqueMediaName(name)}`).toMatch(/^\/media\/[A-Za-z0-9._\-/]+$/);
    }
  });
});
