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
