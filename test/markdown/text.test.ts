import { describe, expect, it } from "vitest";
import { markdownToText, renderDocument } from "../../src/markdown/index.ts";

const RICH = `# Pelayanan **Informasi** Publik

Dinas _Komunikasi_ dan ***Informatika*** membuka [layanan PPID](https://dinas.go.id/ppid/ "PPID") setiap hari kerja.
Baris ini melanjutkan paragraf yang sama.\\
Baris ini dipisah oleh hard break.

## Syarat

- Fotokopi **KTP**
- Formulir [permohonan][form]
  - ditandatangani pemohon
- Kirim ke ppid@dinas.go.id atau www.dinas.go.id

1. Datang ke loket
2. Isi \`formulir\` ~~lama~~ baru

> Kutipan dari *Kepala Dinas*.

![Foto loket](/media/loket.jpg)

| Layanan | Waktu |
| --- | --- |
| Informasi | 10 hari |

Ada <b>HTML</b> di sini<br> dan <!-- komentar --> catatan[^1].

---

\`\`\`
kode apa adanya
\`\`\`

[form]: https://dinas.go.id/formulir/
[^1]: Sesuai Perki 1/2021.
`;

describe("markdownToText", () => {
  const text = markdownToText(RICH);

  it("leaks no Markdown or HTML syntax", () => {
    for (const syntax of ["**", "__", "~~", "#", "](", "[", "]", "`", "<", ">", "---", "|", "*", "_", "!["]) {
      expect(text, `found ${JSON.stringify(syntax)} in:\n${text}`).not.toContain(syntax);
    }
    expect(text).not.toMatch(/https?:\/\/dinas\.go\.id\/(ppid|formulir)/);
  });

  it("keeps the words: link text, emphasis, code, table cells", () => {
    for (const words of [
      "Pelayanan Informasi Publik",
      "Dinas Komunikasi dan Informatika membuka layanan PPID setiap hari kerja.",
      "Fotokopi KTP",
      "Formulir permohonan",
      "Isi formulir lama baru",
      "Kutipan dari Kepala Dinas.",
      "Informasi · 10 hari",
      "Ada HTML di sini dan catatan.",
      "kode apa adanya",
    ]) {
      expect(text).toContain(words);
    }
    // Bare addresses in the text stay readable as text.
    expect(text).toContain("Kirim ke ppid@dinas.go.id atau www.dinas.go.id");
  });

  it("separates blocks with a blank line and puts list items on their own lines after •", () => {
    expect(text.split("\n\n").slice(0, 3)).toEqual([
      "Pelayanan Informasi Publik",
      "Dinas Komunikasi dan Informatika membuka layanan PPID setiap hari kerja. Baris ini melanjutkan paragraf yang sama.\nBaris ini dipisah oleh hard break.",
      "Syarat",
    ]);
    expect(text).toContain("• Fotokopi KTP\n• Formulir permohonan\n  • ditandatangani pemohon\n• Kirim ke");
    expect(text).toContain("• Datang ke loket\n• Isi formulir lama baru");
    expect(text).not.toMatch(/\n{3,}/);
  });

  it("leaves out images, footnote definitions and raw HTML", () => {
    expect(text).not.toContain("Foto loket");
    expect(text).not.toContain("Perki");
    expect(text).not.toContain("komentar");
  });

  it("equals the text renderDocument derives from the same parse as the HTML", () => {
    expect(renderDocument(RICH).text).toBe(text);
  });

  it("skips empty list items instead of printing a lone bullet", () => {
    expect(markdownToText("- satu\n-\n- dua")).toBe("• satu\n• dua");
  });

  it("is empty for an empty body and plain for plain text", () => {
    expect(markdownToText("")).toBe("");
    expect(markdownToText("Halo dunia")).toBe("Halo dunia");
    expect(markdownToText("A &amp; B &lt;C&gt;")).toBe("A & B <C>");
  });
});
