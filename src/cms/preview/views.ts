/**
 * An entry being edited (front matter as Decap holds it, possibly incomplete) → the view props the
 * site's components take, made by the build's own view builders (`src/site/entry-views.ts`): this
 * file only reads the half-typed draft and passes resolvers that make URLs. Images have no
 * renditions yet in the admin: each becomes a single-URL ResponsiveImage.
 */
import { toInstant, type TimeZone } from "../../content/dates.ts";
import { DIP_CATEGORIES, TIME_ZONES, type DipCategory } from "../../content/constants.ts";
import type {
  Attachment,
  CollectionName,
  DivisionsData,
  Image,
  MenuData,
  SiteData,
  Video,
} from "../../content/schema.ts";
import { divisionUrl, HOME_URL, topicUrl, urlFor } from "../../content/urls.ts";
import { fileType, youtubeId } from "../../site/format.ts";
import { renderMarkdown } from "../../markdown/pipeline.ts";
import * as views from "../../site/entry-views.ts";
import type { EntryPage, ViewResolvers } from "../../site/entry-views.ts";
import {
  imageFromUrl,
  type AgendaView,
  type AnnouncementView,
  type DipView,
  type GalleryView,
  type NewsView,
  type PageView,
  type ResponsiveImage,
  type SiteView,
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

const str = (v: unknown, fallback = ""): string =>
  typeof v === "string" ? v : typeof v === "number" ? String(v) : fallback;
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
  const fields = {
    name: str(s.name),
    agency: str(s.agency),
    government: str(s.government),
    tagline: s.tagline,
    url: str(s.url, "https://example.invalid/"),
    timeZone: (s.timeZone in TIME_ZONES ? s.timeZone : "Asia/Jakarta") as TimeZone,
    address: str(s.address),
    phone: str(s.phone),
    email: str(s.email),
    serviceHours: list(s.serviceHours).map((h) => ({ days: str(obj(h).days), hours: str(obj(h).hours) })),
    social: obj(s.social) as SiteData["social"],
  };
  // The published logo is served at its public path; only the site settings' own preview (where
  // it may have just been replaced) asks Decap, whose media folder there is the logo's.
  const logo = s.logo
    ? imageFromUrl(overrides.site ? ctx.asset(str(s.logo)) : str(s.logo), `Logo ${str(s.agency)}`, {
        width: 96,
        height: 96,
      })
    : undefined;
  return views.siteView(fields, list(menu.items).map(menuItem), logo);
}

function menuItem(v: unknown): MenuData["items"][number] {
  const m = obj(v);
  const children = list(m.children).map(menuItem);
  return { label: str(m.label), url: str(m.url, HOME_URL), ...(children.length ? { children } : {}) };
}

/** A placeholder while no cover is chosen, so the article keeps its shape. */
const NO_IMAGE: ResponsiveImage = {
  alt: "",
  src: "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7",
  width: 1200,
  height: 800,
  sources: [],
};
/** An image field not filled in yet. */
const NO_FILE: Image = { src: "", alt: "" };

/** The site's resolvers without files: a media path becomes the URL Decap shows it at; sizes stay unknown. */
function previewResolvers(ctx: PreviewContext): ViewResolvers {
  return {
    image: (i) => (i.src ? imageFromUrl(ctx.asset(i.src), i.alt, undefined, i.caption) : NO_IMAGE),
    attachment: (a) => ({ title: a.title, href: ctx.asset(a.file), type: fileType(a.file) }),
    division: (id) => ({
      id,
      name: ctx.data.divisions.items.find((d) => d.id === id)?.name ?? id,
      url: divisionUrl(id),
    }),
    tag: (label) => ({ label, url: topicUrl(label) }),
    mediaUrl: (path) => ctx.asset(path),
    instant: (value) => instant(value, ctx),
    now: ctx.now,
  };
}

// ── a draft's fields, as far as they are filled in ────────────────────────────────

const defined = <T>(v: T | undefined): v is T => v !== undefined;

function image(v: unknown): Image | undefined {
  const i = obj(v);
  const src = str(i.src);
  return src ? { src, alt: str(i.alt), caption: str(i.caption) || undefined } : undefined;
}

const images = (v: unknown): Image[] => list(v).map(image).filter(defined);

const attachments = (v: unknown): Attachment[] =>
  list(v)
    .map((item) => {
      const a = obj(item);
      const file = str(a.file);
      return file ? { file, title: str(a.title, file) } : undefined;
    })
    .filter(defined);

/** A video the page can show: a YouTube address that parses, or an MP4 file. */
function video(v: unknown): Video | undefined {
  const d = obj(v);
  const title = str(d.title);
  const youtube = str(d.youtube);
  if (youtube) {
    try {
      youtubeId(youtube);
    } catch {
      return undefined;
    }
    return { youtube, title, poster: image(d.poster) };
  }
  const mp4 = str(d.mp4);
  return mp4 ? { mp4, title, poster: image(d.poster) ?? NO_FILE } : undefined;
}

const heading = (fm: Draft) => ({ title: str(fm.title), summary: str(fm.summary) });

function page(collection: CollectionName, slug: string, fm: Draft, body: string, ctx: PreviewContext): EntryPage {
  return {
    url: urlFor(collection, slug || "pratinjau"),
    date: instant(fm.date, ctx),
    html: renderMarkdown(body, { siteUrl: ctx.data.site.url }),
  };
}

export function newsView(fm: Draft, body: string, slug: string, ctx: PreviewContext): NewsView {
  return views.newsView(
    page("berita", slug, fm, body, ctx),
    {
      ...heading(fm),
      cover: image(fm.cover) ?? NO_FILE,
      gallery: images(fm.gallery),
      video: video(fm.video),
      attachments: attachments(fm.attachments),
      author: str(fm.author),
      division: str(fm.division),
      tags: list(fm.tags)
        .map((t) => str(t).trim())
        .filter(Boolean),
    },
    previewResolvers(ctx),
  );
}

export function announcementView(fm: Draft, body: string, slug: string, ctx: PreviewContext): AnnouncementView {
  return views.announcementView(
    page("pengumuman", slug, fm, body, ctx),
    {
      ...heading(fm),
      expires: str(fm.expires),
      division: fm.division ? str(fm.division) : undefined,
      attachments: attachments(fm.attachments),
    },
    previewResolvers(ctx),
  );
}

export function agendaView(fm: Draft, body: string, slug: string, ctx: PreviewContext): AgendaView {
  return views.agendaView(
    page("agenda", slug, fm, body, ctx),
    { ...heading(fm), start: str(fm.start), end: str(fm.end), place: str(fm.place), division: str(fm.division) },
    previewResolvers(ctx),
  );
}

export function galleryView(fm: Draft, body: string, slug: string, ctx: PreviewContext): GalleryView {
  return views.galleryView(
    page("galeri", slug, fm, body, ctx),
    {
      ...heading(fm),
      division: str(fm.division),
      photos: images(fm.photos),
      videos: list(fm.videos).map(video).filter(defined),
    },
    previewResolvers(ctx),
  );
}

export function pageView(fm: Draft, body: string, slug: string, ctx: PreviewContext): PageView {
  return views.pageView(page("halaman", slug, fm, body, ctx), {
    ...heading(fm),
    date: fm.date ? str(fm.date) : undefined,
  });
}

export function dipView(fm: Draft, body: string, slug: string, ctx: PreviewContext): DipView {
  const category = (str(fm.category) in DIP_CATEGORIES ? str(fm.category) : "berkala") as DipCategory;
  return views.dipView(
    page("informasi-publik", slug, fm, body, ctx),
    {
      ...heading(fm),
      category,
      unit: str(fm.unit),
      responsible: str(fm.responsible),
      made: str(fm.made),
      place: str(fm.place),
      form: list(fm.form).filter((f): f is "softcopy" | "hardcopy" => f === "softcopy" || f === "hardcopy"),
      retention: str(fm.retention),
      files: attachments(fm.files),
    },
    previewResolvers(ctx),
  );
}
