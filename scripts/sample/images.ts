/**
 * The sample pictures: one entry per file under content/media, naming the scene drawn,
 * the label written on it and the division whose colours it uses. The alt texts in the
 * content describe these scenes.
 */
import type { Illustration } from "./scenes.ts";

/** Cover pictures are 1600×1000; gallery photos 1200×750 (same 16:10 board). */
export type ImageSize = "cover" | "photo";
export const SIZES: Record<ImageSize, { width: number; height: number }> = {
  cover: { width: 1600, height: 1000 },
  photo: { width: 1200, height: 750 },
};

export interface ImageSpec extends Illustration {
  size: ImageSize;
}

const cover = (scene: Illustration["scene"], palette: string, label: string, seed?: string): ImageSpec => ({
  scene,
  palette,
  label,
  seed,
  size: "cover",
});
const photo = (scene: Illustration["scene"], palette: string, label: string, seed?: string): ImageSpec => ({
  scene,
  palette,
  label,
  seed,
  size: "photo",
});

export const IMAGES: Record<string, ImageSpec> = {
  // news covers and galleries
  "berita/rapat-koordinasi-pengelola-website-perangkat-daerah.jpg": cover(
    "meeting",
    "ikp",
    "Rapat koordinasi pengelola website",
  ),
  "berita/aplikasi-lapor-lembah-versi-baru-diluncurkan.jpg": cover(
    "ceremony",
    "aptika",
    "Peluncuran aplikasi Lapor Lembah",
  ),
  "berita/aplikasi-lapor-lembah-versi-baru-diluncurkan-2.jpg": photo("dashboard", "aptika", "Dasbor pengaduan"),
  "berita/aplikasi-lapor-lembah-versi-baru-diluncurkan-3.jpg": photo("outreach", "aptika", "Stan layanan Lapor Lembah"),
  "berita/aplikasi-lapor-lembah-versi-baru-diluncurkan-4.jpg": photo("meeting", "aptika", "Sesi tanya jawab"),
  "berita/forum-satu-data-sepakati-indikator-statistik-sektoral.jpg": cover("meeting", "statistik", "Forum Satu Data"),
  "berita/pelatihan-keamanan-informasi-operator-opd.jpg": cover(
    "training",
    "persandian",
    "Pelatihan keamanan informasi",
  ),
  "berita/studi-tiru-kabupaten-tanjung-permai.jpg": cover("meeting", "sekretariat", "Kunjungan studi tiru"),
  "berita/pelatihan-jurnalistik-warga-kim.jpg": cover("training", "ikp", "Pelatihan jurnalistik warga"),
  "berita/internet-desa-jangkau-48-desa.jpg": cover("village", "aptika", "Internet desa"),
  "berita/uji-konsekuensi-informasi-dikecualikan.jpg": cover("meeting", "ikp", "Uji konsekuensi informasi"),
  "berita/rilis-indeks-pembangunan-tik-2025.jpg": cover("dashboard", "statistik", "Indeks Pembangunan TIK 2025"),
  "berita/simulasi-penanganan-insiden-siber.jpg": cover("server", "persandian", "Simulasi insiden siber"),
  "berita/predikat-badan-publik-informatif.jpg": cover("award", "ikp", "Badan Publik Informatif"),
  "berita/predikat-badan-publik-informatif-2.jpg": photo("ceremony", "ikp", "Foto bersama penerima predikat"),
  "berita/predikat-badan-publik-informatif-3.jpg": photo("meeting", "ikp", "Persiapan uji publik"),
  "berita/forum-perangkat-daerah-renja-2027.jpg": cover("meeting", "sekretariat", "Forum Perangkat Daerah 2027"),
  "berita/sosialisasi-permohonan-informasi-di-kecamatan.jpg": cover("outreach", "ikp", "PPID Keliling"),
  "berita/evaluasi-mandiri-spbe-2026.jpg": cover("dashboard", "aptika", "Evaluasi mandiri SPBE"),
  "berita/persiapan-hari-kesetiakawanan-sosial.jpg": cover("outreach", "sekretariat", "Persiapan HKSN"),
  "berita/pojok-literasi-digital-mal-pelayanan-publik.jpg": cover("training", "aptika", "Pojok Literasi Digital"),

  // albums
  "galeri/pelatihan-jurnalistik-warga-kim-2026-1.jpg": photo("training", "ikp", "Materi menulis berita"),
  "galeri/pelatihan-jurnalistik-warga-kim-2026-2.jpg": photo("outreach", "ikp", "Praktik wawancara"),
  "galeri/pelatihan-jurnalistik-warga-kim-2026-3.jpg": photo("meeting", "ikp", "Diskusi kelompok"),
  "galeri/pelatihan-jurnalistik-warga-kim-2026-4.jpg": photo("training", "ikp", "Sesi foto jurnalistik"),
  "galeri/pelatihan-jurnalistik-warga-kim-2026-5.jpg": photo("ceremony", "ikp", "Penyerahan sertifikat"),
  "galeri/peresmian-internet-desa-gunung-rata-1.jpg": photo("village", "aptika", "Menara internet desa"),
  "galeri/peresmian-internet-desa-gunung-rata-2.jpg": photo("ceremony", "aptika", "Peresmian internet desa"),
  "galeri/peresmian-internet-desa-gunung-rata-3.jpg": photo("outreach", "aptika", "Warga mencoba internet"),
  "galeri/peresmian-internet-desa-gunung-rata-4.jpg": photo("dashboard", "aptika", "Pemantauan jaringan"),

  // pages
  "halaman/kantor-diskominfo.jpg": cover("office", "sekretariat", "Kantor Diskominfo Lembah Hijau"),
};
