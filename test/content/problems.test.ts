/** Each kind of content problem: the file, the line, the field and the Indonesian message and fix. */
import { symlink, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import type { Problem } from "../../src/content/model.ts";
import { LIMITS } from "../../src/content/schema.ts";
import { defaultEntries, makeContentFixture, markdown, removeContentFixture, type FixtureOptions } from "./fixture.ts";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeContentFixture));
});

async function fixture(options?: FixtureOptions) {
  const dir = await makeContentFixture(options);
  made.push(dir);
  return dir;
}

async function problemsOf(options: FixtureOptions, prepare?: (dir: string) => Promise<void>) {
  const dir = await fixture(options);
  await prepare?.(dir);
  const result = await loadContent(dir);
  return { ...result, problems: result.problems, dir };
}

const file = (path: string) => `content/${path}`;
/** Lines of a file from an array, so each test states which line holds what. */
const lines = (...l: string[]) => `${l.join("\n")}\n`;

const NEWS = "berita/2025-11-05-uji.md";
const validNews = (fields: Record<string, unknown> = {}, body = "Isi berita.") =>
  markdown({ ...defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!.frontMatter, ...fields }, body);

function expectOne(problems: Problem[], expected: Partial<Problem> & { message?: unknown; fix?: unknown }) {
  expect(problems).toEqual([expect.objectContaining(expected)]);
}

describe("file structure", () => {
  it("reports a YAML syntax error at its line and does not include the entry", async () => {
    const { problems, content } = await problemsOf({
      files: {
        [NEWS]: lines("---", "title: Judul berita uji", "summary: Rapat: hasil dan tindak lanjut", "date: 2025-11-05", "---", "Isi"),
      },
    });
    expectOne(problems, {
      file: file(NEWS),
      line: 3,
      field: "",
      message: "nilai berisi titik dua (:) yang dibaca sebagai kolom baru",
      fix: expect.stringContaining("apit nilainya dengan tanda kutip"),
    });
    expect(content.entries.berita.map((e) => e.file)).not.toContain(file(NEWS));
  });

  it("points an unclosed quote or bracket at the line that opened it", async () => {
    const { problems } = await problemsOf({
      files: {
        "halaman/kutip.md": lines("---", 'title: "Profil', "summary: Ringkasan halaman.", "order: 3", "---"),
        "halaman/kurung.md": lines("---", "title: Profil", "summary: [Ringkasan, halaman", "order: 3", "---"),
        "halaman/tab.md": lines("---", "title: Profil", "\tsummary: Ringkasan halaman.", "---"),
      },
    });
    expect(problems.map((p) => [p.file, p.line, p.message])).toEqual([
      [file("halaman/kurung.md"), 3, "kurung [ dibuka tetapi tidak ditutup"],
      [file("halaman/kutip.md"), 2, "tanda kutip dibuka tetapi tidak ditutup"],
      [file("halaman/tab.md"), 3, "indentasi memakai tab"],
    ]);
  });

  it("reports a file without front matter, and one whose front matter is never closed", async () => {
    const { problems } = await problemsOf({
      files: {
        "halaman/tanpa.md": "# Judul\n\nIsi saja.\n",
        "halaman/terbuka.md": lines("---", "title: Profil", "summary: Ringkasan halaman.", "Isi"),
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: file("halaman/tanpa.md"), line: 1, message: expect.stringContaining("tidak memiliki front matter") }),
      expect.objectContaining({ file: file("halaman/terbuka.md"), line: 1, message: expect.stringContaining("tidak pernah ditutup") }),
    ]);
  });

  it("reports front matter that is a list instead of fields", async () => {
    const { problems } = await problemsOf({ files: { "halaman/daftar.md": lines("---", "- title", "- summary", "---") } });
    expectOne(problems, { file: file("halaman/daftar.md"), message: expect.stringContaining("pasangan nama: nilai") });
  });

  it("reports invalid UTF-8 and binary junk at their line instead of throwing", async () => {
    const header = Buffer.from(lines("---", "title: Profil dinas", "summary: Ringkasan halaman.", "---"));
    const { problems } = await problemsOf({
      files: {
        "halaman/latin1.md": Buffer.concat([header, Buffer.from("Baris lima\nCaf"), Buffer.from([0xe9, 0x20, 0xff]), Buffer.from("\n")]),
        "halaman/biner.md": Buffer.concat([header, Buffer.from("ok\n\u0000\u0001\u0002")]),
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: file("halaman/biner.md"), line: 6, message: expect.stringContaining("karakter biner/kontrol"), fix: expect.stringContaining("UTF-8") }),
      expect.objectContaining({ file: file("halaman/latin1.md"), line: 6, message: expect.stringContaining("bukan teks UTF-8"), fix: expect.stringContaining("UTF-8") }),
    ]);
  });

  it("reports a Markdown file over the size limit without reading it", async () => {
    const big = 200 * 1024 * 1024;
    const before = process.memoryUsage().arrayBuffers;
    const { problems } = await problemsOf({ files: { "halaman/besar.md": "" } }, (dir) => truncate(path.join(dir, "halaman/besar.md"), big));
    expectOne(problems, {
      file: file("halaman/besar.md"),
      line: 1,
      message: `berkas berukuran 200 MB, melebihi batas ${LIMITS.markdownBytes / 1024 / 1024} MB`,
    });
    // Reading it would have allocated 200 MB of buffers.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024);
  });
});

describe("fields", () => {
  it("reports a wrong type at the field's line with a fix", async () => {
    const { problems } = await problemsOf({ files: { "halaman/profil.md": lines("---", "title: Profil", "summary: Ringkasan halaman.", "order: pertama", "---") } });
    expectOne(problems, {
      file: file("halaman/profil.md"),
      line: 4,
      field: "order",
      message: "Urutan harus berupa angka, bukan teks",
      fix: "tulis angka tanpa tanda kutip, mis. order: 10",
    });
  });

  it("reports a missing required field, and an empty one at its own line", async () => {
    const { problems } = await problemsOf({
      files: {
        "halaman/profil.md": lines("---", "title: Profil", "order: 3", "---"),
        "halaman/kosong.md": lines("---", "title: Profil lain", "summary:", "---"),
      },
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: file("halaman/kosong.md"), line: 3, field: "summary", message: "Ringkasan wajib diisi", fix: 'isi nilai sesudah "summary:"' }),
      expect.objectContaining({
        file: file("halaman/profil.md"),
        line: 1,
        field: "summary",
        message: "Ringkasan wajib diisi",
        fix: 'tambahkan baris "summary: …" (Ringkasan)',
      }),
    ]);
  });

  it("names an unknown field and suggests the known one it was probably meant to be", async () => {
    const { problems } = await problemsOf({
      files: {
        "halaman/profil.md": lines("---", "title: Profil", "sumary: Ringkasan halaman.", "judul: Profil dinas", "warna: merah", "---"),
      },
    });
    expect(problems.map((p) => [p.line, p.field, p.message, p.fix])).toEqual([
      [1, "summary", "Ringkasan wajib diisi", expect.any(String)],
      [3, "sumary", 'kolom "sumary" tidak dikenal', 'maksud Anda "summary"? ganti nama kolom "sumary" menjadi "summary"'],
      // The Indonesian label is recognised too.
      [4, "judul", 'kolom "judul" tidak dikenal', 'maksud Anda "title"? ganti nama kolom "judul" menjadi "title"'],
      [5, "warna", 'kolom "warna" tidak dikenal', "hapus kolom ini; kolom yang tersedia: title, summary, order, date, draft"],
    ]);
  });

  it("finds the line of nested fields and list items", async () => {
    const text = lines(
      "---",
      "title: Pelatihan pemasaran digital",
      "date: 2025-11-05",
      "summary: Ringkasan kegiatan dinas untuk daftar berita.",
      "division: ikp",
      "author: Tim Humas",
      "cover:",
      "  src: /media/2025/pelatihan.png",
      "  alt: Peserta pelatihan di aula",
      "  capton: salah ketik",
      "attachments:",
      "  - file: /media/dokumen/materi.pdf",
      "    title: Materi",
      "  - file: /media/dokumen/materi.docx.exe",
      "    title: Berkas lain",
      "---",
    );
    const { problems } = await problemsOf({ files: { [NEWS]: text } });
    expect(problems.map((p) => [p.line, p.field, p.fix])).toEqual([
      [10, "cover.capton", 'maksud Anda "caption"? ganti nama kolom "capton" menjadi "caption"'],
      [14, "attachments.1.file", expect.stringContaining("pakai berkas berjenis pdf, docx, xlsx")],
    ]);
  });

  it("reports an unknown division and lists the valid ones", async () => {
    const { problems } = await problemsOf({ files: { [NEWS]: validNews({ division: "keuangan" }) } });
    expectOne(problems, {
      file: file(NEWS),
      line: 5,
      field: "division",
      message: 'bidang "keuangan" tidak terdaftar di content/_data/divisions.yml',
      fix: "pilih salah satu bidang: umum, ikp, aptika",
    });
  });

  it("reports a date that is not on the calendar", async () => {
    const { problems } = await problemsOf({ files: { [NEWS]: validNews({ date: "2025-02-30" }) } });
    expectOne(problems, { line: 3, field: "date", message: 'tanggal "2025-02-30" tidak ada di kalender' });
  });
});

describe("images without alt text", () => {
  it("reports cover, gallery and video poster images without alt, each at its line", async () => {
    const text = lines(
      "---",
      "title: Pelatihan pemasaran digital",
      "date: 2025-11-05",
      "summary: Ringkasan kegiatan dinas untuk daftar berita.",
      "division: ikp",
      "author: Tim Humas",
      "cover:",
      "  src: /media/2025/pelatihan.png",
      "gallery:",
      "  - src: /media/2025/galeri-1.png",
      '    alt: ""',
      "video:",
      "  title: Video kegiatan",
      "  mp4: /media/2025/video.mp4",
      "  poster:",
      "    src: /media/2025/galeri-1.png",
      "---",
    );
    const { problems } = await problemsOf({ files: { [NEWS]: text, "media/2025/video.mp4": new Uint8Array(16) } });
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [7, "cover.alt"],
      [11, "gallery.0.alt"],
      [15, "video.poster.alt"],
    ]);
    for (const p of problems) {
      expect(p.message).toMatch(/^teks alternatif \(alt\) wajib diisi/);
      expect(p.fix).toMatch(/^isi teks alternatif yang menjelaskan gambar/);
    }
  });

  it("reports images in the Markdown body without alt, at their line in the file", async () => {
    const body = lines("Paragraf pertama.", "", "![](/media/2025/pelatihan.png)", "", "![ ][foto]", "", "[foto]: /media/2025/galeri-1.png", "", '<img src="/media/logo.png">');
    const { problems } = await problemsOf({ files: { "halaman/profil.md": lines("---", "title: Profil", "summary: Ringkasan halaman.", "---") + body } });
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [7, "body", "gambar di isi tulisan tidak memiliki teks alternatif"],
      [9, "body", "gambar di isi tulisan tidak memiliki teks alternatif"],
      [13, "body", "gambar HTML <img> tanpa teks alternatif"],
    ]);
  });
});

describe("Markdown bodies with and without HTML", () => {
  // Bodies with and without HTML go through the same parse (once a line scan and a parser): both must agree.
  const body = lines(
    "Paragraf pertama dengan ![Foto narasumber](/media/2025/pelatihan.png).", // line 5
    "",
    "![](/media/2025/galeri-1.png)", //                                          7  no alt
    "",
    "```", //                                                                    9
    "![](/contoh/di-dalam-kode.png)", //                                         10 code: ignored
    "```",
    "",
    "Unduh [laporan](/media/dokumen/tidak-ada.pdf) dan lihat ![Peta lokasi](https://peta.example.com/a.png).", // 13
    "",
    "![ ][foto]", //                                                              15 no alt
    "",
    "[foto]: /media/2025/hilang.png", //                                          17 missing file
  );
  const expected = [
    [7, "gambar di isi tulisan tidak memiliki teks alternatif"],
    [13, "berkas content/media/dokumen/tidak-ada.pdf tidak ditemukan"],
    [13, 'gambar "https://peta.example.com/a.png" tidak berasal dari folder media situs'],
    [15, "gambar di isi tulisan tidak memiliki teks alternatif"],
    [17, "berkas content/media/2025/hilang.png tidak ditemukan"],
  ];
  const page = (text: string) => lines("---", "title: Profil", "summary: Ringkasan halaman.", "---") + text;

  it.each([
    ["without HTML (line scan)", body],
    ["with harmless HTML (parser)", `${body}\nTeks <b>tebal</b>.\n`],
  ])("reports the same problems %s", async (_, text) => {
    const { problems } = await problemsOf({ files: { "halaman/profil.md": page(text) } });
    expect(problems.map((p) => [p.line, p.message]).sort()).toEqual([...expected].sort());
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(["body"]));
  });
});

describe("media files", () => {
  it("reports missing image, attachment and video files", async () => {
    const { problems } = await problemsOf({
      files: {
        [NEWS]: validNews({
          cover: { src: "/media/2025/hilang.png", alt: "Foto yang hilang dari folder" },
          attachments: [{ file: "/media/dokumen/hilang.pdf", title: "Dokumen hilang" }],
          video: { title: "Video kegiatan", mp4: "/media/2025/hilang.mp4", poster: { src: "/media/2025/pelatihan.png", alt: "Sampul video kegiatan" } },
        }),
      },
    });
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ["cover.src", "berkas content/media/2025/hilang.png tidak ditemukan"],
      ["attachments.0.file", "berkas content/media/dokumen/hilang.pdf tidak ditemukan"],
      ["video.mp4", "berkas content/media/2025/hilang.mp4 tidak ditemukan"],
    ]);
    expect(problems[0]!.fix).toContain("unggah berkasnya ke folder media");
  });

  it("reports the site logo and body links to media that do not exist", async () => {
    const { problems } = await problemsOf({
      data: { site: { logo: "/media/tidak-ada.png" } },
      files: { "halaman/profil.md": lines("---", "title: Profil", "summary: Ringkasan halaman.", "---", "Unduh [laporan](/media/dokumen/tidak-ada.pdf).") },
    });
    expect(problems.map((p) => [p.file, p.field, p.line, p.message])).toEqual([
      [file("_data/site.yml"), "logo", expect.any(Number), "berkas content/media/tidak-ada.png tidak ditemukan"],
      [file("halaman/profil.md"), "body", 5, "berkas content/media/dokumen/tidak-ada.pdf tidak ditemukan"],
    ]);
  });

  it("refuses media paths that escape the media folder, and symlinks out of content/", async () => {
    const outside = path.join(os.tmpdir(), `warta-outside-${process.pid}.png`);
    await writeFile(outside, "not really a png");
    const { problems } = await problemsOf(
      {
        files: {
          [NEWS]: validNews({
            cover: { src: "/media/../../../etc/passwd.png", alt: "Upaya keluar folder" },
            gallery: [{ src: "/media/tautan.png", alt: "Tautan ke luar folder" }],
          }),
        },
      },
      (dir) => symlink(outside, path.join(dir, "media/tautan.png")),
    );
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [10, "cover.src", 'path berkas "/media/../../../etc/passwd.png" keluar dari folder content/media'],
      [17, "gallery.0.src", "berkas content/media/tautan.png adalah tautan (symlink) ke luar folder content/media"],
    ]);
  });

  it("reports media over the size limits with the size and limit in MB", async () => {
    const { problems } = await problemsOf(
      {
        files: {
          [NEWS]: validNews({
            cover: { src: "/media/besar.png", alt: "Foto beresolusi sangat tinggi" },
            attachments: [{ file: "/media/besar.pdf", title: "Dokumen tebal" }],
            video: { title: "Video panjang", mp4: "/media/besar.mp4", poster: { src: "/media/2025/pelatihan.png", alt: "Sampul video panjang" } },
          }),
          "media/besar.png": "",
          "media/besar.pdf": "",
          "media/besar.mp4": "",
        },
      },
      async (dir) => {
        // Sparse files: the size is real to stat, no disk is used.
        await truncate(path.join(dir, "media/besar.png"), LIMITS.imageBytes + 1);
        await truncate(path.join(dir, "media/besar.pdf"), 30 * 1024 * 1024);
        await truncate(path.join(dir, "media/besar.mp4"), 150 * 1024 * 1024);
      },
    );
    expect(problems.map((p) => [p.field, p.message])).toEqual([
      ["cover.src", "berkas content/media/besar.png berukuran 10 MB, melebihi batas 10 MB"],
      ["attachments.0.file", "berkas content/media/besar.pdf berukuran 30 MB, melebihi batas 25 MB"],
      ["video.mp4", "berkas content/media/besar.mp4 berukuran 150 MB, melebihi batas 100 MB"],
    ]);
    expect(problems[0]!.fix).toContain("perkecil ukuran gambar");
    expect(problems[2]!.fix).toContain("YouTube");
  });
});

describe("URLs", () => {
  it("reports two news files with the same slug, naming both files", async () => {
    const { problems, content } = await problemsOf({ files: { "berita/2025-11-20-pelatihan-umkm.md": validNews({ date: "2025-11-20" }) } });
    expect(problems).toEqual([
      expect.objectContaining({
        file: file("berita/2025-11-03-pelatihan-umkm.md"),
        message: `alamat /berita/pelatihan-umkm/ sama dengan ${file("berita/2025-11-20-pelatihan-umkm.md")}`,
      }),
      expect.objectContaining({
        file: file("berita/2025-11-20-pelatihan-umkm.md"),
        message: `alamat /berita/pelatihan-umkm/ sama dengan ${file("berita/2025-11-03-pelatihan-umkm.md")}`,
      }),
    ]);
    expect(content.entries.berita).toEqual([]);
  });

  it("reports a page whose URL is a collection index", async () => {
    const { problems } = await problemsOf({ files: { "halaman/berita.md": lines("---", "title: Berita", "summary: Semua berita dinas.", "---") } });
    expectOne(problems, { file: file("halaman/berita.md"), line: 1, message: "alamat /berita/ sudah dipakai oleh daftar Berita", fix: expect.stringContaining("berita-dinas.md") });
  });

  it("reports a file name that would make an untidy URL and suggests one", async () => {
    const { problems } = await problemsOf({ files: { "halaman/Profil Dinas.md": lines("---", "title: Profil", "summary: Ringkasan halaman.", "---") } });
    expectOne(problems, { file: file("halaman/Profil Dinas.md"), fix: expect.stringContaining('"profil-dinas"') });
  });
});

describe("unsafe Markdown", () => {
  it("reports raw HTML, event handlers and javascript:/data: URLs at their lines in the file", async () => {
    const body = lines(
      "Paragraf biasa.", //                                      line 5
      "",
      "<script>alert(1)</script>", //                             7
      "",
      '<iframe src="https://example.com/peta"></iframe>', //     9
      "",
      "<style>body { display: none }</style>", //                11
      "",
      '<p onclick="alert(1)">klik</p>', //                        13
      "",
      "[hadiah](javascript:alert(1))", //                         15
      "",
      "![grafik](data:image/png;base64,AAAA)", //                 17
      "",
      '<a href="javascript:alert(1)">tautan</a>', //              19
      "",
      "Biasa <b>tebal</b> dan data: 5 orang.", //                 21 (harmless)
    );
    const { problems } = await problemsOf({ files: { "halaman/profil.md": lines("---", "title: Profil", "summary: Ringkasan halaman.", "---") + body } });
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [7, "body", "kode HTML <script> tidak diizinkan di isi tulisan"],
      [9, "body", "kode HTML <iframe> tidak diizinkan di isi tulisan"],
      [11, "body", "kode HTML <style> tidak diizinkan di isi tulisan"],
      [13, "body", "atribut HTML onclick (menjalankan JavaScript) tidak diizinkan"],
      [15, "body", "tautan dengan alamat javascript: tidak diizinkan"],
      [17, "body", "gambar dengan alamat data: tidak diizinkan"],
      [19, "body", "alamat javascript: pada atribut href tidak diizinkan"],
    ]);
    expect(problems[1]!.fix).toContain("kolom video");
  });
});

describe("references", () => {
  it("reports team members' and programme divisions that do not exist", async () => {
    const { problems } = await problemsOf({
      data: {
        team: {
          members: [
            { name: "Budi Santoso", role: "pejabat", github: "budi" },
            { name: "Sari Dewi", role: "editor", division: "humas", github: "sari" },
          ],
        },
        programme: { year: 2025, items: [{ month: 1, collection: "berita", division: "statistik", planned: 3 }] },
      },
    });
    expect(problems.map((p) => [p.file, p.field, p.message, p.fix])).toEqual([
      [file("_data/programme.yml"), "items.0.division", 'bidang "statistik" tidak terdaftar di content/_data/divisions.yml', "pilih salah satu bidang: umum, ikp, aptika"],
      [file("_data/team.yml"), "members.1.division", 'bidang "humas" tidak terdaftar di content/_data/divisions.yml', "pilih salah satu bidang: umum, ikp, aptika"],
    ]);
    // Lines point into the data files.
    expect(problems[0]!.line).toBe(5);
    expect(problems[1]!.line).toBe(11);
  });

  it("reports an announcement that expires before it is published, even when other fields are also wrong", async () => {
    const { problems } = await problemsOf({
      files: {
        "pengumuman/lama.md": lines("---", "title: Pengumuman lama", "date: 2025-11-05", "expires: 2025-11-01", "summary: Ringkasan pengumuman yang cukup panjang.", "---"),
        "pengumuman/dua.md": lines("---", "title: 42", "date: 2025-11-05", "expires: 2025-11-01", "summary: Ringkasan pengumuman yang cukup panjang.", "---"),
      },
    });
    expect(problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      [file("pengumuman/dua.md"), 2, "title", "Judul harus berupa teks, bukan angka 42"],
      [file("pengumuman/dua.md"), 4, "expires", "tanggal berlaku harus sesudah tanggal terbit"],
      [file("pengumuman/lama.md"), 4, "expires", "tanggal berlaku harus sesudah tanggal terbit"],
    ]);
  });

  it("reports an agenda that ends before it starts", async () => {
    const entry = lines(
      "---",
      "title: Rapat koordinasi",
      "date: 2025-11-01",
      "start: 2025-11-10T10:00",
      "end: 2025-11-10T09:00",
      "place: Aula",
      "division: ikp",
      "summary: Ringkasan rapat koordinasi bulanan.",
      "---",
    );
    const { problems } = await problemsOf({ files: { "agenda/rapat.md": entry } });
    expectOne(problems, { line: 5, field: "end", message: "waktu selesai harus sesudah waktu mulai", fix: expect.stringContaining('"start"') });
  });
});

// Social links become <a href> in every page's footer and authUrl becomes Decap's login popup
// (base_url): a javascript: link would run on the public site (GitHub Pages sends no CSP), an
// http:// login address would carry the editor's token in clear text.
it("refuses social links and the login address that are not https://", async () => {
  const { problems } = await problemsOf({
    data: { site: { social: { facebook: "javascript:alert(document.cookie)", youtube: "data:text/html,<script>alert(1)</script>" }, authUrl: "http://dinas.contoh.example/oauth/auth" } },
  });
  expect(problems.map((p) => [p.file, p.field, p.message])).toEqual([
    [file("_data/site.yml"), "social.facebook", "Facebook harus diawali https://"],
    [file("_data/site.yml"), "social.youtube", "YouTube harus diawali https://"],
    [file("_data/site.yml"), "authUrl", "Alamat layanan masuk GitHub harus diawali https://"],
  ]);
});

it("reports every problem of several files in one run", async () => {
  const { problems } = await problemsOf({
    data: { site: { email: "bukan surel" } },
    files: {
      [NEWS]: validNews({ division: "hukum", cover: { src: "/media/2025/pelatihan.png" } }, "<script>x</script>"),
      "halaman/a.md": "tanpa front matter",
      "agenda/rapat-koordinasi.md": lines("---", "title: [", "---"),
      "galeri/pameran-teknologi.md": markdown({ ...defaultEntries["galeri/pameran-teknologi.md"]!.frontMatter, photos: [] }),
    },
  });
  expect(problems.map((p) => `${p.file}:${p.field}`)).toEqual([
    "content/_data/site.yml:email",
    "content/agenda/rapat-koordinasi.md:",
    `content/${NEWS}:division`,
    `content/${NEWS}:cover.alt`,
    `content/${NEWS}:body`,
    "content/galeri/pameran-teknologi.md:photos",
    "content/halaman/a.md:",
  ]);
});
