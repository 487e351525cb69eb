/**
 * The site's route table: every address the site has is made here — entries' pages, the pages
 * the build generates for the site itself (lists, their pages 2…n, divisions, topics, DIP
 * categories, search, feeds, sitemap), and the breadcrumb trail above each kind of page.
 * Templates, feeds, the sitemap, the CMS preview and the social composer ask it; no other file
 * spells a page's address (test/content/routes.test.ts keeps it so). The check (`addressOwner`)
 * refuses an entry whose address one of the generated pages would take, so `check` passing means
 * `build` meets no duplicate address.
 */
import slugify from "@sindresorhus/slugify";
import { COLLECTIONS, type CollectionName, type DipCategory } from "./constants.ts";

const PREFIX: Record<CollectionName, string> = {
  berita: "/berita/",
  pengumuman: "/pengumuman/",
  agenda: "/agenda/",
  galeri: "/galeri/",
  halaman: "/",
  "informasi-publik": "/informasi-publik/",
};

/** `content/berita/2026-11-03-judul.md` → slug `judul`; pages keep their folder: `ppid/maklumat-pelayanan`. */
export function slugFromPath(collection: CollectionName, relativeToCollection: string): string {
  const withoutExt = relativeToCollection.replace(/\\/g, "/").replace(/\.md$/i, "");
  return collection === "berita" ? withoutExt.replace(/^\d{4}-\d{2}-\d{2}-/, "") : withoutExt;
}

/** A collection's list page (`/berita/`); its entries' pages are below it. The pages' list is the home page. */
export const collectionUrl = (collection: CollectionName) => PREFIX[collection];

export function urlFor(collection: CollectionName, slug: string): string {
  return `${PREFIX[collection]}${slug}/`;
}

// ── pages the build generates for the site itself ─────────────────────────────────

export const HOME_URL = PREFIX.halaman;
/** Pages 2…n of a paginated list live in this folder under the list: `/berita/halaman/2/`. */
const LIST_PAGES_FOLDER = "halaman/";
export const NEWS_DIVISIONS_URL = `${PREFIX.berita}bidang/`;
export const NEWS_TOPICS_URL = `${PREFIX.berita}topik/`;
export const DIP_CATEGORIES_URL = `${PREFIX["informasi-publik"]}kategori/`;
/** The Daftar Informasi Publik as a spreadsheet, beside its list. */
export const DIP_CSV_URL = `${PREFIX["informasi-publik"]}daftar-informasi-publik.csv`;
export const SEARCH_URL = "/cari/";
/** Pagefind's index and UI files, written after Eleventy. */
export const SEARCH_INDEX_URL = "/pagefind/";
export const NOT_FOUND_URL = "/404.html";
export const SITEMAP_URL = "/sitemap.xml";
export const ROBOTS_URL = "/robots.txt";
export const FEED_URLS = { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" } as const;
/** The PPID's own pages (`halaman` under `ppid/`), linked from the home page beside the DIP. */
export const PPID_PAGES_URL = urlFor("halaman", "ppid");

/** `/berita/` + page 3 → `/berita/halaman/3/`. */
export const listPageUrl = (base: string, n: number) => (n === 1 ? base : `${base}${LIST_PAGES_FOLDER}${n}/`);
export const divisionUrl = (id: string) => `${NEWS_DIVISIONS_URL}${id}/`;
const tagSlugs = new Map<string, string>();
/** The topic page of a tag; tags that slug alike share it (an emoji-only tag gets "topik"). Remembered: asked for every tag of every item, and a site has few tags. */
export function tagSlug(tag: string): string {
  let slug = tagSlugs.get(tag);
  if (slug === undefined) tagSlugs.set(tag, (slug = slugify(tag) || "topik"));
  return slug;
}
export const topicUrl = (tag: string) => `${NEWS_TOPICS_URL}${tagSlug(tag)}/`;
/** Category pages live under `kategori/`, beside the entries of the Daftar Informasi Publik. */
export const dipCategoryUrl = (c: DipCategory) => `${DIP_CATEGORIES_URL}${c}/`;

// ── breadcrumb trails ──────────────────────────────────────────────────────────

/** One step of the breadcrumb trail; the last one is the current page (no link). */
export interface Crumb {
  label: string;
  url: string;
}

const HOME_CRUMB: Crumb = { label: "Beranda", url: HOME_URL };

/**
 * The trail above a page: `Beranda` alone above the collections' lists, search and the DIP;
 * `Beranda › Berita` above a news item (and the division and topic indexes); `Beranda › Berita
 * › Bidang` above one division's news. A `halaman` page adds its parent pages (`SiteModel.pageCrumbs`).
 */
export const trails = {
  /** Above the collections' lists, the DIP, search. */
  top: (): Crumb[] => [HOME_CRUMB],
  /** Above an entry's page (and the pages below its collection's list). */
  collection: (c: CollectionName): Crumb[] =>
    c === "halaman" ? [HOME_CRUMB] : [HOME_CRUMB, { label: COLLECTIONS[c].label, url: PREFIX[c] }],
  /** Above one division's news list. */
  division: (): Crumb[] => [...trails.collection("berita"), { label: "Bidang", url: NEWS_DIVISIONS_URL }],
  /** Above one topic's news list. */
  topic: (): Crumb[] => [...trails.collection("berita"), { label: "Topik", url: NEWS_TOPICS_URL }],
};

// ── what the build fills itself ─────────────────────────────────────────────────

/** One address (or, with `folder`, every address below it too) the build fills itself. */
export interface SiteAddress {
  path: string;
  /** What is there, in the words of an error message. */
  owner: string;
  folder: boolean;
  /** A folder of files (media, renditions, the admin), not a kind of page: other modules may name it. */
  files?: true;
}

const SITE_ADDRESSES: readonly SiteAddress[] = [
  { path: HOME_URL, owner: "beranda", folder: false },
  // Each collection's list; pages (`halaman`) may not sit below another collection's folder.
  ...(Object.keys(PREFIX) as CollectionName[])
    .filter((c) => PREFIX[c] !== HOME_URL)
    .map((c) => ({ path: PREFIX[c], owner: `daftar ${COLLECTIONS[c].label}`, folder: true })),
  { path: `${PREFIX.berita}${LIST_PAGES_FOLDER}`, owner: "halaman lanjutan daftar berita (halaman 2, 3, …)", folder: true },
  { path: NEWS_DIVISIONS_URL, owner: "daftar berita per bidang", folder: true },
  { path: NEWS_TOPICS_URL, owner: "daftar topik berita", folder: true },
  { path: DIP_CATEGORIES_URL, owner: "daftar informasi publik per kategori", folder: true },
  { path: DIP_CSV_URL, owner: "Daftar Informasi Publik (CSV)", folder: false },
  { path: SEARCH_URL, owner: "halaman pencarian", folder: true },
  { path: NOT_FOUND_URL, owner: "halaman tidak ditemukan", folder: false },
  { path: SITEMAP_URL, owner: "peta situs", folder: false },
  { path: ROBOTS_URL, owner: "robots.txt", folder: false },
  ...Object.values(FEED_URLS).map((path) => ({ path, owner: "umpan berita", folder: false })),
  // Folders the build copies or writes files into.
  { path: "/media/", owner: "folder media", folder: true, files: true },
  { path: "/img/", owner: "folder gambar", folder: true, files: true },
  { path: "/assets/", owner: "folder tampilan situs", folder: true, files: true },
  { path: SEARCH_INDEX_URL, owner: "indeks pencarian", folder: true, files: true },
  { path: "/admin/", owner: "halaman admin", folder: true, files: true },
];

/** The generated address `path` is (or lies in), if any: what the build puts there. */
export function siteAddress(path: string, except?: string): SiteAddress | undefined {
  return SITE_ADDRESSES.find((a) => a.path !== except && (path === a.path || (a.folder && path.startsWith(a.path))));
}

/**
 * What the build already puts at (or above) an entry's address, if anything: the generated page
 * the entry would collide with. An entry's own collection folder is of course not a collision.
 */
export function addressOwner(collection: CollectionName, url: string): { path: string; owner: string } | undefined {
  return siteAddress(url, PREFIX[collection]);
}

/** Absolute URL on the public site. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).href;
}

// ── links an editor writes (site settings, menus, videos) ───────────────────────

export interface LinkRule {
  /** Also accept a path on this site (`/ppid/`), as menus do. */
  sitePath?: boolean;
  /** Also accept `http://` to this computer (127.0.0.1, localhost): the site address of a local preview. */
  loopback?: boolean;
}

const LOOPBACK_HTTP = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d{1,5})?\/?$/i;

/**
 * The one rule for an address an editor writes that becomes a link: `https://` with a host and
 * no user name, or (where `sitePath`) a path on this site. `javascript:`, `data:`, `http:`,
 * protocol-relative `//host` and `/\host` never pass. Returns what is wrong, in Indonesian.
 * Used by the schema (the check) and again by the components, in case data bypassed the check.
 */
export function linkProblem(value: string, { sitePath = false, loopback = false }: LinkRule = {}): string | undefined {
  // Browsers drop tabs and line breaks inside a URL ("java\nscript:"): refuse them outright.
  if (/[\s\u0000-\u001F\u007F-\u009F]/.test(value)) return "alamat memuat spasi, baris baru atau karakter tak terlihat";
  if (loopback && LOOPBACK_HTTP.test(value)) return undefined;
  if (sitePath && value.startsWith("/")) {
    return /^\/[/\\]/.test(value) ? "alamat yang diawali // atau /\\ menuju situs lain; tulis satu / untuk halaman situs ini, atau https:// lengkap untuk situs lain" : undefined;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== "https") {
    const allowed = sitePath ? "hanya https:// atau / (halaman situs ini) yang diizinkan" : "hanya https:// yang diizinkan";
    return scheme ? `alamat diawali "${scheme}:"; ${allowed}` : `alamat tidak lengkap; ${allowed}`;
  }
  const parsed = URL.parse(value);
  if (!/^https:\/\//i.test(value) || !parsed?.hostname) return "alamat https:// harus memuat nama domain, mis. https://www.instagram.com/akun";
  if (parsed.username || parsed.password) return "alamat memuat nama pengguna atau sandi (bagian sebelum @)";
  return undefined;
}

/** `value` if it passes `linkProblem`, else `undefined`: the last guard before a link reaches an attribute. */
export function safeLink(value: string | undefined, rule?: LinkRule): string | undefined {
  return value !== undefined && linkProblem(value, rule) === undefined ? value : undefined;
}
