/**
 * A minimal valid content tree in a temporary folder, for tests across the project:
 * every data file, one valid entry per collection and tiny real media files.
 *
 *   const dir = await makeContentFixture({ files: { "berita/2025-11-04-lain.md": markdown({...}, "Isi") } });
 *   … loadContent(dir) …
 *   await removeContentFixture(dir);
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PDFDocument, StandardFonts } from "pdf-lib";
import sharp from "sharp";
import { stringify } from "yaml";
import type { DataFileName } from "../../src/content/schema.ts";

export interface FixtureOptions {
  /** Files under content/ to add or replace (text or bytes), or remove (`null`). */
  files?: Record<string, string | Uint8Array | null>;
  /** Top-level fields merged into the default data files. */
  data?: Partial<Record<DataFileName, Record<string, unknown>>>;
}

/** A Markdown file: YAML front matter from `frontMatter`, then `body`. */
export function markdown(frontMatter: Record<string, unknown>, body = ""): string {
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${body}`;
}

let png: Promise<Uint8Array> | undefined;
/** A real 8×6 PNG. */
export function tinyPng(): Promise<Uint8Array> {
  png ??= sharp({ create: { width: 8, height: 6, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer()
    .then((b) => new Uint8Array(b));
  return png;
}

let pdf: Promise<Uint8Array> | undefined;
/** A real one-page PDF. */
export function tinyPdf(): Promise<Uint8Array> {
  pdf ??= (async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage([200, 100]);
    page.drawText("Laporan uji", { x: 10, y: 50, size: 12, font: await doc.embedFont(StandardFonts.Helvetica) });
    return doc.save();
  })();
  return pdf;
}

export const DIVISION_IDS = ["umum", "ikp", "aptika"] as const;

export const defaultData: Record<DataFileName, Record<string, unknown>> = {
  site: {
    name: "Diskominfo Kabupaten Contoh",
    agency: "Dinas Komunikasi dan Informatika",
    government: "Pemerintah Kabupaten Contoh",
    tagline: "Melayani informasi publik",
    url: "https://diskominfo.contoh.go.id",
    timeZone: "Asia/Jakarta",
    address: "Jl. Merdeka No. 1, Kabupaten Contoh",
    phone: "(0361) 123456",
    email: "diskominfo@contoh.go.id",
    serviceHours: [{ days: "Senin–Jumat", hours: "08.00–16.00 WIB" }],
    logo: "/media/logo.png",
    social: { instagram: "https://www.instagram.com/diskominfo.contoh" },
    repo: "diskominfo-contoh/situs",
    branch: "main",
  },
  menu: {
    items: [
      { label: "Beranda", url: "/" },
      { label: "Berita", url: "/berita/" },
      { label: "PPID", url: "/ppid/maklumat-pelayanan/", children: [{ label: "Daftar Informasi Publik", url: "/informasi-publik/" }] },
    ],
  },
  divisions: {
    items: [
      { id: "umum", name: "Sekretariat" },
      { id: "ikp", name: "Informasi dan Komunikasi Publik" },
      { id: "aptika", name: "Aplikasi Informatika" },
    ],
  },
  team: {
    decree: { number: "800/12/KOMINFO/2025", date: "2025-01-06", title: "Tim Pengelola Situs Web dan Media Sosial" },
    members: [
      { name: "Budi Santoso", role: "pejabat", position: "Kepala Dinas", github: "budi-santoso" },
      { name: "Sari Dewi", role: "editor", division: "ikp", github: "saridewi" },
      { name: "Andi Wijaya", role: "petugas", division: "aptika", github: "andiw" },
    ],
  },
  programme: {
    year: 2025,
    items: [
      { month: 11, collection: "berita", division: "ikp", planned: 8 },
      { month: 11, collection: "agenda", division: "umum", planned: 2 },
    ],
  },
};

const SUMMARY = "Ringkasan kegiatan dinas untuk daftar dan media sosial.";

/** One valid entry per collection, by path under content/. */
export const defaultEntries: Record<string, { frontMatter: Record<string, unknown>; body: string }> = {
  "berita/2025-11-03-pelatihan-umkm.md": {
    frontMatter: {
      title: "Pelatihan pemasaran digital bagi UMKM",
      date: "2025-11-03T09:00",
      summary: SUMMARY,
      division: "ikp",
      tags: ["umkm", "pelatihan"],
      cover: { src: "/media/2025/pelatihan.png", alt: "Peserta pelatihan di aula kantor dinas" },
      attachments: [{ file: "/media/dokumen/materi.pdf", title: "Materi pelatihan" }],
      author: "Tim Humas",
    },
    body: "Pelatihan diikuti 40 pelaku UMKM.\n\n![Narasumber memberi materi](/media/2025/pelatihan.png)\n",
  },
  "pengumuman/pendaftaran-magang.md": {
    frontMatter: {
      title: "Pendaftaran magang mahasiswa",
      date: "2025-11-01",
      expires: "2025-12-01",
      summary: SUMMARY,
      division: "umum",
    },
    body: "Pendaftaran dibuka sampai 1 Desember.\n",
  },
  "agenda/rapat-koordinasi.md": {
    frontMatter: {
      title: "Rapat koordinasi kehumasan",
      date: "2025-11-02",
      start: "2025-11-10T09:00",
      end: "2025-11-10T12:00",
      place: "Ruang rapat lantai 2",
      division: "ikp",
      summary: SUMMARY,
    },
    body: "",
  },
  "galeri/pameran-teknologi.md": {
    frontMatter: {
      title: "Pameran teknologi daerah",
      date: "2025-10-20",
      division: "aptika",
      summary: SUMMARY,
      photos: [{ src: "/media/2025/galeri-1.png", alt: "Pengunjung mencoba aplikasi layanan" }],
    },
    body: "",
  },
  "halaman/profil.md": {
    frontMatter: { title: "Profil dinas", summary: "Visi, misi dan struktur organisasi.", order: 1 },
    body: "## Visi\n\nInformasi terbuka untuk semua.\n",
  },
  "halaman/ppid/maklumat-pelayanan.md": {
    frontMatter: { title: "Maklumat pelayanan", summary: "Maklumat pelayanan informasi publik.", date: "2025-01-10" },
    body: "Kami siap melayani.\n",
  },
  "informasi-publik/laporan-keuangan-2024.md": {
    frontMatter: {
      title: "Laporan keuangan 2024",
      category: "berkala",
      summary: "Laporan realisasi anggaran tahun 2024.",
      unit: "Sekretariat",
      responsible: "Kepala Subbagian Keuangan",
      made: "2025",
      place: "Kantor dinas",
      form: ["softcopy", "hardcopy"],
      retention: "5 tahun",
      files: [{ file: "/media/dokumen/materi.pdf", title: "Laporan keuangan" }],
      date: "2025-02-01",
    },
    body: "",
  },
};

/** Creates the tree in a new temporary folder and returns the path of its `content/` folder. */
export async function makeContentFixture(options: FixtureOptions = {}): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "warta-content-"));
  const contentDir = path.join(root, "content");
  const files: Record<string, string | Uint8Array | null> = {};
  for (const [name, value] of Object.entries(defaultData)) {
    files[`_data/${name}.yml`] = stringify({ ...value, ...options.data?.[name as DataFileName] }, { lineWidth: 0 });
  }
  for (const [file, entry] of Object.entries(defaultEntries)) files[file] = markdown(entry.frontMatter, entry.body);
  files["media/logo.png"] = await tinyPng();
  files["media/2025/pelatihan.png"] = await tinyPng();
  files["media/2025/galeri-1.png"] = await tinyPng();
  files["media/dokumen/materi.pdf"] = await tinyPdf();
  Object.assign(files, options.files);
  for (const [file, content] of Object.entries(files)) {
    if (content === null) continue;
    const target = path.join(contentDir, file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return contentDir;
}

/** Removes a tree made by `makeContentFixture`. */
export async function removeContentFixture(contentDir: string): Promise<void> {
  await rm(path.dirname(contentDir), { recursive: true, force: true });
}
