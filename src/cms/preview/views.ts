/**
 * An entry being edited (front matter as Decap holds it, possibly incomplete) → the view props the
 * site's components take (`src/site/view.ts`). The components, not this file, decide the markup.
 * Images have no renditions yet in the admin: each becomes a single-URL ResponsiveImage.
 */
import { toInstant, type TimeZone } from "../../content/dates.ts";
import { DIP_CATEGORIES, TIME_ZONES, type DipCategory } from "../../content/constants.ts";
import type { DivisionsData, MenuData, SiteData } from "../../content/schema.ts";
import { divisionUrl, topicUrl, urlFor } from "../../content/urls.ts";
import { fileType, youtubeId } from "../../site/format.ts";
import { renderMarkdown } from "../../markdown/pipeline.ts";
import {
  imageFromUrl,
  type AgendaView,
  type AnnouncementView,
  type AttachmentView,
  type DipView,
  type DivisionRef,
  type GalleryView,
  type NewsView,
  type PageView,
  type ResponsiveImage,
  type SiteView,
  type VideoView,
} from "../../site/view.ts";

/** Site settings, menu and divisions, as the admin page loads them (`preview-data.js`). */
export interface PreviewData {
  site: SiteData;
  menu: MenuData;
  divisions: DivisionsData;
}

export interface PreviewContext {
  data: PreviewData;
  /** A media path (`/media/berita/foto.jpg`) → a URL the admin can show (Decap's `getAsset`). */
  asset(path: string): string;
  /** The instant to show for an empty or half-typed date. */
  now: Date;
}

/** Front matter as the editor has it so far: any field may be missing or of the wrong type. */
export type Draft = Record<string, unknown>;

const str = (v: unknown, fallback = ""): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : fallback);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Draft => (v && typeof v === "object" && !Array.isArray(v) ? (v as Draft) : {});

export const timeZoneOf = (ctx: PreviewContext): TimeZone =>
  (ctx.data.site.timeZone in TIME_ZONES ? ctx.data.site.timeZone : "Asia/Jakarta") as TimeZone;

function instant(v: unknown, ctx: PreviewContext): Date {
  try {
    return toInstant(str(v), timeZoneOf(ctx));
  } catch {
    return ctx.now;
  }
}

export function siteView(ctx: PreviewContext, overrides: { site?: SiteData; menu?: MenuData } = {}): SiteView {
  const s = overrides.site ?? ctx.data.site;
  const menu = overrides.menu ?? ctx.data.menu;
  const url = str(s.url, "https://example.invalid/");
  return {
    name: str(s.name),
    agency: str(s.agency),
    government: str(s.government),
    tagline: s.tagline,
    url: url.endsWith("/") ? url : `${url}/`,
    timeZone: (s.timeZone in TIME_ZONES ? s.timeZone : "Asia/Jakarta") as TimeZone,
    address: str(s.address),
    phone: str(s.phone),
    email: str(s.email),
    serviceHours: list(s.serviceHours).map((h) => ({ days: str(obj(h).days), hours: str(obj(h).hours) })),
    social: obj(s.social) as SiteData["social"],
    // The published logo is served at its public path; only the site settings' own preview (where
    // it may have just been replaced) asks Decap, whose media folder there is the logo's.
    logo: s.logo ? imageFromUrl(overrides.site ? ctx.asset(str(s.logo)) : str(s.logo), `Logo ${str(s.agency)}`, { width: 96, height: 96 }) : undefined,
    menu: list(menu.items).map(menuItem),
  };
}

function menuItem(v: unknown): MenuData["items"][number] {
  const m = obj(v);
  const children = list(m.children).map(menuItem);
  return { label: str(m.label), url: str(m.url, "/"), ...(children.length ? { children } : {}) };
}

function image(v: unknown, ctx: PreviewContext): ResponsiveImage | undefined {
  const i = obj(v);
  const src = str(i.src);
  if (!src) return undefined;
  return imageFromUrl(ctx.asset(src), str(i.alt), undefined, str(i.caption) || undefined);
}

/** A placeholder while no cover is chosen, so the article keeps its shape. */
const NO_IMAGE: ResponsiveImage = { alt: "", src: "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", width: 1200, height: 800, sources: [] };

function division(id: unknown, ctx: PreviewContext): DivisionRef {
  const key = str(id);
  const found = ctx.data.divisions.items.find((d) => d.id === key);
  return { id: key, name: found?.name ?? key, url: divisionUrl(key) };
}

function attachment(v: unknown, ctx: PreviewContext, fileKey = "file"): AttachmentView | undefined {
  const a = obj(v);
  const file = str(a[fileKey]);
  if (!file) return undefined;
  return { title: str(a.title, file), href: ctx.asset(file), type: fileType(file) };
}

function video(v: unknown, ctx: PreviewContext): VideoView | undefined {
  const d = obj(v);
  const title = str(d.title);
  const youtube = str(d.youtube);
  if (youtube) {
    try {
      return { kind: "youtube", id: youtubeId(youtube), url: youtube, title, poster: image(d.poster, ctx) };
    } catch {
      return undefined;
    }
  }
  const mp4 = str(d.mp4);
  if (mp4) return { kind: "mp4", src: ctx.asset(mp4), title, poster: image(d.poster, ctx) ?? NO_IMAGE };
  return undefined;
}

const defined = <T>(v: T | undefined): v is T => v !== undefined;

function common(collection: Parameters<typeof urlFor>[0], slug: string, fm: Draft, body: string, ctx: PreviewContext) {
  return {
    url: urlFor(collection, slug || "pratinjau"),
    title: str(fm.title),
    summary: str(fm.summary),
    date: instant(fm.date, ctx),
    html: renderMarkdown(body, { siteUrl: ctx.data.site.url }),
  };
}

export function newsView(fm: Draft, body: string, slug: string, ctx: PreviewContext): NewsView {
  return {
    ...common("berita", slug, fm, body, ctx),
    cover: image(fm.cover, ctx) ?? NO_IMAGE,
    gallery: list(fm.gallery).map((g) => image(g, ctx)).filter(defined),
    video: video(fm.video, ctx),
    attachments: list(fm.attachments).map((a) => attachment(a, ctx)).filter(defined),
    author: str(fm.author),
    division: division(fm.division, ctx),
    tags: list(fm.tags)
      .map((t) => str(t).trim())
      .filter(Boolean)
      .map((label) => ({ label, url: topicUrl(label) })),
  };
}

export function announcementView(fm: Draft, body: string, slug: string, ctx: PreviewContext): AnnouncementView {
  const expires = instant(fm.expires, ctx);
  return {
    ...common("pengumuman", slug, fm, body, ctx),
    expires,
    expired: expires.getTime() < ctx.now.getTime(),
    division: fm.division ? division(fm.division, ctx) : undefined,
    attachments: list(fm.attachments).map((a) => attachment(a, ctx)).filter(defined),
  };
}

export function agendaView(fm: Draft, body: string, slug: string, ctx: PreviewContext): AgendaView {
  const end = instant(fm.end, ctx);
  return {
    ...common("agenda", slug, fm, body, ctx),
    start: instant(fm.start, ctx),
    end,
    place: str(fm.place),
    division: division(fm.division, ctx),
    upcoming: end.getTime() >= ctx.now.getTime(),
  };
}

export function galleryView(fm: Draft, body: string, slug: string, ctx: PreviewContext): GalleryView {
  return {
    ...common("galeri", slug, fm, body, ctx),
    division: division(fm.division, ctx),
    photos: list(fm.photos).map((p) => image(p, ctx)).filter(defined),
    videos: list(fm.videos).map((v) => video(v, ctx)).filter(defined),
  };
}

export function pageView(fm: Draft, body: string, slug: string, ctx: PreviewContext): PageView {
  return { ...common("halaman", slug, fm, body, ctx), updated: fm.date ? instant(fm.date, ctx) : undefined };
}

export function dipView(fm: Draft, body: string, slug: string, ctx: PreviewContext): DipView {
  const category = (str(fm.category) in DIP_CATEGORIES ? str(fm.category) : "berkala") as DipCategory;
  return {
    ...common("informasi-publik", slug, fm, body, ctx),
    category,
    categoryLabel: DIP_CATEGORIES[category],
    unit: str(fm.unit),
    responsible: str(fm.responsible),
    made: str(fm.made),
    place: str(fm.place),
    form: list(fm.form).filter((f): f is "softcopy" | "hardcopy" => f === "softcopy" || f === "hardcopy"),
    retention: str(fm.retention),
    files: list(fm.files).map((a) => attachment(a, ctx)).filter(defined),
  };
}
