/**
 * The one content schema. Everything that reads content — the build, `npm run check`,
 * the Decap config generator, the PR screener, the social composer — takes its fields,
 * types, defaults and Indonesian labels from here. `.meta()` carries what editors see:
 * `title` (label), `description` (hint) and `widget` (the Decap widget to use).
 */
import { z } from "zod";
import { COLLECTIONS, DIP_CATEGORIES, LIMITS, TIME_ZONES, type CollectionName, type DipCategory } from "./constants.ts";
import { linkProblem, type LinkRule } from "./urls.ts";

export { COLLECTIONS, DIP_CATEGORIES, LIMITS, TIME_ZONES, type CollectionName, type DipCategory };

z.config(z.locales.id());

// ── building blocks ────────────────────────────────────────────────────────────

const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date or date-time as written in front matter; a value without an offset is in the site's time zone. */
export const dateTime = (title: string, description?: string) =>
  z
    .preprocess(
      (v) => (v instanceof Date ? v.toISOString() : v),
      z.string({ error: "harus berupa tanggal" }).regex(ISO_DATE, {
        error: "format tanggal harus YYYY-MM-DD atau YYYY-MM-DDTHH:mm (mis. 2026-11-03T09:00)",
      }),
    )
    .meta({ title, description, widget: "datetime" });

const text = (title: string, min: number, max: number, description?: string) =>
  z
    .string({ error: `${title} wajib diisi` })
    .trim()
    .min(min, { error: `${title} minimal ${min} karakter` })
    .max(max, { error: `${title} maksimal ${max} karakter` })
    .meta({ title, description, widget: "string" });

/**
 * The one URL type: every address an editor writes that becomes a link (site address, social
 * accounts, menus, videos) is `https://` (menus may also name a page of the site, `/…`); the
 * rule itself is `linkProblem` in urls.ts, which the components apply again before rendering.
 * No field takes `http:`: the site is served over https and every platform linked is too.
 * Mail and telephone links are made by the page from the e-mail and phone fields, so no field
 * takes `mailto:`/`tel:` either. `fix` is the field's own fix, read by the validator.
 */
export const webAddress = (title: string, { fix, description, ...rule }: LinkRule & { fix: string; description?: string }) => {
  const shape = rule.sitePath ? /^(?:\/|https:\/\/)\S*$/ : rule.loopback ? /^(?:https:\/\/\S+|http:\/\/(?:127\.0\.0\.1|localhost)(?::\d{1,5})?\/?)$/ : /^https:\/\/\S+$/;
  return (
    z
      .string({ error: `${title} wajib diisi` })
      // The shape alone, which the Decap admin also checks as the editor types…
      .regex(shape, { error: `${title} harus diawali ${rule.sitePath ? "/ (halaman situs ini) atau https://" : "https://"}` })
      // …then the whole rule, once the shape is right (so one mistake gives one message).
      .superRefine((value, ctx) => {
        const problem = shape.test(value) ? linkProblem(value, rule) : undefined;
        if (problem) ctx.addIssue({ code: "custom", message: `${title}: ${problem}`, input: value });
      })
      .meta({ title, description, widget: "string", fix })
  );
};

/** A file in the repository, written as the site path Decap stores (`/media/...`). */
export const MEDIA_PATH = /^\/media\/[A-Za-z0-9._\-/]+$/;
const mediaPath = (title: string, extensions: readonly string[], widget: "image" | "file", description?: string) =>
  z
    .string({ error: `${title} wajib diisi` })
    .regex(MEDIA_PATH, {
      error: "path berkas harus diawali /media/ dan hanya memuat huruf, angka, titik, garis bawah atau tanda hubung",
    })
    .refine((p) => extensions.some((ext) => p.toLowerCase().endsWith(`.${ext}`)), {
      error: `jenis berkas harus ${extensions.join(", ")}`,
    })
    .meta({ title, description, widget, extensions: [...extensions] });

export const IMAGE_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif", "gif"] as const;
export const ATTACHMENT_EXTENSIONS = ["pdf", "docx", "xlsx"] as const;
export const VIDEO_EXTENSIONS = ["mp4"] as const;


export const image = z
  .object({
    src: mediaPath("Berkas gambar", IMAGE_EXTENSIONS, "image"),
    alt: z
      .string({ error: "teks alternatif (alt) wajib diisi" })
      .trim()
      .min(3, { error: "teks alternatif (alt) wajib diisi: jelaskan isi gambar untuk pembaca tunanetra" })
      .max(250, { error: "teks alternatif (alt) maksimal 250 karakter" })
      .meta({
        title: "Teks alternatif",
        description: "Jelaskan isi gambar dalam satu kalimat, untuk pembaca tunanetra (wajib)",
        widget: "string",
      }),
    caption: z.string().trim().max(300).optional().meta({ title: "Keterangan foto", widget: "string" }),
  })
  .meta({ title: "Gambar", widget: "object" });
export type Image = z.infer<typeof image>;

export const VIDEO_SOURCE_MESSAGE = "isi salah satu: alamat YouTube atau berkas MP4";
const YOUTUBE = /^https:\/\/(?:www\.)?(?:youtube\.com\/watch\?v=|youtu\.be\/|youtube\.com\/shorts\/)[A-Za-z0-9_-]{11}(?:[&?#].*)?$/;

export const video = z
  .object({
    youtube: webAddress("Alamat video YouTube", {
      description: "Ditampilkan tanpa memuat YouTube sampai pembaca mengklik",
      fix: "salin alamat dari tombol Bagikan di YouTube, mis. https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    })
      .regex(YOUTUBE, { error: "alamat YouTube harus seperti https://www.youtube.com/watch?v=XXXXXXXXXXX" })
      .optional(),
    mp4: mediaPath("Berkas video MP4", VIDEO_EXTENSIONS, "file").optional(),
    poster: image.optional().meta({ title: "Gambar sampul video", widget: "object" }),
    title: text("Judul video", 3, 150),
  })
  .refine((v) => Boolean(v.youtube) !== Boolean(v.mp4), {
    error: VIDEO_SOURCE_MESSAGE,
    path: ["youtube"],
  })
  .refine((v) => !v.mp4 || v.poster, { error: "video MP4 memerlukan gambar sampul (poster)", path: ["poster"] })
  .meta({ title: "Video", widget: "object" });
export type Video = z.infer<typeof video>;

export const attachment = z
  .object({
    file: mediaPath("Berkas lampiran", ATTACHMENT_EXTENSIONS, "file"),
    title: text("Nama lampiran", 3, 200),
  })
  .meta({ title: "Lampiran", widget: "object" });
export type Attachment = z.infer<typeof attachment>;

/** How a division id is written: it becomes part of the division's news address. */
export const DIVISION_ID = /^[a-z0-9-]+$/;

/** A division id, checked against `divisions.yml` by the validator. */
const divisionRef = z
  .string({ error: "bidang wajib diisi" })
  .regex(DIVISION_ID, { error: "kode bidang hanya huruf kecil, angka dan tanda hubung" })
  .meta({ title: "Bidang", description: "Bidang yang mengirim konten", widget: "relation", collection: "divisions" });

const draft = z
  .boolean({ error: "draft harus true atau false" })
  .default(false)
  .meta({ title: "Draf (tidak ditampilkan)", widget: "boolean" });

const tags = z
  .array(text("Topik", 2, 40))
  .default([])
  .meta({ title: "Topik", description: "Kata kunci, pisahkan dengan koma", widget: "list" });

/** Captions (one for every channel, or per channel) and a repost request, read by the social composer. */
const channelCaption = (channel: string) =>
  z.string().trim().max(2000).optional().meta({ title: `Teks khusus ${channel}`, widget: "text" });
const social = z
  .object({
    caption: z
      .string()
      .trim()
      .max(2000)
      .optional()
      .meta({ title: "Teks unggahan media sosial", description: "Dipakai di semua akun, kecuali akun yang diberi teks khusus", widget: "text" }),
    captions: z
      .object({
        facebook: channelCaption("Facebook"),
        instagram: channelCaption("Instagram"),
        telegram: channelCaption("Telegram"),
        x: channelCaption("X"),
        mastodon: channelCaption("Mastodon"),
        bluesky: channelCaption("Bluesky"),
      })
      .strict()
      .optional()
      .meta({ title: "Teks khusus per akun", widget: "object" }),
    repost: z.boolean().default(false).meta({ title: "Unggah ulang ke media sosial", widget: "boolean" }),
  })
  .optional()
  .meta({ title: "Media sosial", widget: "object" });

// ── collections ────────────────────────────────────────────────────────────────

export const berita = z
  .object({
    title: text("Judul", 5, 150),
    date: dateTime("Tanggal terbit", "Berita dengan tanggal di masa depan tayang otomatis pada waktunya"),
    summary: text("Ringkasan", 20, 300, "Satu atau dua kalimat untuk daftar berita dan media sosial"),
    division: divisionRef,
    tags,
    cover: image.meta({ title: "Gambar utama", widget: "object" }),
    gallery: z.array(image).default([]).meta({ title: "Galeri foto", widget: "list" }),
    video: video.optional(),
    attachments: z.array(attachment).default([]).meta({ title: "Lampiran dokumen", widget: "list" }),
    author: text("Penulis", 3, 100),
    social,
    draft,
  })
  .strict();

export const pengumuman = z
  .object({
    title: text("Judul", 5, 150),
    date: dateTime("Tanggal terbit"),
    expires: dateTime("Berlaku sampai", "Setelah tanggal ini pengumuman hilang dari beranda"),
    summary: text("Ringkasan", 20, 300),
    division: divisionRef.optional(),
    attachments: z.array(attachment).default([]).meta({ title: "Lampiran dokumen", widget: "list" }),
    social,
    draft,
  })
  .strict()
  .refine((p) => p.expires >= p.date, { error: "tanggal berlaku harus sesudah tanggal terbit", path: ["expires"] });

export const agenda = z
  .object({
    title: text("Nama kegiatan", 5, 150),
    date: dateTime("Tanggal terbit"),
    start: dateTime("Mulai"),
    end: dateTime("Selesai"),
    place: text("Tempat", 3, 200),
    division: divisionRef,
    summary: text("Ringkasan", 20, 300),
    social,
    draft,
  })
  .strict()
  .refine((a) => a.end >= a.start, { error: "waktu selesai harus sesudah waktu mulai", path: ["end"] });

export const galeri = z
  .object({
    title: text("Judul album", 5, 150),
    date: dateTime("Tanggal"),
    division: divisionRef,
    summary: text("Ringkasan", 20, 300),
    photos: z.array(image).min(1, { error: "album memerlukan minimal satu foto" }).meta({ title: "Foto", widget: "list" }),
    videos: z.array(video).default([]).meta({ title: "Video", widget: "list" }),
    social,
    draft,
  })
  .strict();

export const halaman = z
  .object({
    title: text("Judul halaman", 3, 150),
    summary: text("Ringkasan", 10, 300),
    order: z.number({ error: "urutan harus berupa angka" }).int().min(0).default(100).meta({ title: "Urutan", widget: "number" }),
    date: dateTime("Terakhir diperbarui").optional(),
    draft,
  })
  .strict();


export const informasiPublik = z
  .object({
    title: text("Judul informasi", 5, 200),
    category: z
      .enum(Object.keys(DIP_CATEGORIES) as [DipCategory, ...DipCategory[]], {
        error: "kategori harus berkala, serta-merta, setiap-saat atau dikecualikan",
      })
      .meta({ title: "Kategori", description: "Informasi dikecualikan tidak pernah ditampilkan", widget: "select" }),
    summary: text("Ringkasan isi informasi", 10, 500),
    unit: text("Pejabat/unit yang menguasai informasi", 3, 200),
    responsible: text("Penanggung jawab pembuatan/penerbitan", 3, 200),
    made: text("Waktu pembuatan", 4, 100, "Mis. 2026 atau Januari 2026"),
    place: text("Tempat pembuatan", 3, 200),
    form: z
      .array(z.enum(["softcopy", "hardcopy"]))
      .min(1, { error: "pilih minimal satu bentuk informasi" })
      .meta({ title: "Bentuk informasi", widget: "select", multiple: true }),
    retention: text("Jangka waktu penyimpanan", 3, 100, "Mis. 5 tahun"),
    files: z.array(attachment).default([]).meta({ title: "Dokumen", widget: "list" }),
    date: dateTime("Terakhir diperbarui"),
    draft,
  })
  .strict();

export const collections = {
  berita: { ...COLLECTIONS.berita, schema: berita },
  pengumuman: { ...COLLECTIONS.pengumuman, schema: pengumuman },
  agenda: { ...COLLECTIONS.agenda, schema: agenda },
  galeri: { ...COLLECTIONS.galeri, schema: galeri },
  halaman: { ...COLLECTIONS.halaman, schema: halaman },
  "informasi-publik": { ...COLLECTIONS["informasi-publik"], schema: informasiPublik },
} as const;
export type FrontMatter<C extends CollectionName> = z.output<(typeof collections)[C]["schema"]>;

// ── data files (content/_data/<name>.yml) ────────────────────────────────────────

const socialAccount = (title: string, example: string) =>
  webAddress(title, { fix: `salin alamat lengkap halaman akun dari bilah alamat peramban, mis. ${example}` }).optional();


/** Where the built site goes (`site.deploy`); `src/deploy` carries it out. */
export const DEFAULT_RELEASES_KEPT = 5;
export const deploy = z
  .object({
    target: z
      .enum(["pages", "server"], { error: "tujuan publikasi harus pages (GitHub Pages) atau server (server dinas)" })
      .default("pages")
      .meta({ title: "Tujuan publikasi", description: "pages = GitHub Pages; server = server milik dinas (lewat SSH)", widget: "select" }),
    server: z
      .string()
      .regex(/^ssh:\/\/[^@\s/]+@[^\s/:]+(?::\d{1,5})?\/\S+$/, {
        error: "alamat server harus berbentuk ssh://pengguna@host/folder, mis. ssh://warta@web.dinas.go.id/srv/warta",
      })
      .optional()
      .meta({ title: "Alamat server", description: "ssh://pengguna@host/folder, mis. ssh://warta@web.dinas.go.id/srv/warta", widget: "string" }),
    keep: z
      .number({ error: "jumlah rilis harus angka" })
      .int()
      .min(2, { error: "simpan minimal 2 rilis agar rollback selalu bisa" })
      .max(50)
      .default(DEFAULT_RELEASES_KEPT)
      .meta({ title: "Jumlah rilis disimpan", widget: "number" }),
  })
  .strict()
  .refine((d) => d.target !== "server" || d.server !== undefined, {
    error: "tujuan server memerlukan alamat server (deploy.server)",
    path: ["server"],
  })
  .meta({ title: "Publikasi", widget: "object" });

export const site = z
  .object({
    name: text("Nama situs", 3, 100),
    agency: text("Nama instansi", 3, 150),
    government: text("Pemerintah daerah", 3, 150),
    tagline: z.string().trim().max(200).optional().meta({ title: "Slogan", widget: "string" }),
    // Every page links from the domain root (/berita/…): a site in a sub-folder would break them all.
    // http:// only to this computer (a local preview); a published site is https.
    url: webAddress("Alamat situs", {
      loopback: true,
      fix: "tulis https:// dan nama domainnya saja, mis. https://diskominfo.lembahhijau.go.id (untuk GitHub Pages: pasang domain sendiri lewat CNAME)",
    })
      .refine((value) => {
        const parsed = URL.parse(value);
        return parsed !== null && parsed.pathname === "/" && !parsed.search && !parsed.hash;
      }, {
        error: "alamat situs harus berupa domain saja, tanpa sub-folder: situs di sub-folder (mis. akun.github.io/situs/) belum didukung",
      }),
    language: z.literal("id").default("id").meta({ title: "Bahasa", widget: "hidden" }),
    timeZone: z
      .enum(Object.keys(TIME_ZONES) as [keyof typeof TIME_ZONES, ...(keyof typeof TIME_ZONES)[]])
      .default("Asia/Jakarta")
      .meta({ title: "Zona waktu", widget: "select" }),
    address: text("Alamat kantor", 10, 300),
    phone: z.string().trim().regex(/^[0-9+() -]{6,20}$/, { error: "nomor telepon hanya angka, spasi, +, ( )" }).meta({ title: "Telepon", widget: "string" }),
    email: z.email({ error: "alamat surel tidak valid" }).meta({ title: "Surel", widget: "string" }),
    serviceHours: z
      .array(z.object({ days: text("Hari", 3, 50), hours: text("Jam", 3, 50) }))
      .min(1)
      .meta({ title: "Jam pelayanan", widget: "list" }),
    logo: mediaPath("Logo", IMAGE_EXTENSIONS, "image"),
    social: z
      .object({
        facebook: socialAccount("Facebook", "https://www.facebook.com/diskominfo.contoh"),
        instagram: socialAccount("Instagram", "https://www.instagram.com/diskominfo.contoh"),
        x: socialAccount("X", "https://x.com/diskominfo_contoh"),
        youtube: socialAccount("YouTube", "https://www.youtube.com/@diskominfocontoh"),
        telegram: socialAccount("Telegram", "https://t.me/diskominfocontoh"),
        mastodon: socialAccount("Mastodon", "https://mastodon.social/@diskominfocontoh"),
        bluesky: socialAccount("Bluesky", "https://bsky.app/profile/diskominfo.contoh.go.id"),
      })
      .default({})
      .meta({ title: "Akun media sosial", widget: "object" }),
    repo: z
      .string()
      .regex(/^[\w.-]+\/[\w.-]+$/, { error: "repositori ditulis pemilik/nama, mis. diskominfo-contoh/situs" })
      .meta({ title: "Repositori GitHub", widget: "string" }),
    branch: z.string().default("main").meta({ title: "Cabang utama", widget: "string" }),
    // Where editors log in: the /auth address of `npm run auth` (docs/masuk-github.md). Without it
    // Decap sends them to Netlify's service, which only works for sites registered there.
    authUrl: webAddress("Alamat layanan masuk GitHub", {
      fix: "tulis alamat /auth layanan masuk yang lengkap, mis. https://diskominfo.kab.go.id/oauth/auth (lihat docs/masuk-github.md)",
      description: "Alamat /auth dari layanan masuk GitHub (npm run auth), lihat docs/masuk-github.md",
    }).optional(),
    deploy: deploy.optional(),
  })
  .strict();

type MenuItem = { label: string; url: string; children?: MenuItem[] };
const menuItem: z.ZodType<MenuItem> = z.object({
  label: text("Label menu", 2, 60),
  url: webAddress("Alamat menu", {
    sitePath: true,
    description: "Alamat yang diawali / menunjuk halaman di situs ini",
    fix: "tulis alamat halaman situs ini yang diawali satu /, mis. /ppid/, atau alamat situs lain yang lengkap, mis. https://www.lapor.go.id",
  }),
  get children() {
    return z.array(menuItem).optional().meta({ title: "Submenu", widget: "list" });
  },
});
export const menu = z.object({ items: z.array(menuItem).min(1).meta({ title: "Menu utama", widget: "list" }) }).strict();

export const divisions = z
  .object({
    items: z
      .array(
        z.object({
          id: z.string().regex(DIVISION_ID, { error: "kode bidang hanya huruf kecil, angka dan tanda hubung" }).meta({
            title: "Kode",
            description: "Dipakai oleh berita, agenda, galeri, tim pengelola dan program kerja",
            widget: "string",
          }),
          name: text("Nama bidang", 3, 150),
          description: z.string().trim().max(500).optional().meta({ title: "Uraian", widget: "text" }),
        }),
      )
      .min(1)
      .meta({ title: "Bidang", widget: "list" }),
  })
  .strict();

export const ROLES = { petugas: "Petugas bidang", editor: "Admin/editor", pejabat: "Pejabat berwenang" } as const;
export type Role = keyof typeof ROLES;

export const team = z
  .object({
    decree: z
      .object({
        number: text("Nomor SK", 3, 100),
        date: dateTime("Tanggal SK"),
        title: text("Tentang", 5, 300),
      })
      .meta({ title: "Surat Keputusan", widget: "object" }),
    members: z
      .array(
        z.object({
          name: text("Nama", 3, 100),
          role: z
            .enum(Object.keys(ROLES) as [Role, ...Role[]], { error: "peran harus petugas, editor atau pejabat" })
            .meta({ title: "Peran", widget: "select" }),
          position: z.string().trim().max(150).optional().meta({ title: "Jabatan", widget: "string" }),
          division: divisionRef.optional(),
          github: z
            .string()
            .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, { error: "nama pengguna GitHub tidak valid" })
            .meta({ title: "Akun GitHub", widget: "string" }),
        }),
      )
      .min(1)
      .meta({ title: "Anggota tim", widget: "list" }),
  })
  .strict();

export const programme = z
  .object({
    year: z.number().int().min(2000).max(2100).meta({ title: "Tahun", widget: "number" }),
    items: z
      .array(
        z.object({
          month: z.number().int().min(1).max(12).meta({ title: "Bulan", widget: "number" }),
          collection: z
            .enum(Object.keys(collections) as [CollectionName, ...CollectionName[]])
            .meta({ title: "Menu", widget: "select" }),
          division: divisionRef.optional(),
          planned: z.number().int().min(0).meta({ title: "Jumlah rencana", widget: "number" }),
        }),
      )
      .meta({
        title: "Rencana per bulan",
        description: "Jumlah konten yang direncanakan per bulan, per menu dan per bidang; laporan monev bulanan membandingkannya dengan konten yang benar-benar tayang",
        widget: "list",
      }),
  })
  .strict();

export const dataFiles = {
  site: { label: "Pengaturan situs", schema: site },
  menu: { label: "Menu navigasi", schema: menu },
  divisions: { label: "Bidang", schema: divisions },
  team: { label: "Tim pengelola (SK)", schema: team },
  programme: { label: "Program kerja", schema: programme },
} as const;
export type DataFileName = keyof typeof dataFiles;
export type SiteData = z.output<typeof site>;
export type MenuData = z.output<typeof menu>;
export type DivisionsData = z.output<typeof divisions>;
export type TeamData = z.output<typeof team>;
export type ProgrammeData = z.output<typeof programme>;
