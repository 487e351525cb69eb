import { absoluteUrl } from "../../content/urls.ts";
import type { TemplateData } from "../page-kit.tsx";

export const data = { permalink: "/robots.txt" };

export function render({ warta }: TemplateData) {
  return `User-agent: *\nAllow: /\nDisallow: /cari/\n\nSitemap: ${absoluteUrl(warta.site.url, "/sitemap.xml")}\n`;
}
