import { describe, expect, it } from "vitest";
import { imageEditorComponent } from "../../src/cms/editor-image.ts";

const h = (type: unknown, props: Record<string, unknown> | null) => ({ type, props });
const block = imageEditorComponent(h);

describe("Indonesian image block of the Markdown editor", () => {
  it("replaces Decap's own image block, with Indonesian labels and no URL input", () => {
    expect(block.id).toBe("image");
    expect(block.fields.map((f) => f.label)).toEqual([
      "Gambar",
      "Teks alternatif (wajib)",
      "Judul (muncul saat kursor di atas gambar)",
    ]);
    expect(block.fields[0]).toMatchObject({ widget: "image", choose_url: false });
  });

  it("reads and writes the same Markdown as Decap's block", () => {
    const markdown = '![Peserta rapat di aula](/media/berita/rapat-abc.jpg "Rapat koordinasi")';
    const data = block.fromBlock(markdown.match(block.pattern));
    expect(data).toEqual({
      image: "/media/berita/rapat-abc.jpg",
      alt: "Peserta rapat di aula",
      title: "Rapat koordinasi",
    });
    expect(block.toBlock(data!)).toBe(markdown);
    expect(block.toBlock({ image: "/media/a.jpg", alt: "kurung [siku]" })).toBe("![kurung siku](/media/a.jpg)");
  });

  it("previews with the asset URL Decap gives for the file in the repository", () => {
    expect(block.toPreview({ image: "/media/a.jpg", alt: "A" }, (p) => `blob:${p}`)).toEqual({
      type: "img",
      props: { src: "blob:content/media/a.jpg", alt: "A", title: "" },
    });
  });
});
