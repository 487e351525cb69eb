/**
 * Broken internal links in an entry's Markdown: a link to a page or file the merged site will
 * not have. The built site is the truth when there is one; without a build only links the
 * content alone can decide are checked (collection pages and /media/ files).
 */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { siteAddress } from "../content/urls.ts";
import type { ScreeningFinding } from "./findings.ts";

/** Says whether a site path (`/berita/judul/`, `/media/x.pdf`) will exist; undefined when it cannot tell. */
export type SitePathCheck = (path: string) => boolean | undefined;

// [text](/path "title"), ![alt](/path), <a href="/path">, <img src="/path">, [id]: /path
const LINK_PATTERNS = [
  /\]\(\s*<?(\/(?!\/)[^\s)>]*)>?(?:\s+["'(][^)]*)?\)/g,
  /\b(?:href|src)\s*=\s*["'](\/(?!\/)[^"']*)["']/gi,
  /^\s{0,3}\[[^\]]+\]:\s*<?(\/(?!\/)[^\s>]*)>?/g,
];

/** Site-absolute link targets in one line of Markdown, with their column. */
export function internalLinks(line: string): { target: string; index: number }[] {
  const links: { target: string; index: number }[] = [];
  for (const pattern of LINK_PATTERNS)
    for (const m of line.matchAll(pattern)) links.push({ target: m[1]!, index: m.index });
  return links.sort((a, b) => a.index - b.index);
}

/** The path part of a link: no query, no fragment, percent-decoded. */
export function linkPath(target: string): string {
  const path = target.replace(/[?#].*$/, "");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Checks site paths against a built site folder (`_site`). */
export function builtSiteCheck(outputDir: string): SitePathCheck {
  return (path) => {
    if (path === "/") return existsSync(join(outputDir, "index.html"));
    const file = join(outputDir, path);
    if (path.endsWith("/")) return existsSync(join(file, "index.html"));
    if (existsSync(file)) return statSync(file).isFile() || existsSync(join(file, "index.html"));
    return existsSync(join(file, "index.html"));
  };
}

/**
 * Checks site paths against content: the URLs of the entries the merged site will have, the
 * collection index pages, the files in `content/media`, and the pages the build makes itself
 * (the route table's addresses: a generated page exists; a page below a generated folder, such as
 * one division's news, is undecided). Other paths are undecided.
 */
export function contentCheck(options: {
  contentDir: string;
  entryUrls: Iterable<string>;
  collectionPrefixes: Iterable<string>;
}): SitePathCheck {
  const urls = new Set(options.entryUrls);
  const prefixes = [...options.collectionPrefixes].filter((p) => p !== "/");
  return (path) => {
    if (path === "/") return true;
    if (path.startsWith("/media/")) {
      const file = join(options.contentDir, path);
      return existsSync(file) && statSync(file).isFile();
    }
    const withSlash = path.endsWith("/") ? path : `${path}/`;
    if (urls.has(withSlash)) return true;
    if (prefixes.includes(withSlash)) return true;
    const collection = prefixes.find((p) => withSlash.startsWith(p));
    const generated = siteAddress(path, collection) ?? siteAddress(withSlash, collection);
    if (generated) return generated.path === path || generated.path === withSlash ? true : undefined;
    if (prefixes.some((p) => withSlash.startsWith(p))) return false;
    return undefined;
  };
}

/** Findings for links in `text` that the check says will not exist. */
export function brokenLinks(
  text: string,
  options: { file: string; startLine?: number; check: SitePathCheck },
): ScreeningFinding[] {
  const findings: ScreeningFinding[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    for (const { target } of internalLinks(line)) {
      if (options.check(linkPath(target)) !== false) continue;
      findings.push({
        file: options.file,
        line: (options.startLine ?? 1) + i,
        kind: "broken-link",
        severity: "medium",
        excerpt: target.length > 100 ? `${target.slice(0, 100)}…` : target,
        why: "Tautan ini menuju halaman atau berkas yang tidak ada di situs setelah perubahan digabungkan: pembaca akan menemui halaman 404.",
        fix: "Perbaiki alamat tautan (salin dari situs atau dari daftar perubahan di atas), atau unggah berkas yang dituju.",
      });
    }
  });
  return findings;
}
