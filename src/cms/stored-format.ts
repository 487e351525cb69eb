/**
 * The stored format is the one Decap CMS writes. Each file the admin can save is put through the
 * admin's own load-and-save round trip (Decap's front-matter/YAML formatters, the Markdown widget's
 * `markdownToSlate` → `slateToMarkdown` with the remark plugins the admin registers), so a one-word
 * edit in the admin changes one line in the pull request, not the whole file.
 * Run by `npm run check -- --fix`.
 */
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { cmsConfig, type CmsField } from "./config.ts";
import { CONTENT_DIR } from "./paths.ts";
import { readSiteFile } from "./generate.ts";
import { loadDecapSerialisers, type DecapSerialisers } from "./decap-serialisers.ts";
import { tableAlignment } from "./table-align.ts";
import { imageEditorComponent } from "./editor-image.ts";
import { renderMarkdown } from "../markdown/index.ts";

/** One file the admin saves: how Decap stores it and in which order it writes the top-level keys. */
export interface StoredFile {
  path: string;
  kind: "markdown" | "yaml";
  /** Decap sorts the top-level keys by the collection's field order (`fieldsOrder` in its backend). */
  fieldsOrder: string[];
  /** Name of the Markdown-widget field stored as the body (front matter collections). */
  body?: string;
}

/** The editor components and remark plugins exactly as `src/cms/admin.ts` and Decap's app register them. */
export async function adminSerialisers(): Promise<DecapSerialisers & { remarkPlugins: unknown[] }> {
  const decap = await loadDecapSerialisers();
  decap.setEditorComponents([
    decap.editorComponent(imageEditorComponent(() => null)),
    // decap-cms-app registers this one itself (extensions.js).
    decap.editorComponent({ id: "code-block", label: "Code Block", widget: "code", type: "code-block" }),
  ]);
  return { ...decap, remarkPlugins: [tableAlignment()] };
}

/** `text` as the admin would store it after opening and saving it (body edited in the rich editor). */
export function decapRoundTrip(
  decap: Awaited<ReturnType<typeof adminSerialisers>>,
  text: string,
  file: Omit<StoredFile, "path">,
): string {
  const options = { voidCodeBlock: true, remarkPlugins: decap.remarkPlugins };
  let out: string;
  if (file.kind === "yaml") {
    out = decap.yaml.toFile(decap.yaml.fromFile(text), file.fieldsOrder);
  } else {
    const data = decap.frontMatter.fromFile(text);
    const body = file.body ?? "body";
    if (typeof data[body] === "string")
      data[body] = decap.slateToMarkdown(decap.markdownToSlate(data[body], options), options);
    out = decap.frontMatter.toFile(data, file.fieldsOrder);
  }
  // Decap's backend adds the final newline (`entryToRaw`).
  return out.endsWith("\n") ? out : `${out}\n`;
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const names = (fields: CmsField[] | undefined) => (fields ?? []).map((f) => f.name);

/** Every file in the content folder `dir` that the admin can save. */
export async function storedFiles(dir: string): Promise<StoredFile[]> {
  const config = cmsConfig(await readSiteFile(join(dir, "_data", "site.yml")));
  const inDir = (repoPath: string) => join(dir, relative(CONTENT_DIR, repoPath));
  const files: StoredFile[] = [];
  for (const collection of config.collections) {
    if (collection.folder) {
      const body = collection.fields?.find((f) => f.widget === "markdown" && f.name === "body")?.name;
      for (const path of await markdownFiles(inDir(collection.folder))) {
        files.push({ path, kind: "markdown", fieldsOrder: names(collection.fields), body });
      }
    }
    for (const file of collection.files ?? []) {
      files.push({ path: inDir(file.file), kind: "yaml", fieldsOrder: names(file.fields) });
    }
  }
  return files;
}

/** JSON with object keys sorted: Decap reorders the top-level keys, which publishes nothing different. */
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );

/** What the site publishes from a stored file: its data, and its body as the site renders it (line breaks aside). */
function published(decap: DecapSerialisers, text: string, file: StoredFile): string {
  if (file.kind === "yaml") return canonical(decap.yaml.fromFile(text));
  const { [file.body ?? "body"]: body, ...data } = decap.frontMatter.fromFile(text);
  return canonical([data, renderMarkdown(typeof body === "string" ? body : "").replace(/\s+/g, " ")]);
}

export interface FormatReport {
  /** Files that were (with `fix`) or would be rewritten. */
  changed: string[];
  /** Files Decap's round trip would publish differently: left as they are, for a person to look at. */
  refused: string[];
}

/**
 * Puts every stored file of `dir` in Decap's format. A file whose published form would change
 * (Decap's older Markdown parser reads some text differently from the site, e.g. a line
 * starting with "2008." as a numbered list) is never rewritten but reported.
 */
export async function formatContent(dir: string, { fix }: { fix: boolean }): Promise<FormatReport> {
  const decap = await adminSerialisers();
  const changed: string[] = [];
  const refused: string[] = [];
  for (const file of await storedFiles(dir)) {
    const text = await readFile(file.path, "utf8");
    let formatted: string;
    try {
      formatted = decapRoundTrip(decap, text, file);
    } catch {
      continue; // unreadable: left as it is for the check to report with file and line
    }
    if (formatted === text) continue;
    if (published(decap, formatted, file) !== published(decap, text, file)) {
      refused.push(file.path);
      continue;
    }
    changed.push(file.path);
    if (fix) await writeFile(file.path, formatted);
  }
  return { changed, refused };
}
