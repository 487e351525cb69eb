/** What a first visit to the home page downloads, images aside: the HTML and the CSS and JS it references. */
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";

export interface HomeWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Site paths of the stylesheets and scripts counted. */
  files: string[];
}

export async function homeWeight(siteDir: string): Promise<HomeWeight> {
  const html = await readFile(join(siteDir, "index.html"), "utf8");
  const weight: HomeWeight = { html: Buffer.byteLength(html), css: 0, js: 0, total: 0, files: [] };
  const local = (url: string) => url.startsWith("/") && !url.startsWith("//");
  for (const tag of html.matchAll(/<(link|script)\b([^>]*)>/gi)) {
    const attrs = tag[2]!;
    const isStylesheet = tag[1]!.toLowerCase() === "link" && /\brel="[^"]*\bstylesheet\b/i.test(attrs);
    const url = (isStylesheet ? /\bhref="([^"]+)"/i : /\bsrc="([^"]+)"/i).exec(attrs)?.[1];
    if (!url || !local(url) || (tag[1]!.toLowerCase() === "link" && !isStylesheet)) continue;
    const bytes = (await stat(join(siteDir, decodeURI(url.replace(/[?#].*$/, ""))))).size;
    if (isStylesheet) weight.css += bytes;
    else weight.js += bytes;
    weight.files.push(url);
  }
  weight.total = weight.html + weight.css + weight.js;
  return weight;
}
