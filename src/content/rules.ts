/**
 * Every rule `npm run check` applies, by a stable id: each problem the check reports names its
 * rule, so a test can list the rules and prove each is enforced where it must be.
 *
 * Scope says where a rule can be decided, and so who enforces it before a save:
 * - `entry`: from one entry's (or data file's) values alone. The admin checks these in the
 *   browser before saving (cms/pre-save.ts), on every backend, with the check's own code.
 * - `text`: from the file's text (encoding, front matter, YAML). Decap writes the file itself,
 *   so an editor in the admin cannot break these; a hand-made commit can.
 * - `repository`: needs other files (media that must exist, divisions, addresses taken by other
 *   pages or entries, exempt files). Enforced by the local guard on save (cms/save-check.ts) and
 *   on GitHub by the pull request's check (`npm run review`).
 */
export type RuleScope = "entry" | "text" | "repository";

export interface Rule {
  /** What the rule asks, in Indonesian. */
  title: string;
  scope: RuleScope;
}

export const RULES = {
  // ── the schema, per field ──
  "kolom-wajib": { title: "Kolom wajib diisi", scope: "entry" },
  "jenis-nilai": { title: "Nilai berjenis yang benar (teks, angka, daftar…)", scope: "entry" },
  "pilihan-nilai": { title: "Nilai salah satu pilihan yang tersedia", scope: "entry" },
  "batas-isian": { title: "Panjang teks, jumlah item dan angka dalam batas", scope: "entry" },
  "format-isian": { title: "Isian sesuai format (alamat, surel, telepon, path berkas…)", scope: "entry" },
  "kolom-tidak-dikenal": { title: "Hanya kolom yang dikenal", scope: "entry" },
  "alt-wajib": { title: "Gambar wajib punya teks alternatif", scope: "entry" },
  "satu-sumber-video": { title: "Video dari satu sumber: YouTube atau MP4", scope: "entry" },
  "poster-video": { title: "Video MP4 punya gambar sampul", scope: "entry" },
  "berlaku-sebelum-terbit": { title: "Tanggal berlaku tidak sebelum tanggal terbit", scope: "entry" },
  "akhir-sebelum-mulai": { title: "Waktu selesai tidak sebelum waktu mulai", scope: "entry" },
  "tanggal-kalender": { title: "Tanggal ada di kalender", scope: "entry" },
  "karakter-kontrol": { title: "Isian tanpa karakter kontrol tak terlihat", scope: "entry" },
  "kode-bidang-unik": { title: "Kode bidang tidak ganda", scope: "entry" },
  // ── the body and the media it names, as written ──
  "html-tidak-aman": { title: "Tanpa kode HTML yang tidak aman di isi tulisan", scope: "entry" },
  "alamat-berbahaya": { title: "Tanpa alamat javascript:, vbscript: atau data:", scope: "entry" },
  "gambar-dari-luar": { title: "Gambar dari folder media situs sendiri", scope: "entry" },
  "bukan-gambar": { title: "Gambar menunjuk berkas gambar", scope: "entry" },
  "jenis-media": { title: "Jenis berkas media yang boleh diterbitkan", scope: "entry" },
  "path-media": { title: "Path media di dalam folder media, ditulis apa adanya", scope: "entry" },
  // ── the file's text ──
  "ukuran-teks": { title: "Berkas teks di bawah batas ukuran", scope: "text" },
  "teks-utf8": { title: "Berkas berupa teks UTF-8", scope: "text" },
  "karakter-biner": { title: "Berkas tanpa karakter biner", scope: "text" },
  "front-matter": { title: "Front matter di antara dua baris ---", scope: "text" },
  "yaml-sah": { title: "Penulisan YAML yang sah", scope: "text" },
  "pasangan-kolom": { title: "Isian berupa pasangan nama: nilai", scope: "text" },
  // ── other files of the repository ──
  "berkas-biasa": { title: "Berkas konten adalah berkas biasa di dalam content/", scope: "repository" },
  "berkas-data-ada": { title: "Berkas data situs ada", scope: "repository" },
  "nama-berkas": { title: "Nama berkas menjadi alamat halaman yang rapi", scope: "repository" },
  "alamat-dipakai": { title: "Alamat tidak dipakai halaman situs sendiri", scope: "repository" },
  "alamat-ganda": { title: "Setiap tulisan punya alamat sendiri", scope: "repository" },
  "bidang-terdaftar": { title: "Bidang terdaftar di divisions.yml", scope: "repository" },
  "tautan-tidak-ada": { title: "Berkas yang ditautkan ada di folder media", scope: "repository" },
  "media-berkas-biasa": { title: "Media berupa berkas biasa di dalam content/media", scope: "repository" },
  "ukuran-media": { title: "Ukuran berkas media di bawah batas", scope: "repository" },
  "berkas-dikecualikan": { title: "Berkas informasi yang dikecualikan tidak diterbitkan", scope: "repository" },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

export const ruleScope = (id: RuleId): RuleScope => RULES[id].scope;
