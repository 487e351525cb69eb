/**
 * The preview pane's HTML: the site's own page templates (`src/site/pages/*.11ty.tsx`) render the
 * entry being edited, exactly as the build renders a published one; the preview keeps what the
 * page's `<body>` holds (header, breadcrumbs, article, footer). No markup is written here.
 */
import { HOME_URL, slugFromPath } from "../../content/urls.ts";
import type { CollectionName, MenuData, SiteData } from "../../content/schema.ts";
import { SiteModel } from "../../site/model.ts";
import { render as newsPage } from "../../site/pages/news-item.11ty.tsx";
import { render as announcementPage } from "../../site/pages/announcement-item.11ty.tsx";
import { render as agendaPage } from "../../site/pages/agenda-item.11ty.tsx";
import { render as galleryPage } from "../../site/pages/gallery-item.11ty.tsx";
import { render as pagePage } from "../../site/pages/page-item.11ty.tsx";
import { render as dipPage } from "../../site/pages/dip-item.11ty.tsx";
import { render as homePage } from "../../site/pages/home.11ty.tsx";
import {
  agendaView,
  announcementView,
  dipView,
  galleryView,
  newsView,
  pageView,
  siteView,
  type Draft,
  type PreviewContext,
} from "./views.ts";

function modelFor(ctx: PreviewContext, overrides?: { site?: SiteData; menu?: MenuData }): SiteModel {
  return new SiteModel(siteView(ctx, overrides), ctx.now);
}

/** The inside of `<body>` of a full HTML document the site rendered. */
export function bodyOf(document: string): string {
  const match = /<body[^>]*>([\s\S]*)<\/body>/.exec(document);
  if (!match) throw new Error("page template returned no <body>");
  return match[1]!;
}

/** HTML of the page an entry of `collection` becomes, from its front matter and Markdown body. */
export function entryPreviewHtml(
  collection: CollectionName,
  fileSlug: string,
  fm: Draft,
  body: string,
  ctx: PreviewContext,
): string {
  const warta = modelFor(ctx);
  const slug = slugFromPath(collection, fileSlug);
  const page = { url: "" };
  switch (collection) {
    case "berita":
      return bodyOf(newsPage({ warta, page, item: newsView(fm, body, slug, ctx) }));
    case "pengumuman":
      return bodyOf(announcementPage({ warta, page, item: announcementView(fm, body, slug, ctx) }));
    case "agenda":
      return bodyOf(agendaPage({ warta, page, item: agendaView(fm, body, slug, ctx) }));
    case "galeri":
      return bodyOf(galleryPage({ warta, page, item: galleryView(fm, body, slug, ctx) }));
    case "halaman":
      return bodyOf(pagePage({ warta, page, item: pageView(fm, body, slug, ctx) }));
    case "informasi-publik":
      return bodyOf(dipPage({ warta, page, item: dipView(fm, body, slug, ctx) }));
  }
}

/** Site settings and the menu show on every page: preview them on the home page's frame. */
export function dataPreviewHtml(file: "site" | "menu", fm: Draft, ctx: PreviewContext): string {
  const overrides = file === "site" ? { site: fm as unknown as SiteData } : { menu: fm as unknown as MenuData };
  return bodyOf(homePage({ warta: modelFor(ctx, overrides), page: { url: HOME_URL } }));
}
