/**
 * Loads the content folder: data files, then every Markdown entry, validated in one pass that
 * reports every problem (file, line, field, Indonesian fix) rather than stopping at the first.
 * Only valid entries enter `Content`; callers refuse to build while `problems` is non-empty.
 */
import fs, { type Stats } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import slugify from "@sindresorhus/slugify";
import { toInstant, type TimeZone } from "./dates.ts";
import { inspectBody, type BodyReport } from "./body.ts";
import { isInside, MediaFiles, mediaSitePath } from "./media.ts";
import type { CheckProblem, Content, Entries, Entry } from "./model.ts";
import type { RuleId } from "./rules.ts";
import { ContentError, formatProblems, megabytes, sortProblems } from "./problems.ts";
import {
  collections,
  dataFiles,
  DIVISION_ID,
  LIMITS,
  type CollectionName,
  type DataFileName,
  type DivisionsData,
  type MenuData,
  type ProgrammeData,
  type SiteData,
  type TeamData,
} from "./schema.ts";
import { decodeText, splitFrontMatter, YamlSource } from "./source.ts";
import { addressOwner, urlFor, slugFromPath } from "./urls.ts";
import { YamlCache } from "./yaml-cache.ts";
import { dataFileIssues, entryIssues, mediaToCheck } from "./entry-check.ts";
import { mediaReferences, salvage, type FieldIssue } from "./validate.ts";

export { ContentError, formatProblems };

export interface LoadResult {
  content: Content;
  problems: CheckProblem[];
}

export interface LoadOptions {
  /** Called after each Markdown file, for progress bars on large sites. */
  onProgress?: (done: number, total: number) => void;
  /** Folder for the parsed-YAML cache (yaml-cache.ts); none when absent. */
  cacheDir?: string | undefined;
  /**
   * The report of each body (content/body.ts), in order. The build passes its Markdown renderer,
   * which takes the report from the very parse it renders (and caches); default: parse here.
   */
  inspectBodies?: BodyInspector | undefined;
}

export type BodyInspector = (bodies: string[], siteUrl: string | undefined) => Promise<(BodyReport | undefined)[]>;

const inspectHere: BodyInspector = async (bodies) => bodies.map(inspectBody);

/** Files read at once: enough to keep the disk busy, few enough not to exhaust descriptors. */
const PARALLEL_FILES = 64;

/** Values used where a data file is missing or broken, so the rest can still be checked. */
const EMPTY: {
  site: SiteData;
  menu: MenuData;
  divisions: DivisionsData;
  team: TeamData;
  programme: ProgrammeData;
} = {
  site: {
    name: "",
    agency: "",
    government: "",
    url: "",
    language: "id",
    timeZone: "Asia/Jakarta",
    address: "",
    phone: "",
    email: "",
    serviceHours: [],
    logo: "",
    social: {},
    repo: "",
    branch: "main",
  },
  menu: { items: [] },
  divisions: { items: [] },
  team: { decree: { number: "", date: "", title: "" }, members: [] },
  programme: { year: new Date().getFullYear(), items: [] },
};

/** Loads and validates the content folder; never throws for content problems. */
export async function loadContent(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const contentDir = path.resolve(dir);
  const info = await stat(contentDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`Content folder not found: ${contentDir}`);
  const realContentDir = await realpath(contentDir);
  const repoRoot = path.dirname(contentDir);
  const ctx: Context = {
    contentDir,
    realContentDir,
    relative: (file) => path.relative(repoRoot, file).split(path.sep).join("/"),
    media: new MediaFiles(contentDir),
    problems: [],
    bodies: [],
    divisionIds: [],
    timeZone: "Asia/Jakarta",
    yaml: options.cacheDir ? new YamlCache(path.join(options.cacheDir, "front-matter.v8")) : undefined,
  };

  const data = await loadDataFiles(ctx);
  const files = await listEntries(ctx);
  const total = files.length;
  let done = 0;
  options.onProgress?.(0, total);
  const loaded = await mapParallel(files, PARALLEL_FILES, async (file) => {
    const entry = await loadEntry(ctx, file);
    options.onProgress?.(++done, total);
    return entry;
  });

  const refused = await checkBodies(ctx, options.inspectBodies ?? inspectHere, URL.canParse(data.site.url) ? data.site.url : undefined);
  const entries = Object.fromEntries(Object.keys(collections).map((c) => [c, []])) as unknown as Entries;
  for (const entry of rejectDuplicateUrls(ctx, loaded.filter((e): e is Entry => e !== undefined && !refused.has(e)))) {
    (entries[entry.collection] as Entry[]).push(entry);
  }
  ctx.yaml?.save();
  for (const list of Object.values(entries) as Entry[][]) {
    list.sort((a, b) => b.date.getTime() - a.date.getTime() || (a.file < b.file ? -1 : 1));
  }
  return { content: { dir: contentDir, ...data, entries }, problems: sortProblems(ctx.problems) };
}

/** Like `loadContent`, but throws a `ContentError` listing every problem when there is any. */
export async function loadValidContent(dir: string, options: LoadOptions = {}): Promise<Content> {
  const { content, problems } = await loadContent(dir, options);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

interface Context {
  contentDir: string;
  realContentDir: string;
  /** Absolute path → path from the repository root, with forward slashes. */
  relative: (file: string) => string;
  media: MediaFiles;
  problems: CheckProblem[];
  /** Every entry's body and media references, checked together once all entries are read. */
  bodies: EntryMedia[];
  divisionIds: string[];
  timeZone: TimeZone;
  yaml: YamlCache | undefined;
}

interface EntryMedia {
  file: string;
  bodyLine: number;
  body: string;
  /** `/media/…` values of the front matter, with their field. */
  fields: { path: PropertyKey[]; sitePath: string }[];
  /** Line of a front matter field (only asked for a problem: it may have to parse the YAML). */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** An exempt (`dikecualikan`) item: its files must never be published, by it or by anyone. */
  exempt: boolean;
  /** The entry, when it was valid. */
  entry?: Entry | undefined;
}

interface EntryFile {
  collection: CollectionName;
  absolute: string;
  /** Path inside the collection folder, forward slashes. */
  inCollection: string;
  symlink: boolean;
}

// ── data files ───────────────────────────────────────────────────────────────────

async function loadDataFiles(ctx: Context) {
  // divisions first: the others refer to it.
  const order: DataFileName[] = ["divisions", "site", "menu", "team", "programme"];
  const out = structuredClone(EMPTY);
  for (const name of order) {
    const { value, raw } = await loadDataFile(ctx, name);
    (out as Record<DataFileName, unknown>)[name] = value;
    if (name === "divisions") ctx.divisionIds = declaredDivisionIds(raw);
    if (name === "site") ctx.timeZone = out.site.timeZone;
  }
  return out;
}

/**
 * Every well-formed division id divisions.yml declares, valid item or not: a division whose
 * name is too long is reported once, in divisions.yml, not again in every entry naming it.
 */
function declaredDivisionIds(raw: unknown): string[] {
  const items = (raw as { items?: unknown } | null | undefined)?.items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    const id = (item as { id?: unknown } | null)?.id;
    return typeof id === "string" && DIVISION_ID.test(id) ? [id] : [];
  });
}

async function loadDataFile<N extends DataFileName>(ctx: Context, name: N): Promise<{ value: (typeof EMPTY)[N]; raw?: unknown }> {
  const absolute = path.join(ctx.contentDir, "_data", `${name}.yml`);
  const file = ctx.relative(absolute);
  const fallback = structuredClone(EMPTY[name]);
  const link = await lstat(absolute).catch(() => undefined);
  if (!link?.isFile()) {
    ctx.problems.push({
      file,
      line: 1,
      field: "",
      rule: link ? "berkas-biasa" : "berkas-data-ada",
      message: link ? `${file} bukan berkas biasa (folder atau tautan)` : `berkas data ${file} tidak ditemukan`,
      fix: `buat berkas ${file} (isinya diatur lewat menu Pengaturan di halaman admin)`,
    });
    return { value: fallback };
  }
  const read = await readText(ctx, absolute, file);
  if (read === undefined) return { value: fallback };
  const source = new YamlSource(read.text, 1, ctx.yaml);
  const raw = parseYaml(ctx, source, file);
  if (raw === undefined) return { value: fallback };

  const schema = dataFiles[name].schema;
  const parsed = dataFileIssues(name, raw, ctx);
  const issues = parsed.issues;
  issues.push(...(await mediaIssues(ctx, raw, issues)));
  report(ctx, file, source, issues);
  return { value: (parsed.data as (typeof EMPTY)[N] | undefined) ?? salvage(schema, raw, fallback), raw };
}

// ── entries ──────────────────────────────────────────────────────────────────────

async function listEntries(ctx: Context): Promise<EntryFile[]> {
  const files: EntryFile[] = [];
  for (const [collection, { folder }] of Object.entries(collections) as [CollectionName, { folder: string }][]) {
    const root = path.join(ctx.contentDir, folder);
    const dirents = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const dirent of dirents) {
      if (!/\.md$/i.test(dirent.name) || !(dirent.isFile() || dirent.isSymbolicLink())) continue;
      const absolute = path.join(dirent.parentPath, dirent.name);
      const inCollection = path.relative(root, absolute).split(path.sep).join("/");
      // Hidden files and folders (editor backups, .git) are not content.
      if (inCollection.split("/").some((part) => part.startsWith("."))) continue;
      files.push({ collection, absolute, inCollection, symlink: dirent.isSymbolicLink() });
    }
  }
  return files.sort((a, b) => (a.absolute < b.absolute ? -1 : 1));
}

async function loadEntry(ctx: Context, entryFile: EntryFile): Promise<Entry | undefined> {
  const { collection, absolute, inCollection } = entryFile;
  const file = ctx.relative(absolute);
  let failed = false;
  const fail = (rule: RuleId, line: number, field: string, message: string, fix: string) => {
    ctx.problems.push({ file, line, field, rule, message, fix });
    failed = true;
    return undefined;
  };
  if (entryFile.symlink) {
    const real = await realpath(absolute).catch(() => undefined);
    if (!real || !isInside(ctx.realContentDir, real)) {
      return fail("berkas-biasa", 1, "", "berkas ini adalah tautan (symlink) ke luar folder content/ atau ke berkas yang tidak ada", "ganti tautan itu dengan berkas Markdown biasa");
    }
  }
  // A file deleted since the folder was listed (an editor saving, `git checkout`) is simply gone.
  const read = await readText(ctx, absolute, file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (read === undefined) return undefined;
  const { text, info } = read;

  const split = splitFrontMatter(text);
  if ("issue" in split) return fail(split.issue.rule, split.issue.line, "", split.issue.message, split.issue.fix);
  const source = new YamlSource(split.yaml, 2, ctx.yaml);
  const parsedYaml = parseYaml(ctx, source, file);
  if (parsedYaml === undefined) return undefined;
  const raw = parsedYaml ?? {};

  const parsed = entryIssues(collection, raw, ctx);
  const issues = parsed.issues;
  issues.push(...(await mediaIssues(ctx, raw, issues)));
  report(ctx, file, source, issues);

  const media: EntryMedia = {
    file,
    bodyLine: split.bodyLine,
    body: split.body,
    fields: mediaReferences(raw).flatMap((ref) => {
      const named = mediaSitePath(ref.sitePath);
      return named && "sitePath" in named ? [{ path: ref.path, sitePath: named.sitePath }] : [];
    }),
    lineOf: (path) => source.lineOf(path),
    exempt: collection === "informasi-publik" && (raw as Record<string, unknown>).category === "dikecualikan",
  };
  ctx.bodies.push(media);

  const slug = slugFromPath(collection, inCollection);
  const badPart = slug.split("/").find((part) => !/^[a-z0-9][a-z0-9_-]*$/.test(part));
  if (badPart !== undefined) {
    fail("nama-berkas", 1, "", `nama berkas "${badPart}" menghasilkan alamat halaman yang tidak rapi`, `ganti nama berkas atau folder menjadi "${slugify(badPart) || "judul-tulisan"}" (huruf kecil, angka dan tanda hubung)`);
  }
  const url = urlFor(collection, slug);
  // An address the build generates for the site itself: the build would stop on the duplicate.
  const taken = badPart === undefined ? addressOwner(collection, url) : undefined;
  if (taken) {
    const name = path.posix.basename(file);
    // Below a generated folder because of the entry's own folder: the folder is what to rename.
    const folder = url !== taken.path && slug.includes("/") ? slug.split("/")[0] : undefined;
    fail(
      "alamat-dipakai",
      1,
      "",
      url === taken.path ? `alamat ${url} sudah dipakai oleh ${taken.owner}` : `alamat ${url} berada di dalam ${taken.path}, yang dipakai oleh ${taken.owner}`,
      folder
        ? `pindahkan berkas ini keluar dari folder "${folder}/", atau ganti nama folder itu`
        : `ganti nama berkas ${name} agar alamatnya berbeda, mis. ${path.posix.basename(name, ".md")}-dinas.md`,
    );
  }
  if (issues.length > 0 || failed || !parsed.data) return undefined;

  const data = parsed.data as Entry["data"];
  const date = "date" in data && typeof data.date === "string" ? toInstant(data.date, ctx.timeZone) : info.mtime;
  return (media.entry = {
    collection,
    slug,
    file,
    url,
    data,
    date,
    body: split.body,
    bodyLine: split.bodyLine,
  } as Entry);
}

/**
 * The bodies' findings and media files (one report per body, from `inspect`), then the files of
 * exempt items: no other entry may link or attach them, since that would publish them.
 * Returns the entries refused here.
 */
async function checkBodies(ctx: Context, inspect: BodyInspector, siteUrl: string | undefined): Promise<Set<Entry>> {
  const refused = new Set<Entry>();
  const reports = await inspect(ctx.bodies.map((b) => b.body), siteUrl);
  const fail = (b: EntryMedia, line: number, field: string, { rule, message, fix }: { rule: RuleId; message: string; fix: string }) => {
    ctx.problems.push({ file: b.file, line, field, rule, message, fix });
    if (b.entry) refused.add(b.entry);
  };
  const exempt = new Map<string, string>();
  const used: { b: EntryMedia; line: () => number; field: string; sitePath: string }[] = [];
  await mapParallel(ctx.bodies, PARALLEL_FILES, async (b, i) => {
    const report = reports[i];
    const line = (bodyLine: number) => b.bodyLine + bodyLine - 1;
    for (const finding of report?.findings ?? []) fail(b, line(finding.line), "body", finding);
    for (const ref of report?.media ?? []) {
      const finding = await ctx.media.check(ref.sitePath);
      if (finding) fail(b, line(ref.line), "body", finding);
    }
    const refs = [
      ...b.fields.map((ref) => ({ line: () => b.lineOf(ref.path), field: ref.path.map(String).join("."), sitePath: ref.sitePath })),
      ...(report?.media ?? []).map((ref) => ({ line: () => line(ref.line), field: "body", sitePath: ref.sitePath })),
    ];
    for (const ref of refs) {
      if (b.exempt) exempt.set(ref.sitePath, b.file);
      else used.push({ b, ...ref });
    }
  });
  for (const { b, line, field, sitePath } of used) {
    const owner = exempt.get(sitePath);
    if (owner === undefined) continue;
    fail(b, line(), field, {
      rule: "berkas-dikecualikan",
      message: `berkas ${sitePath} adalah berkas informasi yang dikecualikan (${owner}) dan tidak boleh diterbitkan`,
      fix: "hapus tautan atau lampiran ini; bila informasinya memang terbuka, ubah dulu kategorinya lewat pejabat PPID",
    });
  }
  return refused;
}

/**
 * Missing, escaping or oversized media named anywhere in front matter or a data file.
 * Fields that already have an issue (wrong extension, spaces…) get no second one.
 */
async function mediaIssues(ctx: Context, raw: unknown, already: FieldIssue[]): Promise<FieldIssue[]> {
  const issues: FieldIssue[] = [];
  for (const ref of mediaToCheck(raw, already)) {
    const finding = await ctx.media.check(ref.sitePath);
    if (finding) issues.push({ path: ref.path, ...finding });
  }
  return issues;
}

// ── shared steps ─────────────────────────────────────────────────────────────────

/**
 * Reads a text file, checking its size on the open file first: a file over the limit is never
 * read into memory.
 */
async function readText(ctx: Context, absolute: string, file: string): Promise<{ text: string; info: Stats } | undefined> {
  const read = await readUpTo(absolute, LIMITS.markdownBytes);
  const fail = (rule: RuleId, message: string, fix: string, line = 1) => {
    ctx.problems.push({ file, line, field: "", rule, message, fix });
    return undefined;
  };
  if (!read.info.isFile()) return fail("berkas-biasa", "ini bukan berkas biasa", "hapus atau ganti dengan berkas teks");
  if (!read.bytes) {
    return fail(
      "ukuran-teks",
      `berkas berukuran ${megabytes(read.info.size)}, melebihi batas ${megabytes(LIMITS.markdownBytes)}`,
      "pecah tulisan menjadi beberapa halaman, atau pindahkan isi panjang ke lampiran PDF",
    );
  }
  const decoded = decodeText(read.bytes);
  if ("issue" in decoded) return fail(decoded.issue.rule, decoded.issue.message, decoded.issue.fix, decoded.issue.line);
  // Windows (CRLF) and old Mac (CR) line ends become LF here, so no `\r` reaches a page or feed.
  return { text: decoded.text.replace(/\r\n?/g, "\n"), info: read.info };
}

/**
 * open → fstat → read → close with plain callbacks: measured cheaper in CPU than
 * `fs.promises` file handles when thousands of small files are read. `bytes` is absent when
 * the file is not a regular file or is over `limit`.
 */
function readUpTo(file: string, limit: number): Promise<{ info: Stats; bytes?: Buffer }> {
  return new Promise((resolve, reject) => {
    fs.open(file, "r", (openError, fd) => {
      if (openError) return reject(openError);
      const finish = (error: Error | null, result?: { info: Stats; bytes?: Buffer }) =>
        fs.close(fd, () => (error ? reject(error) : resolve(result!)));
      fs.fstat(fd, (statError, info) => {
        if (statError) return finish(statError);
        if (!info.isFile() || info.size > limit) return finish(null, { info });
        const bytes = Buffer.allocUnsafe(info.size);
        const readFrom = (offset: number) =>
          fs.read(fd, bytes, offset, bytes.length - offset, offset, (readError, count) => {
            if (readError) return finish(readError);
            if (count === 0 || offset + count >= bytes.length) return finish(null, { info, bytes: bytes.subarray(0, offset + count) });
            readFrom(offset + count);
          });
        if (bytes.length === 0) return finish(null, { info, bytes });
        readFrom(0);
      });
    });
  });
}

/** YAML value of a source, or `undefined` after reporting syntax problems. Empty YAML is `null`. */
function parseYaml(ctx: Context, source: YamlSource, file: string): unknown {
  const syntax = source.syntaxIssues();
  let value: unknown;
  if (syntax.length === 0) {
    try {
      value = source.value();
    } catch {
      syntax.push({ line: 1, rule: "yaml-sah", message: "YAML memakai alias (*nama) terlalu banyak", fix: "tulis nilainya langsung tanpa alias & dan *" });
    }
  }
  for (const issue of syntax) ctx.problems.push({ file, line: issue.line, field: "", rule: issue.rule, message: issue.message, fix: issue.fix });
  if (syntax.length > 0) return undefined;
  if (value !== null && (typeof value !== "object" || Array.isArray(value))) {
    ctx.problems.push({
      file,
      line: 1,
      field: "",
      rule: "pasangan-kolom",
      message: "isian harus berupa pasangan nama: nilai (mis. title: Judul)",
      fix: "tulis setiap kolom pada barisnya sendiri sebagai nama: nilai",
    });
    return undefined;
  }
  return value;
}

/** Places field issues in the file, one problem per issue. */
function report(ctx: Context, file: string, source: YamlSource, issues: FieldIssue[]) {
  for (const issue of issues) {
    ctx.problems.push({ file, line: source.lineOf(issue.path), field: issue.path.map(String).join("."), rule: issue.rule, message: issue.message, fix: issue.fix });
  }
}

/** Two entries may not share an address (`berita/2026-01-01-x.md` and `berita/2026-02-02-x.md`). */
function rejectDuplicateUrls(ctx: Context, entries: Entry[]): Entry[] {
  const byUrl = new Map<string, Entry[]>();
  for (const entry of entries) byUrl.set(entry.url, [...(byUrl.get(entry.url) ?? []), entry]);
  const rejected = new Set<Entry>();
  for (const [url, same] of byUrl) {
    if (same.length < 2) continue;
    for (const entry of same) {
      ctx.problems.push({
        file: entry.file,
        line: 1,
        field: "",
        rule: "alamat-ganda",
        message: `alamat ${url} sama dengan ${same.filter((e) => e !== entry).map((e) => e.file).join(", ")}`,
        fix: "ganti nama salah satu berkas agar setiap tulisan punya alamat sendiri",
      });
      rejected.add(entry);
    }
  }
  return entries.filter((e) => !rejected.has(e));
}

/** `Promise.all` over `items` with at most `limit` running at once, results in order. */
async function mapParallel<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
