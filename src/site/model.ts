/**
 * Everything the pages show, computed once per build from the loaded content: only public entries
 * (`isPublic` at the build's `now`), in display order, with lists, groupings and pagination
 * pre-computed so no page does work that grows with the number of items.
 */
import type { Content, Entry } from "../content/model.ts";
import { isPublic } from "../content/model.ts";
import { DIP_CATEGORIES, type CollectionName, type DipCategory } from "../content/constants.ts";
import { collectionUrl, dipCategoryUrl, divisionUrl, listPageUrl, PPID_PAGES_URL, trails } from "../content/urls.ts";
import {
  agendaView,
  announcementView,
  dipView,
  galleryView,
  newsView,
  pageView,
  siteView,
  type EntryPage,
} from "./entry-views.ts";
import type { ImageStore } from "./images.ts";
import type { RenderedMarkdown } from "../markdown/index.ts";
import type { SiteAssets } from "./layouts/BaseLayout.tsx";
import { makeTwice, type BuildResolvers } from "./resolvers.ts";
import type {
  AgendaView,
  AnnouncementView,
  Crumb,
  DipView,
  DivisionRef,
  GalleryView,
  ListPageInfo,
  NewsView,
  PageView,
  SiteView,
  TagRef,
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
    const trail: Crumb[] = trails.collection("halaman");
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

/**
 * The model, in phases: the site's own view; every public entry's view (the builders the CMS
 * preview uses too, with the build's resolvers); each collection in display order; the news lists
 * (all, per division, per topic) cut into pages; the DIP's tabs and the PPID links; last changes.
 */
export async function buildModel({ content, now, bodies, images }: ModelInputs): Promise<SiteModel> {
  const logo = await images.resolve(content.site.logo, `Logo ${content.site.agency}`, undefined, LOGO_WIDTHS);
  const model = new SiteModel(siteView(content.site, content.menu.items, logo), now);
  const views = await makeTwice({ content, now, bodies, images, media: model.media }, (r) =>
    entryViews(content, now, r),
  );

  model.news = views.news.sort(byNewest);
  model.announcements = views.announcements.sort(byNewest);
  model.agendaUpcoming = views.agenda
    .filter((a) => a.upcoming)
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.url.localeCompare(b.url));
  model.agendaPast = views.agenda
    .filter((a) => !a.upcoming)
    .sort((a, b) => b.start.getTime() - a.start.getTime() || a.url.localeCompare(b.url));
  model.agenda = [...model.agendaUpcoming, ...model.agendaPast];
  model.galleries = views.galleries.sort(byNewest);
  model.pages = views.pages;
  model.dip = views.dip.sort((a, b) => a.title.localeCompare(b.title, "id") || a.url.localeCompare(b.url));

  addNewsLists(model, content);
  addDipPages(model);
  for (const e of publicEntries(content, now)) model.lastModified.set(e.url, e.date);
  return model;
}

/** Every public entry's view, per collection (pages already in their menu order). */
function entryViews(content: Content, now: Date, r: BuildResolvers) {
  const visible = <C extends CollectionName>(c: C) =>
    (content.entries[c] as Entry<C>[]).filter((e) => isPublic(e, now));
  const page = (e: Entry): EntryPage => ({ url: e.url, date: e.date, html: r.html(e) });
  return {
    news: visible("berita").map((e) => newsView(page(e), e.data, r.of(e))),
    announcements: visible("pengumuman").map((e) => announcementView(page(e), e.data, r.of(e))),
    agenda: visible("agenda").map((e) => agendaView(page(e), e.data, r.of(e))),
    galleries: visible("galeri").map((e) => galleryView(page(e), e.data, r.of(e))),
    pages: visible("halaman")
      .sort((a, b) => a.data.order - b.data.order || a.url.localeCompare(b.url))
      .map((e) => pageView(page(e), e.data)),
    dip: visible("informasi-publik").map((e) => dipView(page(e), e.data, r.of(e))),
  };
}

/** The news list, one per division and one per topic, each cut into pages of NEWS_PAGE_SIZE. */
function addNewsLists(model: SiteModel, content: Content): void {
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
  paginate(collectionUrl("berita"), "Berita", trails.top(), model.news);

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
  for (const d of content.divisions.items) {
    const url = divisionUrl(d.id);
    const items = byDivision.get(d.id) ?? [];
    model.divisions.push({ id: d.id, name: d.name, url, description: d.description, count: items.length });
    paginate(url, `Berita ${d.name}`, trails.division(), items, d.description);
  }
  for (const [url, items] of byTag) {
    const label = items[0]!.tags.find((t) => t.url === url)!.label;
    model.topics.push({ label, url, count: items.length });
    paginate(url, `Topik: ${label}`, trails.topic(), items);
  }
  model.topics.sort((a, b) => a.label.localeCompare(b.label, "id"));
}

/** The DIP's tabs (all, then each public category) and the PPID's quick links on the home page. */
function addDipPages(model: SiteModel): void {
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
    {
      label: "Daftar Informasi Publik",
      url: collectionUrl("informasi-publik"),
      description: "Seluruh informasi yang dapat diakses publik",
    },
    ...PUBLIC_DIP_CATEGORIES.map((c) => ({
      label: DIP_SHORT_LABELS[c],
      url: dipCategoryUrl(c),
      description: DIP_CATEGORIES[c],
    })),
    ...model.pages
      .filter((p) => p.url.startsWith(PPID_PAGES_URL))
      .map((p) => ({ label: p.title, url: p.url, description: p.summary })),
  ];
}

export const PUBLIC_DIP_CATEGORIES = (Object.keys(DIP_CATEGORIES) as DipCategory[]).filter((c) => c !== "dikecualikan");
export const DIP_SHORT_LABELS: Record<DipCategory, string> = {
  berkala: "Informasi berkala",
  "serta-merta": "Informasi serta merta",
  "setiap-saat": "Informasi setiap saat",
  dikecualikan: "Informasi dikecualikan",
};
