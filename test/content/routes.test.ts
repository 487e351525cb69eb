/**
 * One route table (issue 14 item 4): no file under src/ but `src/content/urls.ts` spells the
 * address of a page the site generates (a collection's list, the division/topic/DIP-category
 * pages, search, feeds, sitemap, robots, 404, the DIP spreadsheet), links home by writing "/",
 * or writes the "Beranda" breadcrumb. Folders of files (`/media/`, `/img/`, `/assets/`, the admin)
 * are not page kinds and may be named where their files are handled.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { siteAddress, trails } from "../../src/content/urls.ts";

const SRC = join(import.meta.dirname, "..", "..", "src");
const TABLE = join(SRC, "content", "urls.ts");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(d.name) ? [path] : [];
  });
}

/** Code without its comments (a comment may well show an address as an example). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, "")).replace(/(^|\s)\/\/.*$/gm, "$1");
}

/** What a line spells that only the route table may. */
function addressesSpelled(line: string): string[] {
  const found: string[] = [];
  for (const [, path] of line.matchAll(/["'`](\/[^"'`\s$]+)/g)) {
    const address = siteAddress(path!) ?? siteAddress(`${path}/`);
    if (address && !address.files) found.push(`${path} (${address.owner})`);
  }
  if (/\b(?:href|url|path|permalink)\s*[:=]\s*\{?\s*["'`]\/["'`]/.test(line)) found.push(`"/" (beranda)`);
  if (/["'`]Beranda["'`]/.test(line)) found.push(`"Beranda" (breadcrumb)`);
  return found;
}

describe("the route table", () => {
  it("is the only file under src/ that spells a generated page's address or the home breadcrumb", () => {
    const spelled: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file === TABLE) continue;
      code(readFileSync(file, "utf8"))
        .split("\n")
        .forEach((line, i) => {
          for (const what of addressesSpelled(line)) spelled.push(`${relative(SRC, file)}:${i + 1} ${what}`);
        });
    }
    expect(spelled).toEqual([]);
  });

  it("the check above catches what it is meant to", () => {
    expect(addressesSpelled(`<a href="/berita/">Semua berita</a>`)).toHaveLength(1);
    expect(addressesSpelled("const u = `/berita/halaman/${n}/`;")).toHaveLength(1);
    expect(addressesSpelled(`{ label: "Beranda", url: "/" }`)).toHaveLength(2);
    expect(addressesSpelled(`permalink: "/feed.xml"`)).toHaveLength(1);
    expect(addressesSpelled(`if (p.startsWith("/media/")) return;`)).toEqual([]);
    expect(addressesSpelled(`const parts = url.split("/");`)).toEqual([]);
  });

  it("gives every kind of page its breadcrumb trail, starting at Beranda", () => {
    expect(trails.top()).toEqual([{ label: "Beranda", url: "/" }]);
    expect(trails.collection("berita")).toEqual([
      { label: "Beranda", url: "/" },
      { label: "Berita", url: "/berita/" },
    ]);
    expect(trails.collection("informasi-publik").at(-1)).toEqual({ label: "Daftar Informasi Publik", url: "/informasi-publik/" });
    expect(trails.collection("halaman")).toEqual(trails.top());
    expect(trails.division().at(-1)).toEqual({ label: "Bidang", url: "/berita/bidang/" });
    expect(trails.topic().at(-1)).toEqual({ label: "Topik", url: "/berita/topik/" });
  });
});
