/**
 * One entry → the view its page shows, per collection, and the site's own view. The build and the
 * CMS preview both make their views here and differ only in the resolvers they pass: the build's
 * read files and name image renditions, the preview's only turn a media path into a URL.
 */
import { DIP_CATEGORIES } from "../content/constants.ts";
import type { Attachment, FrontMatter, Image, MenuData, SiteData, Video } from "../content/schema.ts";
import { youtubeId } from "./format.ts";
import type {
  AgendaView,
  AnnouncementView,
  AttachmentView,
  DipView,
  DivisionRef,
  GalleryView,
  NewsView,
  PageView,
  ResponsiveImage,
  SiteView,
  TagRef,
  VideoView,
} from "./view.ts";

/** What a view needs from outside the entry. */
export interface ViewResolvers {
  /** An image field (cover, photo, poster) → what the page shows. */
  image(image: Image): ResponsiveImage;
  attachment(attachment: Attachment): AttachmentView;
  division(id: string): DivisionRef;
  tag(label: string): TagRef;
  /** A media file the page plays (`/media/….mp4`) → its URL. */
  mediaUrl(path: string): string;
  /** A date or date-time field, in the site's time zone. */
  instant(value: string): Date;
  /** The instant the views are made for: what has ended, what has expired. */
  now: Date;
}

/** What every entry's view starts with, however the entry was loaded. */
export interface EntryPage {
  url: string;
  /** Publication instant. */
  date: Date;
  /** Sanitised HTML of the Markdown body. */
  html: string;
}

/** The fields a view shows (the rest of the front matter — drafts, social texts — it does not). */
export type NewsFields = Pick<
  FrontMatter<"berita">,
  "title" | "summary" | "cover" | "gallery" | "video" | "attachments" | "author" | "division" | "tags"
>;
export type AnnouncementFields = Pick<
  FrontMatter<"pengumuman">,
  "title" | "summary" | "expires" | "division" | "attachments"
>;
export type AgendaFields = Pick<FrontMatter<"agenda">, "title" | "summary" | "start" | "end" | "place" | "division">;
export type GalleryFields = Pick<FrontMatter<"galeri">, "title" | "summary" | "division" | "photos" | "videos">;
export type PageFields = Pick<FrontMatter<"halaman">, "title" | "summary" | "date">;
export type DipFields = Pick<
  FrontMatter<"informasi-publik">,
  "title" | "summary" | "category" | "unit" | "responsible" | "made" | "place" | "form" | "retention" | "files"
>;

/** The site settings every page shows (header, footer, metadata). */
export type SiteFields = Pick<
  SiteData,
  | "name"
  | "agency"
  | "government"
  | "tagline"
  | "url"
  | "timeZone"
  | "address"
  | "phone"
  | "email"
  | "serviceHours"
  | "social"
>;

/** The site's own view: its settings, its menu and its logo as the caller resolved it. */
export function siteView(s: SiteFields, menu: MenuData["items"], logo: ResponsiveImage | undefined): SiteView {
  return {
    name: s.name,
    agency: s.agency,
    government: s.government,
    tagline: s.tagline,
    url: s.url.endsWith("/") ? s.url : `${s.url}/`,
    timeZone: s.timeZone,
    address: s.address,
    phone: s.phone,
    email: s.email,
    serviceHours: s.serviceHours,
    social: s.social,
    logo,
    menu,
  };
}

const common = (page: EntryPage, d: { title: string; summary: string }) => ({
  url: page.url,
  title: d.title,
  summary: d.summary,
  date: page.date,
  html: page.html,
});

/** A date-only end (`2026-11-30`) means until the end of that day, not its first minute. */
function until(value: string, r: ViewResolvers): Date {
  const instant = r.instant(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? new Date(instant.getTime() + 86_400_000 - 1) : instant;
}

function video(v: Video, r: ViewResolvers): VideoView {
  if (v.youtube)
    return {
      kind: "youtube",
      id: youtubeId(v.youtube),
      url: v.youtube,
      title: v.title,
      poster: v.poster ? r.image(v.poster) : undefined,
    };
  return { kind: "mp4", src: r.mediaUrl(v.mp4!), title: v.title, poster: r.image(v.poster!) };
}

export function newsView(page: EntryPage, d: NewsFields, r: ViewResolvers): NewsView {
  return {
    ...common(page, d),
    cover: r.image(d.cover),
    gallery: d.gallery.map((i) => r.image(i)),
    video: d.video ? video(d.video, r) : undefined,
    attachments: d.attachments.map((a) => r.attachment(a)),
    author: d.author,
    division: r.division(d.division),
    tags: d.tags.map((t) => r.tag(t)),
  };
}

export function announcementView(page: EntryPage, d: AnnouncementFields, r: ViewResolvers): AnnouncementView {
  const expires = until(d.expires, r);
  return {
    ...common(page, d),
    expires,
    expired: expires.getTime() < r.now.getTime(),
    division: d.division ? r.division(d.division) : undefined,
    attachments: d.attachments.map((a) => r.attachment(a)),
  };
}

export function agendaView(page: EntryPage, d: AgendaFields, r: ViewResolvers): AgendaView {
  const end = until(d.end, r);
  return {
    ...common(page, d),
    start: r.instant(d.start),
    end,
    place: d.place,
    division: r.division(d.division),
    upcoming: end.getTime() >= r.now.getTime(),
  };
}

export function galleryView(page: EntryPage, d: GalleryFields, r: ViewResolvers): GalleryView {
  return {
    ...common(page, d),
    division: r.division(d.division),
    photos: d.photos.map((i) => r.image(i)),
    videos: d.videos.map((v) => video(v, r)),
  };
}

export function pageView(page: EntryPage, d: PageFields): PageView {
  return { ...common(page, d), updated: d.date ? page.date : undefined };
}

export function dipView(page: EntryPage, d: DipFields, r: ViewResolvers): DipView {
  return {
    ...common(page, d),
    category: d.category,
    categoryLabel: DIP_CATEGORIES[d.category],
    unit: d.unit,
    responsible: d.responsible,
    made: d.made,
    place: d.place,
    form: d.form,
    retention: d.retention,
    files: d.files.map((a) => r.attachment(a)),
  };
}
