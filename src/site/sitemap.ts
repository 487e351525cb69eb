/** sitemap.xml: every public HTML page Eleventy wrote (not the 404 or search page), absolute. */
import { absoluteUrl, NOT_FOUND_URL, SEARCH_URL } from "../content/urls.ts";
import { xml } from "./format.ts";

/** Pages that exist but are not content: kept out of the sitemap (and out of the search index). */
export const UNLISTED_PATHS = new Set([NOT_FOUND_URL, SEARCH_URL]);

export function sitemapXml(siteUrl: string, paths: string[], lastModified: Map<string, Date>): string {
  const urls = [...new Set(paths)]
    .filter((p) => !UNLISTED_PATHS.has(p))
    .sort()
    .map((p) => {
      const lastmod = lastModified.get(p);
      return `  <url><loc>${xml(absoluteUrl(siteUrl, p))}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}
