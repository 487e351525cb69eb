/**
 * Everything the pages show, computed once per build from the loaded content: only public entries
 * (`isPublic` at the build's `now`), in display order, with lists, groupings and pagination
 * pre-computed so no page does work that grows with the number of items.
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Content, Entry } from "../content/model.ts";
import { isPublic } from "../content/model.ts";
import { mediaSitePath } from "../content/media.ts";
import { DIP_CATEGORIES, type CollectionName, type DipCategory } from "../content/constants.ts";
import { toInstant, type TimeZone } from "../content/dates.ts";
import type { Attachment, Image, Video } from "../content/schema.ts";
import { responsiveBodyImages } from "./body-images.tsx";
import { fileType, youtubeId } from "./format.ts";
import { collectionUrl, dipCategoryUrl, divisionUrl, listPageUrl, NEWS_DIVISIONS_URL, NEWS_TOPICS_URL, tagSlug, topicUrl } from "../content/urls.ts";
import type { ImageStore } from "./images.ts";
import type { RenderedMarkdown } from "../markdown/index.ts";
import type { SiteAssets } from "./layouts/BaseLayout.tsx";
import type {
  AgendaView,
  AnnouncementView,
  AttachmentView,
  Crumb,
  DipView,
  DivisionRef,
  GalleryView,
  ListPageInfo,
  NewsView,
  PageView,
  ResponsiveImage,
  SiteView,
  TagRef,
  VideoView,
} from "./view.ts";

export const NEWS_PAGE_SIZE = 12;
/** The header shows the logo about 48 px high; 96/192 cover 2× screens and the favicon. */
const LOGO_WIDTHS = [96, 192];

/** One page of a news list: all news, one division's, or one topic's. */
export interface NewsListPage {
  url: string;
  heading: string;
  intro?: string | undefined;
  crumbs: Crumb[];
  page: ListPageInfo;
  items: NewsView[];
}

export interface DipTab {
  url: string;
  label: string;
  /** undefined = every public category. */
  category?: DipCategory | undefined;
  items: DipView[];
}

export interface QuickLink {
  label: string;
  url: string;
  description?: string | undefined;
}

const byNewest = <T extends { date: Date; url: string }>(a: T, b: T) =>
  b.date.getTime() - a.date.getTime() || a.url.localeCompare(b.url);

/** Non-plain on purpose: Eleventy deep-copies plain global data per paginated template, a class instance it passes by reference. */
export class SiteModel {
  news: NewsView[] = [];
  newsLists: NewsListPage[] = [];
  divisions: (DivisionRef & { description?: string | undefined; count: number })[] = [];
  topics: (TagRef & { count: number })[] = [];
  announcements: AnnouncementView[] = [];
  /** Every public event (upcoming first); the two lists below split it. */
  agenda: AgendaView[] = [];
  agendaUpcoming: AgendaView[] = [];
  agendaPast: AgendaView[] = [];
  galleries: GalleryView[] = [];
  pages: PageView[] = [];
  dip: DipView[] = [];
  dipTabs: DipTab[] = [];
  ppidLinks: QuickLink[] = [];
  /** Media files (`/media/...`) public pages link to: copied into the output, nothing else is. */
  media = new Set<string>();
  /** Last change per public URL, for the sitemap. */
  lastModified = new Map<string, Date>();
  /** Content-hashed URLs of the stylesheet and scripts. */
  assets: SiteAssets = { css: "", video: "", search: "" };

  constructor(
    readonly site: SiteView,
    readonly now: Date,
  ) {}

  /** Breadcrumb trail of a `halaman` page: Beranda, then each parent path that is a page itself. */
  pageCrumbs(url: string): Crumb[] {
    this.#pageTitles ??= new Map(this.pages.map((p) => [p.url, p.title]));
    const trail: Crumb[] = [{ label: "Beranda", url: "/" }];
    const parts = url.split("/").filter(Boolean);
    for (let i = 1; i < parts.length; i++) {
      const parent = `/${parts.slice(0, i).join("/")}/`;
      const title = this.#pageTitles.get(parent);
      if (title) trail.push({ label: title, url: parent });
    }
    return trail;
  }
  #pageTitles: Map<string, string> | undefined;

  get home() {
    return {
      news: this.news.slice(0, 6),
      announcements: this.announcements.filter((a) => !a.expired).slice(0, 5),
      agenda: this.agendaUpcoming.slice(0, 4),
    };
  }
}

export interface ModelInputs {
  content: Content;
  now: Date;
  /** Each public entry's rendered body: sanitised HTML and the media its parse found. */
  bodies: Map<Entry, RenderedMarkdown>;
  images: ImageStore;
}

/** The public entries of every collection at `now`. */
export function publicEntries(content: Content, now: Date): Entry[] {
  return Object.values(content.entries)
    .flat()
    .filter((e) => isPublic(e, now));
}

export async function buildModel({ content, now, bodies, images }: ModelInputs): Promise<SiteModel> {
  const tz = content.site.timeZone;
  const logo = await images.resolve(content.site.logo, `Logo ${content.site.agency}`, undefined, LOGO_WIDTHS);
  const site: SiteView = {
    name: content.site.name,
    agency: content.site.agency,
    government: content.site.government,
    tagline: content.site.tagline,
    url: content.site.url.endsWith("/") ? content.site.url : `${content.site.url}/`,
    timeZone: tz,
    address: content.site.address,
    phone: content.site.phone,
    email: content.site.email,
    serviceHours: content.site.serviceHours,
    social: content.site.social,
    logo,
    menu: content.menu.items,
  };
  const model = new SiteModel(site, now);
  const visible = <C extends CollectionName>(c: C) => (content.entries[c] as Entry<C>[]).filter((e) => isPublic(e, now));

  const divisionById = new Map<string, DivisionRef>(
    content.divisions.items.map((d) => [d.id, { id: d.id, name: d.name, url: divisionUrl(d.id) }]),
  );
  const division = (id: string, file: string): DivisionRef => {
    const found = divisionById.get(id);
    if (!found) throw new Error(`${file}: division "${id}" is not in content/_data/divisions.yml`);
    return found;
  };

  const fileSizes = new Map<string, Promise<number>>();
  const attachment = async (a: Attachment): Promise<AttachmentView> => {
    model.media.add(a.file);
    let size = fileSizes.get(a.file);
    if (!size) {
      size = stat(join(content.dir, a.file.slice(1))).then(
        (s) => s.size,
        () => {
          throw new Error(`Attachment not found: ${a.file} (expected in ${join(content.dir, "media")}).`);
        },
      );
      fileSizes.set(a.file, size);
    }
    return { title: a.title, href: a.file, type: fileType(a.file), bytes: await size };
  };
  const image = (i: Image): Promise<ResponsiveImage> => images.resolve(i.src, i.alt, i.caption);
  const video = async (v: Video): Promise<VideoView> => {
    if (v.youtube) {
      return { kind: "youtube", id: youtubeId(v.youtube), url: v.youtube, title: v.title, poster: v.poster ? await image(v.poster) : undefined };
    }
    model.media.add(v.mp4!);
    return { kind: "mp4", src: v.mp4!, title: v.title, poster: await image(v.poster!) };
  };
  const body = async (e: Entry) => {
    const rendered = bodies.get(e);
    const media = rendered?.report?.media ?? [];
    // Files the body links to (`[unduh](/media/….pdf)`) are published with it, as its parse named
    // them and the loader checked them; images become renditions. Nothing else is read.
    for (const m of media) if (!m.image) model.media.add(m.sitePath);
    const shown = new Set(media.filter((m) => m.image).map((m) => m.sitePath));
    return responsiveBodyImages(rendered?.html ?? "", (src, alt) => {
      const named = mediaSitePath(src);
      const sitePath = named && "sitePath" in named ? named.sitePath : undefined;
      if (!sitePath || !shown.has(sitePath)) throw new Error(`${e.file}: body image ${src} is not among the media its Markdown names; refusing to read it.`);
      return images.resolve(sitePath, alt);
    });
  };
  const common = async (e: Entry<CollectionName>) => ({
    url: e.url,
    title: e.data.title,
    summary: e.data.summary,
    date: e.date,
    html: await body(e),
  });

  // ── news ──
  const tagLabels = new Map<string, string>();
  model.news = (
    await Promise.all(
      visible("berita").map(async (e): Promise<NewsView> => {
        const d = e.data;
        return {
          ...(await common(e)),
          cover: await image(d.cover),
          gallery: await Promise.all(d.gallery.map(image)),
          video: d.video ? await video(d.video) : undefined,
          attachments: await Promise.all(d.attachments.map(attachment)),
          author: d.author,
          division: division(d.division, e.file),
          tags: d.tags.map((t) => {
            const slug = tagSlug(t);
            if (!tagLabels.has(slug)) tagLabels.set(slug, t);
            return { label: tagLabels.get(slug)!, url: topicUrl(t) };
          }),
        };
      }),
    )
  ).sort(byNewest);

  const home: Crumb = { label: "Beranda", url: "/" };
  const newsCrumb: Crumb = { label: "Berita", url: "/berita/" };
  const paginate = (base: string, heading: string, crumbs: Crumb[], items: NewsView[], intro?: string) => {
    const total = Math.max(1, Math.ceil(items.length / NEWS_PAGE_SIZE));
    const urls = Array.from({ length: total }, (_, i) => listPageUrl(base, i + 1));
    for (let n = 1; n <= total; n++) {
      model.newsLists.push({
        url: urls[n - 1]!,
        heading,
        intro,
        crumbs,
        page: { number: n, total, urls },
        items: items.slice((n - 1) * NEWS_PAGE_SIZE, n * NEWS_PAGE_SIZE),
      });
    }
  };
  paginate(collectionUrl("berita"), "Berita", [home], model.news);

  const byDivision = new Map<string, NewsView[]>();
  const byTag = new Map<string, NewsView[]>();
  for (const n of model.news) {
    const ofDivision = byDivision.get(n.division.id);
    if (ofDivision) ofDivision.push(n);
    else byDivision.set(n.division.id, [n]);
    for (const t of n.tags) {
      const list = byTag.get(t.url);
      if (list) list.push(n);
      else byTag.set(t.url, [n]);
    }
  }
  const divisionsCrumb: Crumb = { label: "Bidang", url: NEWS_DIVISIONS_URL };
  for (const d of content.divisions.items) {
    const ref = divisionById.get(d.id)!;
    const items = byDivision.get(d.id) ?? [];
    model.divisions.push({ ...ref, description: d.description, count: items.length });
    paginate(ref.url, `Berita ${d.name}`, [home, newsCrumb, divisionsCrumb], items, d.description);
  }
  const topicsCrumb: Crumb = { label: "Topik", url: NEWS_TOPICS_URL };
  for (const [url, items] of byTag) {
    const label = items[0]!.tags.find((t) => t.url === url)!.label;
    model.topics.push({ label, url, count: items.length });
    paginate(url, `Topik: ${label}`, [home, newsCrumb, topicsCrumb], items);
  }
  model.topics.sort((a, b) => a.label.localeCompare(b.label, "id"));

  // ── announcements, agenda, galleries, pages ──
  model.announcements = (
    await Promise.all(
      visible("pengumuman").map(async (e): Promise<AnnouncementView> => {
        const expires = endOfDayIfDateOnly(e.data.expires, tz);
        return {
          ...(await common(e)),
          expires,
          expired: expires.getTime() < now.getTime(),
          division: e.data.division ? division(e.data.division, e.file) : undefined,
          attachments: await Promise.all(e.data.attachments.map(attachment)),
        };
      }),
    )
  ).sort(byNewest);

  const agenda = await Promise.all(
    visible("agenda").map(async (e): Promise<AgendaView> => {
      const start = toInstant(e.data.start, tz);
      const end = endOfDayIfDateOnly(e.data.end, tz);
      return { ...(await common(e)), start, end, place: e.data.place, division: division(e.data.division, e.file), upcoming: end.getTime() >= now.getTime() };
    }),
  );
  model.agendaUpcoming = agenda.filter((a) => a.upcoming).sort((a, b) => a.start.getTime() - b.start.getTime() || a.url.localeCompare(b.url));
  model.agendaPast = agenda.filter((a) => !a.upcoming).sort((a, b) => b.start.getTime() - a.start.getTime() || a.url.localeCompare(b.url));
  model.agenda = [...model.agendaUpcoming, ...model.agendaPast];

  model.galleries = (
    await Promise.all(
      visible("galeri").map(
        async (e): Promise<GalleryView> => ({
          ...(await common(e)),
          division: division(e.data.division, e.file),
          photos: await Promise.all(e.data.photos.map(image)),
          videos: await Promise.all(e.data.videos.map(video)),
        }),
      ),
    )
  ).sort(byNewest);

  model.pages = await Promise.all(
    visible("halaman")
      .sort((a, b) => a.data.order - b.data.order || a.url.localeCompare(b.url))
      .map(async (e): Promise<PageView> => ({ ...(await common(e)), updated: e.data.date ? e.date : undefined })),
  );

  // ── Daftar Informasi Publik ──
  model.dip = (
    await Promise.all(
      visible("informasi-publik").map(
        async (e): Promise<DipView> => ({
          ...(await common(e)),
          category: e.data.category,
          categoryLabel: DIP_CATEGORIES[e.data.category],
          unit: e.data.unit,
          responsible: e.data.responsible,
          made: e.data.made,
          place: e.data.place,
          form: e.data.form,
          retention: e.data.retention,
          files: await Promise.all(e.data.files.map(attachment)),
        }),
      ),
    )
  ).sort((a, b) => a.title.localeCompare(b.title, "id") || a.url.localeCompare(b.url));
  model.dipTabs = [
    { url: collectionUrl("informasi-publik"), label: "Semua", items: model.dip },
    ...PUBLIC_DIP_CATEGORIES.map((category) => ({
      url: dipCategoryUrl(category),
      label: DIP_CATEGORIES[category],
      category,
      items: model.dip.filter((d) => d.category === category),
    })),
  ];
  model.ppidLinks = [
    { label: "Daftar Informasi Publik", url: "/informasi-publik/", description: "Seluruh informasi yang dapat diakses publik" },
    ...PUBLIC_DIP_CATEGORIES.map((c) => ({ label: DIP_SHORT_LABELS[c], url: dipCategoryUrl(c), description: DIP_CATEGORIES[c] })),
    ...model.pages.filter((p) => p.url.startsWith("/ppid/")).map((p) => ({ label: p.title, url: p.url, description: p.summary })),
  ];

  for (const e of publicEntries(content, now)) model.lastModified.set(e.url, e.date);
  return model;
}

export const PUBLIC_DIP_CATEGORIES = (Object.keys(DIP_CATEGORIES) as DipCategory[]).filter((c) => c !== "dikecualikan");
export const DIP_SHORT_LABELS: Record<DipCategory, string> = {
  berkala: "Informasi berkala",
  "serta-merta": "Informasi serta merta",
  "setiap-saat": "Informasi setiap saat",
  dikecualikan: "Informasi dikecualikan",
};

/** A date-only end (`2026-11-30`) means until the end of that day, not its first minute. */
function endOfDayIfDateOnly(value: string, tz: TimeZone): Date {
  const instant = toInstant(value, tz);
  return /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? new Date(instant.getTime() + 86_400_000 - 1) : instant;
}
