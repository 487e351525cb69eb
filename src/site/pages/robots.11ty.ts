import { absoluteUrl, ROBOTS_URL, SEARCH_URL, SITEMAP_URL } from "../../content/urls.ts";
import type { TemplateData } from "../page-kit.tsx";

export const data = { permalink: ROBOTS_URL };

export function render({ warta }: TemplateData) {
  return `User-agent: *\nAllow: /\nDisallow: ${SEARCH_URL}\n\nSitemap: ${absoluteUrl(warta.site.url, SITEMAP_URL)}\n`;
}
