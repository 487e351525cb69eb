/**
 * The guard in front of decap-server: the only door to the local Git server that `npm start`'s
 * admin talks to. decap-server (3.11.3, Git mode) writes, reads and deletes any path inside its
 * repository — `.git/config` included, which runs commands through `core.fsmonitor` — and checks
 * no `Host`, so a web page could reach it by DNS rebinding. The guard lets through only:
 *
 * - requests whose `Host` is the guard's own 127.0.0.1/localhost address and whose `Origin`
 *   (when sent) is the local admin's, with a JSON body under decap-server's own size limit;
 * - the actions Decap's proxy backend (decap-cms-backend-proxy) sends, on the publishing branch;
 * - paths inside the configured collection folders, data files and media folders (read from the
 *   CMS config the admin itself loads), written the way Decap writes them: relative, `/`-separated,
 *   no `.`/`..`, no hidden names (`.git`, `.github`), no `%`-escapes or backslashes, no symlinks;
 * - a save based on the version the saving page last read: a save over another editor's newer
 *   change is refused (decap-server, like Decap's GitHub backend, would overwrite it silently).
 *
 * It also answers a draft's file list from its merge base with `main`, as GitHub's compare API
 * does (decap-server diffs the two tips, so a file published on `main` after the draft branched
 * made the draft unopenable). Everything refused gets an Indonesian JSON error Decap shows in its
 * toast, and a line in the terminal.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lstat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { promisify } from "node:util";
import { cmsConfig, type CmsConfig } from "./config.ts";
import { EDITOR_HEADER } from "./editor-session.ts";
import { checkSavedContent, saveRefusalMessage } from "./save-check.ts";

const run = promisify(execFile);

/** decap-server's own JSON limit (`express.json({ limit: "50mb" })`): larger bodies would fail there anyway. */
export const MAX_BODY_BYTES = 50 * 1024 * 1024;

/** A local branch decap-server is told to diff a draft against: the draft's merge base with `main`. */
export const MERGE_BASE_BRANCH = "warta-merge-base";

const STATUSES = new Set(["draft", "pending_review", "pending_publish"]);

// ── what the admin may touch ──────────────────────────────────────────────────────────

export interface CollectionScope {
  /** Folder collections: where the entries live (repository-relative). */
  folder?: string;
  extension: string;
  /** How many folder levels the entries may sit in (nested collections). */
  depth: number;
  /** File collections: entry name (its slug) → the data file. */
  files: Map<string, string>;
}

export interface CmsScope {
  collections: Map<string, CollectionScope>;
  mediaFolders: string[];
}

const trimSlashes = (path: string) => path.replace(/^\/+|\/+$/g, "");

/**
 * The collections and media folders of the CMS config. By default the config the admin loads
 * (`cmsConfig`); its collections and media folders do not depend on the site settings.
 */
export function cmsScope(
  config: Pick<CmsConfig, "media_folder" | "collections"> = cmsConfig({
    repo: "local/warta",
    branch: "main",
    url: "http://127.0.0.1/",
  }),
): CmsScope {
  const collections = new Map<string, CollectionScope>();
  const media = new Set([trimSlashes(config.media_folder)]);
  for (const c of config.collections) {
    const folder = c.folder ? trimSlashes(c.folder) : undefined;
    if (typeof c.media_folder === "string") {
      // A leading slash means "from the repository root"; without it Decap reads it beside the entries.
      media.add(
        c.media_folder.startsWith("/") || !folder
          ? trimSlashes(c.media_folder)
          : `${folder}/${trimSlashes(c.media_folder)}`,
      );
    }
    const nested = c.nested as { depth?: number } | undefined;
    collections.set(c.name, {
      folder,
      extension: String(c.extension ?? "md"),
      depth: nested?.depth ?? 1,
      files: new Map((c.files ?? []).map((f) => [f.name, trimSlashes(f.file)])),
    });
  }
  return { collections, mediaFolders: [...media].filter(Boolean) };
}

// ── refusals ──────────────────────────────────────────────────────────────────────────

export class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "Refusal";
  }
}

const forbidden = (message: string) => new Refusal(403, message);

const OUTSIDE =
  "Dari admin hanya boleh diubah berkas di folder koleksi konten, berkas data situs dan folder media; kode, pengaturan dan folder .git tidak.";

/** Why `path` is not a path the way Decap writes one, or undefined when it is. */
function pathProblem(path: string): string | undefined {
  if (path.includes("\\")) return "memuat garis miring terbalik (\\)";
  if (path.includes("%")) return "memuat kode persen (%…)";
  if (/[\u0000-\u001f\u007f]/.test(path)) return "memuat karakter kendali";
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path)) return "berupa jalur mutlak";
  const segments = path.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return 'memuat bagian kosong, "." atau ".."';
  if (segments.some((s) => s.startsWith("."))) return "memuat nama tersembunyi yang diawali titik (mis. .git)";
  if (segments.some((s) => s.includes(":"))) return "memuat titik dua (:)";
  return undefined;
}

function cleanPath(value: unknown, field: string): string {
  if (typeof value !== "string" || value === "" || value.length > 400) {
    throw forbidden(`Permintaan ditolak: isian "${field}" harus berupa jalur berkas (paling panjang 400 karakter).`);
  }
  const problem = pathProblem(value);
  if (problem) throw forbidden(`Permintaan ditolak: jalur "${value}" (${field}) ${problem}. ${OUTSIDE}`);
  return value;
}

const under = (path: string, folder: string) => path.startsWith(`${folder}/`);

// ── what each action may carry ───────────────────────────────────────────────────────

/** A request that passed: what the guard must still check on disk, and what it remembers. */
interface Inspected {
  action: string;
  /** Paths to check for symlinks in the working tree. */
  paths: string[];
  /** The draft branch the action concerns, `cms/<collection>/<slug>`. */
  draft?: { collection: string; slug: string; branch: string };
  /** persistEntry: the entry files written, and whether Decap says the entry is new. */
  writes?: { path: string; raw: string }[];
  newEntry?: boolean;
}

type Params = Record<string, unknown>;

function objectOf(value: unknown, field: string): Params {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw forbidden(`Permintaan ditolak: isian "${field}" tidak ada atau bukan objek.`);
  }
  return value as Params;
}

function stringOf(value: unknown, field: string, max = 1000): string {
  if (typeof value !== "string" || value === "" || value.length > max) {
    throw forbidden(`Permintaan ditolak: isian "${field}" harus berupa teks (paling panjang ${max} karakter).`);
  }
  return value;
}

export class RequestInspector {
  constructor(
    private readonly scope: CmsScope,
    private readonly branch: string,
  ) {}

  private collection(name: unknown): [string, CollectionScope] {
    const collection = typeof name === "string" ? this.scope.collections.get(name) : undefined;
    if (!collection) {
      throw forbidden(
        `Permintaan ditolak: koleksi "${String(name)}" tidak ada di konfigurasi admin (${[...this.scope.collections.keys()].join(", ")}).`,
      );
    }
    return [name as string, collection];
  }

  private draft(collectionName: unknown, slugValue: unknown): NonNullable<Inspected["draft"]> {
    const [collection] = this.collection(collectionName);
    const slug = cleanPath(slugValue, "slug");
    return { collection, slug, branch: `cms/${collection}/${slug}` };
  }

  /** An entry file of `collection` (any collection when undefined): in its folder, or one of its data files. */
  private entryPath(value: unknown, field: string, collectionName?: string, slug?: string): string {
    const path = cleanPath(value, field);
    const collections = collectionName ? [this.collection(collectionName)[1]] : [...this.scope.collections.values()];
    for (const c of collections) {
      if (
        c.folder &&
        under(path, c.folder) &&
        path.endsWith(`.${c.extension}`) &&
        path.slice(c.folder.length + 1).split("/").length <= c.depth
      )
        return path;
      for (const [name, file] of c.files) if (file === path && (slug === undefined || slug === name)) return path;
    }
    throw forbidden(
      `Permintaan ditolak: "${path}" (${field}) bukan berkas entri ${collectionName ? `koleksi "${collectionName}"` : "koleksi mana pun"}. ${OUTSIDE}`,
    );
  }

  private mediaPath(value: unknown, field: string): string {
    const path = cleanPath(value, field);
    if (this.scope.mediaFolders.some((folder) => under(path, folder))) return path;
    throw forbidden(
      `Permintaan ditolak: "${path}" (${field}) tidak berada di folder media (${this.scope.mediaFolders.join(", ")}). ${OUTSIDE}`,
    );
  }

  inspect(body: unknown): Inspected {
    const request = objectOf(body, "permintaan");
    const action = request.action;
    if (action === "info") return { action, paths: [] };
    const params = objectOf(request.params, "params");
    if (params.branch !== this.branch) {
      throw forbidden(
        `Permintaan ditolak: admin hanya bekerja pada cabang "${this.branch}", bukan "${String(params.branch)}".`,
      );
    }
    switch (action) {
      case "entriesByFolder": {
        const folder = cleanPath(params.folder, "folder");
        const collection = [...this.scope.collections.values()].find((c) => c.folder === folder);
        if (!collection) throw forbidden(`Permintaan ditolak: "${folder}" bukan folder koleksi. ${OUTSIDE}`);
        if (
          params.extension !== collection.extension ||
          !Number.isInteger(params.depth) ||
          (params.depth as number) < 1 ||
          (params.depth as number) > collection.depth
        ) {
          throw forbidden(
            `Permintaan ditolak: folder "${folder}" hanya dibaca untuk berkas .${collection.extension} sedalam ${collection.depth} tingkat.`,
          );
        }
        return { action, paths: [folder] };
      }
      case "entriesByFiles": {
        if (!Array.isArray(params.files) || params.files.length > 100)
          throw forbidden('Permintaan ditolak: isian "files" harus berupa daftar (paling banyak 100).');
        const paths = params.files.map((f, i) => this.entryPath(objectOf(f, `files[${i}]`).path, `files[${i}].path`));
        return { action, paths };
      }
      case "getEntry":
        return { action, paths: [this.entryPath(params.path, "path")] };
      case "unpublishedEntries":
        return { action, paths: [] };
      case "unpublishedEntry": {
        let { collection, slug } = params;
        if (params.id !== undefined) {
          const id = stringOf(params.id, "id");
          [collection, slug] = [id.slice(0, id.indexOf("/")), id.slice(id.indexOf("/") + 1)];
        }
        if (params.cmsLabelPrefix !== undefined)
          throw forbidden("Permintaan ditolak: awalan label status tidak dipakai admin Warta.");
        return { action, paths: [], draft: this.draft(collection, slug) };
      }
      case "unpublishedEntryDataFile": {
        const draft = this.draft(params.collection, params.slug);
        return { action, paths: [this.entryPath(params.path, "path", draft.collection, draft.slug)], draft };
      }
      case "unpublishedEntryMediaFile": {
        const draft = this.draft(params.collection, params.slug);
        return { action, paths: [this.mediaPath(params.path, "path")], draft };
      }
      case "deleteUnpublishedEntry":
      case "publishUnpublishedEntry":
      case "getDeployPreview":
        return { action, paths: [], draft: this.draft(params.collection, params.slug) };
      case "updateUnpublishedEntryStatus": {
        if (typeof params.newStatus !== "string" || !STATUSES.has(params.newStatus)) {
          throw forbidden(
            `Permintaan ditolak: status "${String(params.newStatus)}" tidak dikenal (${[...STATUSES].join(", ")}).`,
          );
        }
        if (params.cmsLabelPrefix !== undefined)
          throw forbidden("Permintaan ditolak: awalan label status tidak dipakai admin Warta.");
        return { action, paths: [], draft: this.draft(params.collection, params.slug) };
      }
      case "persistEntry":
        return this.persistEntry(params);
      case "getMedia": {
        const folder = cleanPath(params.mediaFolder, "mediaFolder");
        if (!this.scope.mediaFolders.includes(folder))
          throw forbidden(
            `Permintaan ditolak: "${folder}" bukan folder media (${this.scope.mediaFolders.join(", ")}).`,
          );
        return { action, paths: [folder] };
      }
      case "getMediaFile":
        return { action, paths: [this.mediaPath(params.path, "path")] };
      case "persistMedia": {
        const asset = objectOf(params.asset, "asset");
        stringOf(objectOf(params.options, "options").commitMessage, "options.commitMessage");
        if (asset.encoding !== "base64")
          throw forbidden("Permintaan ditolak: berkas media harus dikirim dalam base64.");
        return { action, paths: [this.mediaPath(asset.path, "asset.path")] };
      }
      case "deleteFiles": {
        if (!Array.isArray(params.paths) || params.paths.length === 0 || params.paths.length > 100) {
          throw forbidden('Permintaan ditolak: isian "paths" harus berupa daftar berkas (1 sampai 100).');
        }
        stringOf(objectOf(params.options, "options").commitMessage, "options.commitMessage");
        const paths = params.paths.map((p, i) => {
          const path = cleanPath(p, `paths[${i}]`);
          if (this.scope.mediaFolders.some((folder) => under(path, folder))) return path;
          // A published entry may be deleted; a data file (site settings, menu …) may not.
          const entry = this.entryPath(path, `paths[${i}]`);
          if ([...this.scope.collections.values()].some((c) => [...c.files.values()].includes(entry))) {
            throw forbidden(`Permintaan ditolak: berkas data "${entry}" tidak boleh dihapus dari admin.`);
          }
          return entry;
        });
        return { action, paths };
      }
      default:
        // deleteFile is in decap-server's list, but Decap's own client never sends it.
        throw forbidden(`Permintaan ditolak: aksi "${String(action)}" tidak dipakai admin Warta.`);
    }
  }

  private persistEntry(params: Params): Inspected {
    const options = objectOf(params.options, "options");
    if (options.useWorkflow !== true) {
      throw forbidden(
        "Permintaan ditolak: setiap perubahan dari admin melewati alur draf → tinjau → terbit; simpan langsung ke main tidak diizinkan.",
      );
    }
    stringOf(options.commitMessage, "options.commitMessage");
    if (typeof options.status !== "string" || !STATUSES.has(options.status)) {
      throw forbidden(
        `Permintaan ditolak: status "${String(options.status)}" tidak dikenal (${[...STATUSES].join(", ")}).`,
      );
    }
    if (params.cmsLabelPrefix !== undefined)
      throw forbidden("Permintaan ditolak: awalan label status tidak dipakai admin Warta.");
    if (params.entry !== undefined || !Array.isArray(params.dataFiles) || params.dataFiles.length !== 1) {
      throw forbidden('Permintaan ditolak: simpan satu berkas entri per permintaan, dalam "dataFiles".');
    }
    const file = objectOf(params.dataFiles[0], "dataFiles[0]");
    const draft = this.draft(options.collectionName, file.slug);
    // A data file is saved under its own name as the slug; folder entries may sit in subfolders.
    const path = this.entryPath(file.path, "dataFiles[0].path", draft.collection, draft.slug);
    if (file.newPath !== undefined)
      throw forbidden("Permintaan ditolak: memindahkan entri ke alamat lain tidak dipakai admin Warta.");
    if (typeof file.raw !== "string")
      throw forbidden("Permintaan ditolak: isi entri (dataFiles[0].raw) harus berupa teks.");
    if (!Array.isArray(params.assets)) throw forbidden('Permintaan ditolak: isian "assets" harus berupa daftar.');
    const assets = params.assets.map((a, i) => {
      const asset = objectOf(a, `assets[${i}]`);
      if (asset.encoding !== "base64" || typeof asset.content !== "string")
        throw forbidden("Permintaan ditolak: berkas media harus dikirim dalam base64.");
      return this.mediaPath(asset.path, `assets[${i}].path`);
    });
    return {
      action: "persistEntry",
      paths: [path, ...assets],
      draft,
      writes: [{ path, raw: file.raw }],
      newEntry: options.newEntry === true,
    };
  }
}

// ── what each editor's page last read ───────────────────────────────────────────────

const hash = (content: string | Buffer | null) =>
  content === null ? "absent" : createHash("sha256").update(content).digest("hex");

/**
 * Per page (the id its admin sends), per entry file, the version last read from each place
 * (`main` or the draft branch). A save is based on a version the page read; if the file now
 * holds something the page never saw, someone else saved in between.
 */
class ReadVersions {
  private readonly pages = new Map<string, Map<string, Map<string, string>>>();

  record(page: string, path: string, source: string, version: string): void {
    let files = this.pages.get(page);
    if (!files) {
      files = new Map();
      this.pages.set(page, files);
      // Every reload is a new page: forget the oldest when many have come and gone.
      if (this.pages.size > 500) this.pages.delete(this.pages.keys().next().value!);
    }
    let sources = files.get(path);
    if (!sources) files.set(path, (sources = new Map()));
    sources.set(source, version);
  }

  saw(page: string, path: string, version: string): boolean {
    return [...(this.pages.get(page)?.get(path)?.values() ?? [])].includes(version);
  }
}

// ── the server ────────────────────────────────────────────────────────────────────────

export interface CmsGuardOptions {
  /** decap-server's API, e.g. `http://127.0.0.1:40123/api/v1`. */
  upstream: string;
  /** decap-server's working tree (its Git repository). */
  repoDir: string;
  /** The publishing branch. */
  branch: string;
  /** 127.0.0.1 port to listen on; 0 = any free port. */
  port: number;
  /** Origins allowed to call (the admin's page); default: any http://127.0.0.1/localhost origin. */
  adminOrigins?: string[];
  scope?: CmsScope;
  /** Where refusals are reported (the terminal). */
  log?: (line: string) => void;
  /**
   * A scratch folder for the content check of every save (save-check.ts): a save `npm run check`
   * would refuse is refused before it is committed. None: saves are not checked here.
   */
  checkDir?: string;
}

export interface CmsGuard {
  port: number;
  /** For `local_backend.url` in the admin's config. */
  url: string;
  close(): Promise<void>;
}

const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/;

export async function startCmsGuard(options: CmsGuardOptions): Promise<CmsGuard> {
  const log = options.log ?? (() => {});
  const inspector = new RequestInspector(options.scope ?? cmsScope(), options.branch);
  const reads = new ReadVersions();
  const git = async (...args: string[]) =>
    (await run("git", args, { cwd: options.repoDir, maxBuffer: 64 * 1024 * 1024, encoding: "buffer" })).stdout;
  const gitText = async (...args: string[]) => (await git(...args)).toString("utf8").trim();
  const revision = (ref: string) =>
    gitText("rev-parse", "--verify", "--quiet", `${ref}^{commit}`).catch(() => undefined);
  const blob = (ref: string, path: string) => git("cat-file", "blob", `${ref}:${path}`).catch(() => null);
  const originAllowed = (origin: string) =>
    options.adminOrigins ? options.adminOrigins.includes(origin) : LOOPBACK_ORIGIN.test(origin);

  // decap-server does one Git operation at a time (and gives up after 3 s); the guard's own Git
  // reads must not see a half-switched working tree either. So requests go through one by one.
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const result = queue.then(task);
    queue = result.catch(() => undefined);
    return result;
  };

  async function refuseSymlinks(paths: string[]): Promise<void> {
    for (const path of paths) {
      const segments = path.split("/");
      for (let i = 1; i <= segments.length; i++) {
        const prefix = segments.slice(0, i).join("/");
        const info = await lstat(join(options.repoDir, prefix)).catch(() => undefined);
        if (!info) break;
        if (info.isSymbolicLink())
          throw forbidden(
            `Permintaan ditolak: "${prefix}" adalah tautan simbolik; admin tidak mengikuti tautan. ${OUTSIDE}`,
          );
      }
    }
  }

  /** A save must start from the version this page last read; a new entry must not exist yet. */
  async function checkSave(page: string | undefined, request: Inspected): Promise<void> {
    if (!page) {
      throw new Refusal(
        409,
        "Penyimpanan ditolak: halaman admin ini tidak mengirim penanda sesinya (versi admin lama?). Muat ulang halaman admin (F5) lalu simpan lagi.",
      );
    }
    const draftTip = await revision(`refs/heads/${request.draft!.branch}`);
    const source = draftTip ? request.draft!.branch : options.branch;
    for (const { path } of request.writes!) {
      const current = await blob(source, path);
      if (request.newEntry) {
        if (draftTip || (await blob(options.branch, path)) !== null) {
          throw new Refusal(
            409,
            `Penyimpanan ditolak: entri "${path}" sudah ada (dibuat editor lain saat Anda menulis). Perubahan Anda TIDAK disimpan. Salin isian Anda, ubah judulnya agar alamatnya lain, atau buka entri yang sudah ada dan gabungkan isinya.`,
          );
        }
      } else if (!reads.saw(page, path, hash(current))) {
        throw new Refusal(
          409,
          `Penyimpanan ditolak: entri "${path}" sudah diubah editor lain setelah Anda membukanya, jadi perubahan Anda TIDAK disimpan agar tidak menimpa perubahan mereka. Salin dulu perubahan Anda, muat ulang halaman (F5), lalu masukkan kembali perubahan Anda ke versi terbaru dan simpan.`,
        );
      }
    }
  }

  /** The save as the content check sees it: refused, with every problem, when the build would refuse it. */
  async function checkContent(params: Params, request: Inspected): Promise<void> {
    if (!options.checkDir) return;
    const draftTip = await revision(`refs/heads/${request.draft!.branch}`);
    const assets = (params.assets as { path: string; content: string }[]).map((a) => ({
      path: a.path,
      content: Buffer.from(a.content, "base64"),
    }));
    const problems = await checkSavedContent({
      repoDir: options.repoDir,
      workDir: options.checkDir,
      base: draftTip ?? options.branch,
      files: [...request.writes!.map((w) => ({ path: w.path, content: w.raw })), ...assets],
    });
    if (problems.length > 0) throw new Refusal(422, saveRefusalMessage(problems));
  }

  /** What a page read: remembered so that its next save can be checked against it. */
  function remember(page: string | undefined, request: Inspected, params: Params, response: unknown): void {
    if (!page || response === null || typeof response !== "object") return;
    const entries = (list: unknown) =>
      (Array.isArray(list) ? list : [list]) as { data?: string | null; file?: { path?: string } }[];
    switch (request.action) {
      case "getEntry":
      case "entriesByFolder":
      case "entriesByFiles":
        for (const entry of entries(response)) {
          if (typeof entry?.file?.path === "string")
            reads.record(page, entry.file.path, options.branch, hash(entry.data ?? null));
        }
        break;
      case "unpublishedEntryDataFile": {
        const { data } = response as { data?: string | null };
        reads.record(page, params.path as string, request.draft!.branch, hash(data ?? null));
        break;
      }
      case "persistEntry":
        for (const { path, raw } of request.writes!) reads.record(page, path, request.draft!.branch, hash(raw));
        break;
    }
  }

  async function forward(
    page: string | undefined,
    body: Params,
    request: Inspected,
  ): Promise<{ status: number; text: string }> {
    await refuseSymlinks(request.paths);
    const params = { ...(body.params as Params) };
    if (request.action === "persistEntry") {
      await checkSave(page, request);
      await checkContent(params, request);
    }
    if (request.action === "unpublishedEntry") {
      // decap-server diffs `params.branch` against the draft, tip to tip; give it the merge base.
      const draftTip = await revision(`refs/heads/${request.draft!.branch}`);
      const base = draftTip && (await gitText("merge-base", options.branch, draftTip).catch(() => undefined));
      if (base && base !== (await revision(`refs/heads/${options.branch}`))) {
        await git("branch", "--force", "--no-track", MERGE_BASE_BRANCH, base);
        params.branch = MERGE_BASE_BRANCH;
      }
    }
    const res = await fetch(options.upstream, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...body, params }),
    });
    const text = await res.text();
    if (res.ok) {
      try {
        remember(page, request, params, JSON.parse(text));
      } catch {
        // not JSON: nothing to remember
      }
    }
    return { status: res.status, text };
  }

  const server = createServer((req, res) => void handle(req, res));
  let port = options.port;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    const cors: Record<string, string> =
      origin && originAllowed(origin) ? { "access-control-allow-origin": origin, vary: "Origin" } : { vary: "Origin" };
    const reply = (status: number, text: string) => {
      res.writeHead(status, {
        ...cors,
        "content-type": "application/json; charset=utf-8",
        "cache-control": "no-store",
      });
      res.end(text);
    };
    let action = "permintaan";
    const refuse = (refusal: Refusal) => {
      log(
        `Penjaga CMS menolak ${action} (Origin ${origin ?? "-"}, Host ${req.headers.host ?? "-"}): ${refusal.message}`,
      );
      reply(refusal.status, JSON.stringify({ error: refusal.message }));
    };
    try {
      const host = req.headers.host ?? "";
      if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
        throw forbidden(
          `Permintaan ditolak: alamat "${host}" bukan server admin lokal ini (127.0.0.1:${port}). Buka admin dari situs lokal yang dijalankan npm start.`,
        );
      }
      if (origin !== undefined && !originAllowed(origin)) {
        throw forbidden(
          `Permintaan ditolak: datang dari halaman ${origin}, bukan dari admin lokal${options.adminOrigins ? ` (${options.adminOrigins.join(", ")})` : ""}.`,
        );
      }
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (path !== "/api/v1") throw new Refusal(404, `Alamat ${path} tidak ada; admin memakai /api/v1.`);
      if (req.method === "OPTIONS") {
        res.writeHead(204, {
          ...cors,
          "access-control-allow-methods": "POST",
          "access-control-allow-headers": `content-type, ${EDITOR_HEADER}`,
          "access-control-max-age": "600",
        });
        res.end();
        return;
      }
      if (req.method !== "POST") throw new Refusal(405, "Permintaan ditolak: server admin lokal hanya menerima POST.");
      if (!/^application\/json\b/i.test(req.headers["content-type"] ?? ""))
        throw new Refusal(415, "Permintaan ditolak: isi permintaan harus JSON.");
      const raw = await readBody(req);
      let body: Params;
      try {
        body = objectOf(JSON.parse(raw.toString("utf8")), "permintaan");
      } catch {
        throw new Refusal(400, "Permintaan ditolak: isi permintaan bukan JSON yang sah.");
      }
      action = typeof body.action === "string" ? `aksi ${body.action}` : action;
      const page =
        typeof req.headers[EDITOR_HEADER] === "string" && /^[A-Za-z0-9-]{8,64}$/.test(req.headers[EDITOR_HEADER])
          ? req.headers[EDITOR_HEADER]
          : undefined;
      const result = await oneAtATime(async () => forward(page, body, inspector.inspect(body)));
      reply(result.status, result.text);
    } catch (error) {
      if (error instanceof Refusal) refuse(error);
      else {
        log(`Penjaga CMS: ${action} gagal: ${error instanceof Error ? error.message : String(error)}`);
        reply(
          502,
          JSON.stringify({
            error: "Server Git lokal (decap-server) tidak menjawab. Lihat pesan di terminal npm start, lalu coba lagi.",
          }),
        );
      }
    }
  }

  await new Promise<void>((ready, fail) => {
    server.once("error", fail);
    server.listen(options.port, "127.0.0.1", () => ready());
  });
  port = (server.address() as { port: number }).port;
  return {
    port,
    url: `http://127.0.0.1:${port}/api/v1`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The request body, refused beyond MAX_BODY_BYTES (the rest is read and dropped). */
async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? 0);
  const tooLarge = () =>
    new Refusal(
      413,
      `Permintaan ditolak: ukurannya lebih dari ${MAX_BODY_BYTES / 1024 / 1024} MB, batas server admin lokal. Perkecil berkas yang diunggah lalu coba lagi.`,
    );
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size > MAX_BODY_BYTES) throw tooLarge();
  return Buffer.concat(chunks);
}
