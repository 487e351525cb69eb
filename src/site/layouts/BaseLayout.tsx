/** The HTML document around every page: head metadata, header, breadcrumbs, main, footer. */
import type { ComponentChildren } from "preact";
import { absoluteUrl, FEED_URLS, HOME_URL } from "../../content/urls.ts";
import { Breadcrumbs } from "../components/Breadcrumbs.tsx";
import { JsonLd } from "../components/JsonLd.tsx";
import { SiteFooter } from "../components/SiteFooter.tsx";
import { SiteHeader } from "../components/SiteHeader.tsx";
import { currentState } from "../components/MainNav.tsx";
import { memoMarkup } from "../render.ts";
import type { Crumb, ResponsiveImage, SiteView } from "../view.ts";

/** URLs of the site's own stylesheet and scripts (content-hashed names). */
export interface SiteAssets {
  css: string;
  video: string;
  search: string;
}

export interface PageMeta {
  /** Site path of the page, `/berita/judul/`. */
  path: string;
  /** The page's own title (the site name is appended in `<title>`). */
  title: string;
  description: string;
  type?: "website" | "article" | undefined;
  image?: ResponsiveImage | undefined;
  published?: Date | undefined;
  /** Breadcrumb trail above the heading (without the current page); none on the home page. */
  crumbs?: Crumb[] | undefined;
  /** More JSON-LD objects, e.g. a NewsArticle. */
  jsonLd?: object[] | undefined;
  /** Extra scripts (site paths) this page needs, loaded deferred. */
  scripts?: string[] | undefined;
  /** Extra stylesheets (site paths). */
  styles?: string[] | undefined;
  /** Mark the main content for the search index (entry pages only, not lists). */
  searchable?: boolean | undefined;
  noindex?: boolean | undefined;
}

export interface BaseLayoutProps {
  site: SiteView;
  assets: SiteAssets;
  meta: PageMeta;
  children: ComponentChildren;
}

const organizationJson = new WeakMap<SiteView, object>();

export function organizationJsonLd(site: SiteView): object {
  const known = organizationJson.get(site);
  if (known) return known;
  const data = {
    "@context": "https://schema.org",
    "@type": "GovernmentOrganization",
    name: site.agency,
    url: site.url,
    logo: site.logo ? absoluteUrl(site.url, site.logo.src) : undefined,
    email: site.email,
    telephone: site.phone,
    address: { "@type": "PostalAddress", streetAddress: site.address, addressCountry: "ID" },
    parentOrganization: { "@type": "GovernmentOrganization", name: site.government },
    sameAs: Object.values(site.social).filter(Boolean),
  };
  organizationJson.set(site, data);
  return data;
}

/** Header and footer markup per site: the footer is the same everywhere, the header differs only in which menu entries are current. */
const chrome = new WeakMap<SiteView, { urls: string[]; markup: Map<string, string> }>();

function chromeOf(site: SiteView) {
  let known = chrome.get(site);
  if (!known) {
    const urls = site.menu.flatMap((item) => [item.url, ...(item.children ?? []).map((c) => c.url)]);
    chrome.set(site, (known = { urls, markup: new Map() }));
  }
  return known;
}

function CachedHeader({ site, currentPath }: { site: SiteView; currentPath: string }) {
  const { urls, markup } = chromeOf(site);
  const key = `header:${urls.map((url) => currentState(url, currentPath) ?? "").join(",")}`;
  return memoMarkup(markup, key, () => <SiteHeader site={site} currentPath={currentPath} />);
}

function CachedFooter({ site }: { site: SiteView }) {
  return memoMarkup(chromeOf(site).markup, "footer", () => <SiteFooter site={site} />);
}

export function BaseLayout({ site, assets, meta, children }: BaseLayoutProps) {
  const canonical = absoluteUrl(site.url, meta.path);
  const isHome = meta.path === HOME_URL;
  const title = isHome ? `${site.name}${site.tagline ? ` — ${site.tagline}` : ""}` : `${meta.title} — ${site.name}`;
  const image = meta.image ?? site.logo;
  const icon = site.logo ? site.logo.src : undefined;
  return (
    <html lang="id">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex && <meta name="robots" content="noindex" />}
        <link rel="canonical" href={canonical} />
        <link rel="stylesheet" href={assets.css} />
        {meta.styles?.map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {icon && <link rel="icon" href={icon} />}
        <link rel="alternate" type="application/rss+xml" title={`Berita ${site.name} (RSS)`} href={FEED_URLS.rss} />
        <link rel="alternate" type="application/atom+xml" title={`Berita ${site.name} (Atom)`} href={FEED_URLS.atom} />
        <link
          rel="alternate"
          type="application/feed+json"
          title={`Berita ${site.name} (JSON Feed)`}
          href={FEED_URLS.json}
        />
        <meta property="og:site_name" content={site.name} />
        <meta property="og:locale" content="id_ID" />
        <meta property="og:type" content={meta.type ?? "website"} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={canonical} />
        {image && <meta property="og:image" content={absoluteUrl(site.url, image.src)} />}
        {image && <meta property="og:image:alt" content={image.alt} />}
        {meta.published && <meta property="article:published_time" content={meta.published.toISOString()} />}
        <meta name="twitter:card" content={meta.image ? "summary_large_image" : "summary"} />
        <meta name="twitter:title" content={meta.title} />
        <meta name="twitter:description" content={meta.description} />
        {image && <meta name="twitter:image" content={absoluteUrl(site.url, image.src)} />}
        <JsonLd data={organizationJsonLd(site)} />
        {meta.jsonLd?.map((data) => (
          <JsonLd data={data} />
        ))}
      </head>
      <body>
        <CachedHeader site={site} currentPath={meta.path} />
        <main id="konten" class="wrap" data-pagefind-body={meta.searchable ? "" : undefined}>
          {meta.crumbs && <Breadcrumbs trail={meta.crumbs} current={meta.title} />}
          {children}
        </main>
        <CachedFooter site={site} />
        {meta.scripts?.map((src) => (
          <script src={src} defer />
        ))}
      </body>
    </html>
  );
}
