/**
 * One page of each type of the sample site (built at the fixed clock), with a check that the page
 * really is of that type, so a change in the sample content cannot silently shrink the coverage.
 */
export interface PageType {
  /** What the page stands for, e.g. "news detail with gallery". */
  type: string;
  /** URL path on the site. */
  path: string;
  /** The built file that answers `path` (checked by vnu). */
  file: string;
  /** A CSS selector only this kind of page has: it must match on the page. */
  marker: string;
  /** Expected HTTP status (the 404 page answers a missing path). */
  status?: number;
}

export const PAGE_TYPES: PageType[] = [
  { type: "home", path: "/", file: "index.html", marker: "main" },
  { type: "news index", path: "/berita/", file: "berita/index.html", marker: 'a[href="/berita/halaman/2/"]' },
  {
    type: "news index page 2",
    path: "/berita/halaman/2/",
    file: "berita/halaman/2/index.html",
    marker: 'a[href="/berita/"]',
  },
  {
    type: "news divisions",
    path: "/berita/bidang/",
    file: "berita/bidang/index.html",
    marker: 'a[href="/berita/bidang/ikp/"]',
  },
  {
    type: "news by division",
    path: "/berita/bidang/ikp/",
    file: "berita/bidang/ikp/index.html",
    marker: 'main a[href^="/berita/"]',
  },
  {
    type: "news topics",
    path: "/berita/topik/",
    file: "berita/topik/index.html",
    marker: 'a[href="/berita/topik/ppid/"]',
  },
  {
    type: "news by tag",
    path: "/berita/topik/ppid/",
    file: "berita/topik/ppid/index.html",
    marker: 'main a[href^="/berita/"]',
  },
  {
    type: "news detail with gallery",
    path: "/berita/pelatihan-jurnalistik-warga-kim/",
    file: "berita/pelatihan-jurnalistik-warga-kim/index.html",
    marker: "section.gallery img",
  },
  {
    type: "news detail with YouTube video",
    path: "/berita/internet-desa-jangkau-48-desa/",
    file: "berita/internet-desa-jangkau-48-desa/index.html",
    marker: "a[data-youtube]",
  },
  {
    type: "news detail with table",
    path: "/berita/forum-satu-data-sepakati-indikator-statistik-sektoral/",
    file: "berita/forum-satu-data-sepakati-indikator-statistik-sektoral/index.html",
    marker: "main table",
  },
  {
    type: "announcements index",
    path: "/pengumuman/",
    file: "pengumuman/index.html",
    marker: 'a[href="/pengumuman/pemeliharaan-pusat-data/"]',
  },
  {
    type: "announcement detail",
    path: "/pengumuman/pemeliharaan-pusat-data/",
    file: "pengumuman/pemeliharaan-pusat-data/index.html",
    marker: "main h1",
  },
  {
    type: "agenda index",
    path: "/agenda/",
    file: "agenda/index.html",
    marker: 'a[href="/agenda/ppid-keliling-sungai-jernih/"]',
  },
  {
    type: "agenda detail",
    path: "/agenda/ppid-keliling-sungai-jernih/",
    file: "agenda/ppid-keliling-sungai-jernih/index.html",
    marker: "main time",
  },
  {
    type: "gallery index",
    path: "/galeri/",
    file: "galeri/index.html",
    marker: 'a[href="/galeri/peresmian-internet-desa-gunung-rata/"]',
  },
  {
    type: "gallery album",
    path: "/galeri/peresmian-internet-desa-gunung-rata/",
    file: "galeri/peresmian-internet-desa-gunung-rata/index.html",
    marker: "main img",
  },
  { type: "static page (halaman)", path: "/profil/", file: "profil/index.html", marker: "main h1" },
  {
    type: "PPID page",
    path: "/ppid/permohonan-informasi/",
    file: "ppid/permohonan-informasi/index.html",
    marker: "main h1",
  },
  { type: "DIP table", path: "/informasi-publik/", file: "informasi-publik/index.html", marker: "main table" },
  {
    type: "DIP category",
    path: "/informasi-publik/kategori/berkala/",
    file: "informasi-publik/kategori/berkala/index.html",
    marker: 'main a[href^="/informasi-publik/"]',
  },
  {
    type: "DIP detail",
    path: "/informasi-publik/laporan-kinerja-2025/",
    file: "informasi-publik/laporan-kinerja-2025/index.html",
    marker: "main h1",
  },
  { type: "search page", path: "/cari/", file: "cari/index.html", marker: "#pencarian input" },
  { type: "404 page", path: "/halaman-yang-tidak-ada/", file: "404.html", marker: "main h1", status: 404 },
];
