/** Reading a built site in tests: its files, the references in its HTML, its search index. */
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, posix, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";

/** The instant the sample site is built at in tests (the brief's fixed clock). */
export const SAMPLE_NOW = new Date("2026-11-24T12:00:00+07:00");

/** Every file under `dir`, as posix paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"));
}

/** Every file under `dir` with the SHA-256 of its bytes, sorted: equal maps mean byte-identical trees. */
export async function treeHashes(dir: string): Promise<Map<string, string>> {
  const files = await listFiles(dir);
  const hashes = await Promise.all(
    files.map(
      async (f) =>
        [
          f,
          createHash("sha256")
            .update(await readFile(join(dir, f)))
            .digest("hex"),
        ] as const,
    ),
  );
  return new Map(hashes.sort(([a], [b]) => a.localeCompare(b)));
}

/** `berita/x/index.html` → `/berita/x/`; `404.html` → `/404.html`. */
export function fileToUrl(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

export interface Reference {
  tag: string;
  attr: string;
  value: string;
  /** `rel` of a `<link>`. */
  rel?: string | undefined;
}

/** Every URL-carrying attribute in an HTML document (href, src, srcset, poster). */
export function references(html: string): Reference[] {
  const out: Reference[] = [];
  for (const tag of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = tag[1]!.toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of tag[2]!.matchAll(/([a-z-:]+)="([^"]*)"/gi)) attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2]!));
    for (const attr of ["href", "src", "srcset", "poster"]) {
      const value = attrs.get(attr);
      if (value === undefined) continue;
      if (attr === "srcset") {
        for (const candidate of value.split(","))
          out.push({ tag: name, attr, value: candidate.trim().split(/\s+/)[0]! });
      } else {
        out.push({ tag: name, attr, value, rel: attrs.get("rel") });
      }
    }
  }
  return out;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");

/** The output file a site-internal URL points at, or undefined when it is not internal. */
export function targetFile(outputDir: string, fromFile: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//")) return undefined;
  const path = decodeURI(url.replace(/[?#].*$/, ""));
  if (path === "") return join(outputDir, fromFile);
  const resolved = path.startsWith("/") ? path : posix.join(posix.dirname(`/${fromFile}`), path);
  const file = join(outputDir, resolved);
  if (resolved.endsWith("/")) return join(file, "index.html");
  return existsSync(file) && statSync(file).isDirectory() ? join(file, "index.html") : file;
}

export interface SearchRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** The pages in a Pagefind index: each fragment is gzip'd `pagefind_dcd` + JSON. */
export async function searchRecords(outputDir: string): Promise<SearchRecord[]> {
  const dir = join(outputDir, "pagefind", "fragment");
  const records: SearchRecord[] = [];
  for (const name of await readdir(dir)) {
    const text = gunzipSync(await readFile(join(dir, name))).toString("utf8");
    records.push(JSON.parse(text.replace(/^pagefind_dcd/, "")) as SearchRecord);
  }
  return records;
}
