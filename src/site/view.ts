/**
 * The props the site's components take: plain data, no file system, no globals.
 * The build makes them from loaded content (`model.ts`); the Decap preview can make the
 * same shapes in the browser from an entry being edited (see `imageFromUrl`).
 */
import type { DipCategory, MenuData, SiteData } from "../content/schema.ts";
import type { TimeZone } from "../content/dates.ts";

/** An image in the formats and widths the browser chooses from. */
export interface ResponsiveImage {
  alt: string;
  caption?: string | undefined;
  /** Fallback `<img src>`: the widest rendition in the most compatible format. */
  src: string;
  /** Fallback format's renditions, `url 480w, url 960w`. */
  srcset?: string | undefined;
  /** Intrinsic size of `src`; the aspect ratio reserves layout space before loading. */
  width: number;
  height: number;
  /** Modern formats, best first: AVIF then WebP. */
  sources: { type: string; srcset: string }[];
}

/** A plain URL as a ResponsiveImage, for the admin preview (no encoding happened yet). */
export function imageFromUrl(
  url: string,
  alt: string,
  size: { width: number; height: number } = { width: 1200, height: 800 },
  caption?: string,
): ResponsiveImage {
  return { alt, caption, src: url, width: size.width, height: size.height, sources: [] };
}

export type MenuItem = MenuData["items"][number];

export interface SiteView {
  name: string;
  agency: string;
  government: string;
  tagline?: string | undefined;
  /** Absolute base URL, e.g. `https://diskominfo.contoh.go.id/`. */
  url: string;
  timeZone: TimeZone;
  address: string;
  phone: string;
  email: string;
  serviceHours: SiteData["serviceHours"];
  social: SiteData["social"];
  logo?: ResponsiveImage | undefined;
  menu: MenuItem[];
}

export interface DivisionRef {
  id: string;
  name: string;
  /** `/berita/bidang/<id>/` */
  url: string;
}

export interface TagRef {
  label: string;
  /** `/berita/topik/<slug>/` */
  url: string;
}

export interface AttachmentView {
  title: string;
  href: string;
  /** "PDF", "DOCX", "XLSX" */
  type: string;
  /** Unknown in the admin preview. */
  bytes?: number | undefined;
}

export type VideoView =
  | { kind: "youtube"; id: string; url: string; title: string; poster?: ResponsiveImage | undefined }
  | { kind: "mp4"; src: string; title: string; poster: ResponsiveImage };

interface Common {
  url: string;
  title: string;
  summary: string;
  /** Publication instant. */
  date: Date;
  /** Sanitised HTML of the Markdown body. */
  html: string;
}

export interface NewsView extends Common {
  cover: ResponsiveImage;
  gallery: ResponsiveImage[];
  video?: VideoView | undefined;
  attachments: AttachmentView[];
  author: string;
  division: DivisionRef;
  tags: TagRef[];
}

export interface AnnouncementView extends Common {
  expires: Date;
  /** `expires` has passed at build time. */
  expired: boolean;
  division?: DivisionRef | undefined;
  attachments: AttachmentView[];
}

export interface AgendaView extends Common {
  start: Date;
  end: Date;
  place: string;
  division: DivisionRef;
  /** Not yet ended at build time. */
  upcoming: boolean;
}

export interface GalleryView extends Common {
  division: DivisionRef;
  photos: ResponsiveImage[];
  videos: VideoView[];
}

export interface PageView extends Common {
  /** "Terakhir diperbarui", when the page says. */
  updated?: Date | undefined;
}

export interface DipView extends Common {
  category: DipCategory;
  categoryLabel: string;
  unit: string;
  responsible: string;
  made: string;
  place: string;
  form: ("softcopy" | "hardcopy")[];
  retention: string;
  files: AttachmentView[];
}

export type { Crumb } from "../content/urls.ts";

/** A page of a paginated list. */
export interface ListPageInfo {
  /** 1-based. */
  number: number;
  total: number;
  /** URLs of every page of this list, index 0 = page 1. */
  urls: string[];
}
