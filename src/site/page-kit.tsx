/** What every page template shares: its data shape and turning a component into a full document. */
import type { ComponentChildren } from "preact";
import type { CollectionName } from "../content/constants.ts";
import { trails } from "../content/urls.ts";
import { BaseLayout, type PageMeta } from "./layouts/BaseLayout.tsx";
import type { SiteModel } from "./model.ts";
import { renderPage } from "./render.ts";

/** The Eleventy data a page template receives (the parts we use). */
export interface TemplateData {
  warta: SiteModel;
  page: { url: string };
}

export function htmlDocument(warta: SiteModel, meta: PageMeta, children: ComponentChildren): string {
  return renderPage(
    <BaseLayout site={warta.site} assets={warta.assets} meta={meta}>
      {children}
    </BaseLayout>,
  );
}

/**
 * The document of one entry's page: its address, title, summary and its collection's breadcrumb
 * trail, indexed for search; `meta` adds (or replaces) what the entry's kind has.
 */
export function entryDocument(
  warta: SiteModel,
  collection: CollectionName,
  item: { url: string; title: string; summary: string },
  meta: Partial<PageMeta>,
  children: ComponentChildren,
): string {
  const base: PageMeta = {
    path: item.url,
    title: item.title,
    description: item.summary,
    crumbs: trails.collection(collection),
    searchable: true,
  };
  return htmlDocument(warta, { ...base, ...meta }, children);
}

/** Eleventy data for a template that makes one page per item of a model list. */
export function perItem(list: string, alias = "item") {
  return {
    pagination: { data: `warta.${list}`, size: 1, alias, addAllPagesToCollections: false },
    permalink: (data: Record<string, { url: string }>) => data[alias]!.url,
  };
}
