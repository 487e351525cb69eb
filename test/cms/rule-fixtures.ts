/**
 * One save per rule of the content check (src/content/rules.ts) that breaks exactly that rule:
 * the file an editor's save writes (as Decap's proxy backend sends it) and the media it uploads.
 * Used by the guard's save check (save-check.int.test.ts) and by the admin's own check before
 * save in the browser (e2e/admin-pre-save.test.ts); both fail when a rule has no fixture here.
 */
import type { RuleId } from "../../src/content/rules.ts";

export interface RuleFixture {
  rule: RuleId;
  /** Decap's collection name (`data` for the data files). */
  collection: string;
  slug: string;
  /** Repository path of the saved file. */
  path: string;
  raw: string;
  assets?: { path: string; content: Buffer }[];
}

const COVER =
  "cover:\n  src: /media/berita/rapat-koordinasi-pengelola-website-perangkat-daerah.jpg\n  alt: Peserta rapat di ruang rapat\n";
const NEWS_FIELDS =
  "title: Berita uji\ndate: 2026-11-20T09:00\nsummary: Ringkasan berita uji untuk pemeriksaan.\ndivision: ikp\nauthor: Penulis Uji\n";
export const news = (fields: string, body = "Isi berita.") =>
  `---\n${NEWS_FIELDS}${fields}${fields.includes("cover:") ? "" : COVER}---\n\n${body}\n`;
const agenda = (start: string, end: string) =>
  `---\ntitle: Agenda uji\ndate: 2026-11-20T09:00\nstart: ${start}\nend: ${end}\nplace: Aula Diskominfo\ndivision: ikp\nsummary: Ringkasan agenda uji.\n---\n\nIsi agenda.\n`;
const announcement = (fields: string) =>
  `---\ntitle: Pengumuman uji\ndate: 2026-11-20T09:00\nsummary: Ringkasan pengumuman uji.\ndivision: ikp\n${fields}---\n\nIsi pengumuman.\n`;
const page = (title: string) => `---\ntitle: ${title}\nsummary: Ringkasan halaman uji.\n---\n\nIsi halaman.\n`;
const publicInformation = (category: string) =>
  `---\ntitle: Informasi uji\ncategory: ${category}\nsummary: Ringkasan informasi uji.\nunit: PPID\nresponsible: Sekretaris\nmade: Oktober 2026\nplace: Rimbajaya\nform: [softcopy]\nretention: 5 tahun\ndate: 2026-10-28T09:00\n---\n\nIsi informasi.\n`;

/** A file of an exempt (dikecualikan) item, which the test repository holds and no entry may link. */
export const EXEMPT_FILE = "content/media/informasi-publik/data-pemohon-rahasia.pdf";
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

const berita = (
  rule: RuleId,
  name: string,
  fields: string,
  body?: string,
  assets?: RuleFixture["assets"],
): RuleFixture => ({
  rule,
  collection: "berita",
  slug: `2026-11-20-${name}`,
  path: `content/berita/2026-11-20-${name}.md`,
  raw: news(fields, body),
  ...(assets ? { assets } : {}),
});

export const RULE_FIXTURES: RuleFixture[] = [
  { ...berita("kolom-wajib", "tanpa-judul", ""), raw: news("").replace("title: Berita uji\n", "") },
  { ...berita("jenis-nilai", "judul-angka", ""), raw: news("").replace("title: Berita uji", "title: 2026") },
  {
    rule: "pilihan-nilai",
    collection: "informasi-publik",
    slug: "kategori-asing",
    path: "content/informasi-publik/kategori-asing.md",
    raw: publicInformation("rahasia"),
  },
  { ...berita("batas-isian", "judul-pendek", ""), raw: news("").replace("title: Berita uji", "title: Uji") },
  berita("format-isian", "sampul-salah", "cover:\n  src: foto kegiatan.jpg\n  alt: Foto kegiatan\n"),
  berita("kolom-tidak-dikenal", "kolom-asing", "capton: salah ketik\n"),
  berita("alt-wajib", "tanpa-alt", "", "![](/media/berita/foto-uji.png)", [
    { path: "content/media/berita/foto-uji.png", content: PNG },
  ]),
  berita(
    "satu-sumber-video",
    "dua-video",
    "video:\n  title: Video uji\n  youtube: https://www.youtube.com/watch?v=dQw4w9WgXcQ\n  mp4: /media/berita/video-uji.mp4\n  poster:\n    src: /media/berita/rapat-koordinasi-pengelola-website-perangkat-daerah.jpg\n    alt: Sampul video uji\n",
    undefined,
    [{ path: "content/media/berita/video-uji.mp4", content: Buffer.from("mp4") }],
  ),
  berita(
    "poster-video",
    "video-tanpa-sampul",
    "video:\n  title: Video uji\n  mp4: /media/berita/video-uji.mp4\n",
    undefined,
    [{ path: "content/media/berita/video-uji.mp4", content: Buffer.from("mp4") }],
  ),
  {
    rule: "berlaku-sebelum-terbit",
    collection: "pengumuman",
    slug: "berlaku-terbalik",
    path: "content/pengumuman/berlaku-terbalik.md",
    raw: announcement("expires: 2026-11-01T00:00\n"),
  },
  {
    rule: "akhir-sebelum-mulai",
    collection: "agenda",
    slug: "agenda-terbalik",
    path: "content/agenda/agenda-terbalik.md",
    raw: agenda("2026-12-10T10:00", "2026-12-10T08:00"),
  },
  {
    rule: "tanggal-kalender",
    collection: "agenda",
    slug: "tanggal-mustahil",
    path: "content/agenda/tanggal-mustahil.md",
    raw: agenda("2026-12-10T08:00", "2026-12-32T10:00"),
  },
  { ...berita("karakter-kontrol", "kontrol", ""), raw: news("").replace("title: Berita uji", 'title: "Berita\\buji"') },
  {
    rule: "kode-bidang-unik",
    collection: "data",
    slug: "divisions",
    path: "content/_data/divisions.yml",
    raw: "items:\n  - id: ikp\n    name: Bidang Informasi dan Komunikasi Publik\n  - id: ikp\n    name: Bidang Informasi Publik\n",
  },
  berita("html-tidak-aman", "skrip", "", "<script>alert(1)</script>"),
  berita("alamat-berbahaya", "tautan-skrip", "", "Klik [di sini](javascript:alert(1))."),
  berita("gambar-dari-luar", "gambar-luar", "", "![Peta lokasi](https://peta.example.com/lokasi.png)"),
  berita("bukan-gambar", "gambar-pdf", "", "![Laporan tahunan](/media/berita/laporan-tahunan.pdf)"),
  berita("jenis-media", "jenis-media", "", "Lihat [berkas](/media/berita/halaman.html)."),
  berita("path-media", "keluar-media", "", "Unduh [berkas](/media/../_data/site.yml)."),
  berita("ukuran-teks", "terlalu-panjang", "", `${"Paragraf panjang. ".repeat(64 * 1024)}`),
  berita("karakter-biner", "biner", "", "Isi dengan karakter \u0001 tersembunyi."),
  { ...berita("front-matter", "tanpa-front-matter", ""), raw: "Hanya isi, tanpa isian.\n" },
  { ...berita("yaml-sah", "yaml-rusak", ""), raw: news("").replace("summary: Ringkasan", "summary: Rapat: ringkasan") },
  { ...berita("pasangan-kolom", "daftar", ""), raw: "---\n- satu\n- dua\n---\n\nIsi.\n" },
  {
    ...berita("nama-berkas", "Judul_Besar", ""),
    slug: "2026-11-20-Judul-Besar",
    path: "content/berita/2026-11-20-Judul-Besar.md",
  },
  { rule: "alamat-dipakai", collection: "halaman", slug: "cari", path: "content/halaman/cari.md", raw: page("Cari") },
  {
    ...berita("alamat-ganda", "rapat", ""),
    slug: "2026-12-02-rapat-koordinasi-pengelola-website-perangkat-daerah",
    path: "content/berita/2026-12-02-rapat-koordinasi-pengelola-website-perangkat-daerah.md",
  },
  { ...berita("bidang-terdaftar", "bidang-asing", ""), raw: news("").replace("division: ikp", "division: tidak-ada") },
  berita("tautan-tidak-ada", "tautan-hilang", "", "Unduh [laporan](/media/berita/tidak-ada.pdf)."),
  {
    rule: "tautan-tidak-ada",
    collection: "pengumuman",
    slug: "lampiran-hilang",
    path: "content/pengumuman/lampiran-hilang.md",
    raw: announcement(
      "expires: 2026-12-20T00:00\nattachments:\n  - file: /media/pengumuman/tidak-ada.pdf\n    title: Surat edaran\n",
    ),
  },
  berita("media-berkas-biasa", "folder-media", "", "Unduh [berkas](/media/berita/arsip.pdf).", [
    { path: "content/media/berita/arsip.pdf/sampul.png", content: PNG },
  ]),
  berita("ukuran-media", "media-besar", "", "Lihat [data](/media/berita/data-besar.csv).", [
    { path: "content/media/berita/data-besar.csv", content: Buffer.alloc(11 * 1024 * 1024, "a,b\n") },
  ]),
  berita("berkas-dikecualikan", "berkas-rahasia", "", `Unduh [data](/${EXEMPT_FILE.slice("content/".length)}).`),
];

/** Rules no save from the admin can break, with why; the check's own tests cover them on disk. */
export const NOT_BY_SAVE: Partial<Record<RuleId, string>> = {
  "teks-utf8": "a save sends JSON text, which the guard writes as UTF-8",
  "berkas-biasa": "a save writes regular files; the guard refuses symlinks and folders in their place",
  "berkas-data-ada": "a save never removes a data file (the admin offers no delete for them)",
};

/** The exempt item the test repository must hold for `berkas-dikecualikan`. */
export const EXEMPT_ITEM = {
  path: "content/informasi-publik/data-pemohon-rahasia.md",
  raw:
    "---\ntitle: Data pemohon\ncategory: dikecualikan\nsummary: Data pribadi pemohon informasi.\nunit: PPID\nresponsible: Sekretaris\nmade: Oktober 2026\nplace: Rimbajaya\nform: [softcopy]\nretention: 5 tahun\ndate: 2026-10-28T09:00\nfiles:\n  - file: /" +
    EXEMPT_FILE.slice("content/".length) +
    "\n    title: Data\n---\n\nDikecualikan.\n",
};
