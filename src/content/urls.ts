/** Canonical site paths of content, shared by the site, the screener and the social composer. */
import type { CollectionName } from "./schema.ts";

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

export function urlFor(collection: CollectionName, slug: string): string {
  return `${PREFIX[collection]}${slug}/`;
}

/** Absolute URL on the public site. */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path, siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).href;
}

// ── links an editor writes (site settings, menus, videos) ───────────────────────

export interface LinkRule {
  /** Also accept a path on this site (`/ppid/`), as menus do. */
  sitePath?: boolean;
}

/**
 * The one rule for an address an editor writes that becomes a link: `https://` with a host and
 * no user name, or (where `sitePath`) a path on this site. `javascript:`, `data:`, `http:`,
 * protocol-relative `//host` and `/\host` never pass. Returns what is wrong, in Indonesian.
 * Used by the schema (the check) and again by the components, in case data bypassed the check.
 */
export function linkProblem(value: string, { sitePath = false }: LinkRule = {}): string | undefined {
  // Browsers drop tabs and line breaks inside a URL ("java\nscript:"): refuse them outright.
  if (/[\s\u0000-\u001F\u007F-\u009F]/.test(value)) return "alamat memuat spasi, baris baru atau karakter tak terlihat";
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
