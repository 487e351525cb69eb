/**
 * Releases on the Dinas's own server:
 *
 *   <path>/releases/<UTC time>-<commit>/   one complete copy of the site per deploy
 *   <path>/current -> releases/<name>      what nginx serves; switched by one rename
 *   <path>/HOLD                            written by a rollback: deploys wait until `--resume`
 *
 * An upload goes into `<name>.partial` (unchanged files hard-linked to the live release, so they
 * cost no space or transfer), is renamed when complete, and only then does `current` move, with
 * `rename(2)`, which is atomic. Any failure before that leaves `current` as it was and removes
 * what the attempt left behind: a failed upload never changes what the public sees.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { remote, RemoteError, rsync, shellQuote, type SshSession } from "./ssh.ts";
import { formatTarget } from "./target.ts";

/** `20261124T050000Z-1a2b3c4`, optionally `-2` when the same second and commit were used already. */
export const RELEASE_NAME = /^\d{8}T\d{6}Z(?:-[0-9a-f]{7})?(?:-\d+)?$/;
import { DEFAULT_RELEASES_KEPT } from "../content/schema.ts";
const HOLD_FILE = "HOLD";
/** A `.partial` older than this is a dead upload (a dropped connection), safe to remove. */
const STALE_PARTIAL_MINUTES = 60;

/** A problem with the server's state or the local build; `message` says what to do, in Indonesian. */
export class DeployError extends Error {
  override name = "DeployError";
}

/** The release folder name for a deploy at `now` of `commit`. */
export function releaseName(now: Date, commit?: string): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replace(/[-:]/g, "");
  return commit ? `${stamp}-${commit.slice(0, 7).toLowerCase()}` : stamp;
}

/**
 * Releases to delete so that the newest `keep` remain; `protect` (the live release and the
 * one it replaced, the rollback target) always stays, and folders not named like a release are never touched.
 */
export function planPrune(
  releases: readonly string[],
  keep: number,
  protect: readonly (string | undefined)[],
): string[] {
  const sorted = releases.filter((r) => RELEASE_NAME.test(r)).sort();
  const kept = new Set(sorted.slice(-Math.max(1, keep)));
  for (const p of protect) if (p) kept.add(p);
  return sorted.filter((r) => !kept.has(r));
}

export interface ServerState {
  /** Complete releases (any folder under releases/ except `.partial`), oldest first. */
  releases: string[];
  /** The release `current` points at, when it points into releases/. */
  current: string | undefined;
  /** The raw link text of `current`, when it exists. */
  currentLink: string | undefined;
  /** The content of HOLD when a rollback is holding the site. */
  hold: string | undefined;
}

/** Reads the release folder; with `prepare`, creates it and removes dead partial uploads first. */
export async function inspectServer(session: SshSession, prepare: boolean): Promise<ServerState> {
  const root = shellQuote(session.target.path);
  const script = [
    prepare ? `mkdir -p ${root}/releases` : `if [ ! -d ${root} ]; then exit 0; fi`,
    `cd ${root}`,
    `if [ -e current ] && [ ! -L current ]; then echo notalink; exit 0; fi`,
    prepare
      ? `find releases -mindepth 1 -maxdepth 1 -name '*.partial' -mmin +${STALE_PARTIAL_MINUTES} -exec rm -rf {} +`
      : "",
    `if [ -L current ]; then printf 'current %s\\n' "$(readlink current)"; fi`,
    `if [ -f ${HOLD_FILE} ]; then printf 'hold %s\\n' "$(head -n 1 ${HOLD_FILE})"; fi`,
    `if [ -d releases ]; then for d in releases/*; do if [ -d "$d" ]; then printf 'release %s\\n' "\${d#releases/}"; fi; done; fi`,
  ].join("\n");
  const out = await remote(session, script, "Membaca folder rilis di server");
  if (out.split("\n").includes("notalink")) {
    const p = session.target.path;
    throw new DeployError(
      `${p}/current di server adalah folder atau berkas biasa, bukan symlink. Pindahkan (mis. mv ${p}/current ${p}/lama) lalu jalankan deploy lagi.`,
    );
  }
  const state: ServerState = { releases: [], current: undefined, currentLink: undefined, hold: undefined };
  for (const line of out.split("\n")) {
    const [kind, ...rest] = line.split(" ");
    const value = rest.join(" ");
    if (kind === "current") state.currentLink = value;
    else if (kind === "hold") state.hold = value || "(tanpa keterangan)";
    else if (kind === "release" && value && !value.endsWith(".partial")) state.releases.push(value);
  }
  state.releases.sort();
  const linked = state.currentLink?.replace(/\/+$/, "").match(/^(?:\.\/)?releases\/([^/]+)$/)?.[1];
  if (linked && state.releases.includes(linked)) state.current = linked;
  return state;
}

export interface Changes {
  /** Files new or changed compared with the live release. */
  files: number;
  /** Files and folders the live release has that the build has not. */
  deleted: number;
  /** Anything differs at all. */
  any: boolean;
}

/** Compares the local build with a release on the server (rsync --dry-run, by checksum). */
export async function compareWithRelease(session: SshSession, sourceDir: string, release: string): Promise<Changes> {
  const out = await rsync(
    session,
    { from: sourceDir, to: `${session.target.path}/releases/${release}`, extra: ["--dry-run", "--itemize-changes"] },
    "Membandingkan dengan rilis aktif",
  );
  const changes: Changes = { files: 0, deleted: 0, any: false };
  for (const line of out.split("\n")) {
    if (line.startsWith("*deleting")) changes.deleted++;
    else if (/^[<>ch][fLDS]/.test(line)) changes.files++;
    else if (!/^[<>ch.][fdLDS]/.test(line)) continue;
    // `.` first: nothing to send, at most an attribute differs.
    if (!line.startsWith(".")) changes.any = true;
  }
  return changes;
}

export interface DeployOptions {
  session: SshSession;
  /** The built site (must hold index.html). */
  sourceDir: string;
  /** Releases to keep on the server (default 5). */
  keep?: number | undefined;
  /** Show what would happen; change nothing on the server. */
  dryRun?: boolean | undefined;
  /** Upload even when the build equals the live release. */
  force?: boolean | undefined;
  /** Lift a rollback's hold and deploy. */
  resume?: boolean | undefined;
  /** The commit being deployed (named in the release folder). */
  commit?: string | undefined;
  /** The clock for the release name (default now). */
  now?: Date | undefined;
  /** Program run on the server instead of `rsync`. */
  rsyncPath?: string | undefined;
  log?: ((line: string) => void) | undefined;
}

export type DeployOutcome = "deployed" | "unchanged" | "held" | "dry-run";

export interface DeployResult {
  outcome: DeployOutcome;
  /** The live release after the run. */
  live: string | undefined;
  /** The live release before the run. */
  previous: string | undefined;
  /** The release this run created (or would create, in a dry run). */
  release: string | undefined;
  changes: Changes | undefined;
  /** Releases deleted (or that would be, in a dry run). */
  pruned: string[];
}

/** Uploads `sourceDir` as a new release and makes it live; see the module comment for the guarantees. */
export async function deploy(options: DeployOptions): Promise<DeployResult> {
  const { session, sourceDir } = options;
  const log = options.log ?? (() => {});
  const keep = options.keep ?? DEFAULT_RELEASES_KEPT;
  checkDeployInput(options, keep);

  log(
    `Tujuan: ${formatTarget(session.target)} (menyimpan ${keep} rilis terakhir)${options.dryRun ? " — uji coba, server tidak diubah" : ""}`,
  );
  const state = await inspectServer(session, !options.dryRun);
  const previous = state.current;
  log(
    previous
      ? `Rilis aktif: ${previous} (${state.releases.length} rilis tersimpan)`
      : "Belum ada rilis aktif: ini deploy pertama",
  );
  if (state.currentLink && !previous) log(`  catatan: current menunjuk ke ${state.currentLink}, bukan ke releases/`);

  const result: DeployResult = {
    outcome: "deployed",
    live: previous,
    previous,
    release: undefined,
    changes: undefined,
    pruned: [],
  };
  if (state.hold && !options.resume) {
    log(`DITAHAN: situs dikembalikan (rollback) — ${state.hold}.`);
    log(`  Deploy tidak dijalankan. Setelah isi di cabang utama diperbaiki: npm run deploy -- --resume`);
    return { ...result, outcome: "held" };
  }
  if (state.hold && !options.dryRun) {
    await remote(session, `rm -f ${shellQuote(`${session.target.path}/${HOLD_FILE}`)}`, "Mencabut penahanan");
    log("Penahanan rollback dicabut (--resume)");
  }

  if (previous) {
    result.changes = await compareWithRelease(session, sourceDir, previous);
    log(
      `Perubahan dibanding rilis aktif: ${result.changes.files} berkas baru/berubah, ${result.changes.deleted} dihapus`,
    );
    if (!result.changes.any && !options.force) {
      log("Tidak ada perubahan: rilis aktif tetap, tidak ada yang diunggah.");
      return { ...result, outcome: "unchanged" };
    }
  }

  const name = newReleaseName(state.releases, options.now ?? new Date(), options.commit);
  result.release = name;
  const pruneAfter = planPrune([...state.releases, name], keep, [name, previous]);

  if (options.dryRun) {
    log(
      `Akan mengunggah ke releases/${name}${previous ? ` (berkas sama ditautkan ke ${previous})` : ""}, lalu current → releases/${name}`,
    );
    log(
      pruneAfter.length
        ? `Akan menghapus rilis lama: ${pruneAfter.join(", ")}`
        : "Tidak ada rilis lama yang akan dihapus",
    );
    return { ...result, outcome: "dry-run", pruned: pruneAfter };
  }

  await uploadAndSwitch(session, sourceDir, name, previous, options.rsyncPath, log);
  result.live = name;
  result.pruned = await pruneOldReleases(session, pruneAfter, log);
  log(`Selesai: rilis aktif ${name}${previous ? ` (sebelumnya ${previous}; kembalikan dengan npm run rollback)` : ""}`);
  return result;
}

/** Refuses bad options and an unbuilt site before anything touches the server. */
function checkDeployInput(options: DeployOptions, keep: number): void {
  if (!Number.isInteger(keep) || keep < 1) throw new DeployError(`--keep harus bilangan bulat ≥ 1, bukan ${keep}.`);
  if (options.commit !== undefined && !/^[0-9a-f]{7,40}$/i.test(options.commit)) {
    throw new DeployError(`Commit "${options.commit}" bukan hash Git (7–40 digit heksadesimal).`);
  }
  if (!existsSync(join(options.sourceDir, "index.html"))) {
    throw new DeployError(
      `Folder ${options.sourceDir} tidak berisi index.html: bangun situs dulu (npm run build). Server tidak diubah.`,
    );
  }
}

/** A release name not yet on the server (`-2`, `-3`… when the same second and commit were used). */
function newReleaseName(existing: readonly string[], now: Date, commit: string | undefined): string {
  const base = releaseName(now, commit);
  let name = base;
  for (let n = 2; existing.includes(name); n++) name = `${base}-${n}`;
  return name;
}

/**
 * Uploads into `<name>.partial`, renames it, then moves `current` by rename. On any failure the
 * attempt is removed unless `current` already points at it, and the error says what the public sees.
 */
async function uploadAndSwitch(
  session: SshSession,
  sourceDir: string,
  name: string,
  previous: string | undefined,
  rsyncPath: string | undefined,
  log: (line: string) => void,
): Promise<void> {
  const root = session.target.path;
  const q = (s: string) => shellQuote(s);
  log(`Mengunggah ke releases/${name} …`);
  try {
    await rsync(
      session,
      {
        from: sourceDir,
        to: `${root}/releases/${name}.partial`,
        extra: previous ? [`--link-dest=../${previous}`] : [],
        rsyncPath,
      },
      "Unggahan",
    );
    log(`Mengaktifkan rilis ${name} (current → releases/${name})`);
    const linked = await remote(
      session,
      [
        `cd ${q(root)}`,
        `mv -T ${q(`releases/${name}.partial`)} ${q(`releases/${name}`)}`,
        `ln -sfn ${q(`releases/${name}`)} current.tmp`,
        `mv -T current.tmp current`,
        `readlink current`,
      ].join("\n"),
      "Mengaktifkan rilis",
    );
    if (linked.trim() !== `releases/${name}`)
      throw new RemoteError(`current menunjuk ke ${linked.trim()}, bukan releases/${name}`, null, "");
  } catch (error) {
    // Whatever failed, find out what is live, and remove this attempt unless it is.
    const cleaned = await cleanUpAttempt(session, name).then(
      (live) => ({ ok: true as const, live }),
      () => ({ ok: false as const, live: undefined }),
    );
    if (!cleaned.ok) {
      throw new DeployError(
        `${(error as Error).message}\n` +
          `Server tidak bisa diperiksa lagi (koneksi putus). current hanya dipindah setelah unggahan lengkap; periksa dengan npm run rollback -- --list. ` +
          `Sisa unggahan dibersihkan otomatis oleh deploy sesudah satu jam.`,
        { cause: error },
      );
    }
    if (cleaned.live !== `releases/${name}`) {
      throw new DeployError(
        `${(error as Error).message}\n` +
          `Situs publik TIDAK berubah: current tetap ${cleaned.live ?? "(belum ada)"}; unggahan yang gagal sudah dihapus.`,
        { cause: error },
      );
    }
    log(`  (koneksi terputus setelah current dipindah; rilis ${name} sudah aktif)`);
  }
}

/** Deletes the releases beyond `keep`; returns those deleted (none when it failed: the new release is live either way). */
async function pruneOldReleases(session: SshSession, names: string[], log: (line: string) => void): Promise<string[]> {
  if (!names.length) return [];
  log(`Menghapus rilis lama: ${names.join(", ")}`);
  try {
    await removeReleases(session, names);
    return names;
  } catch (error) {
    // A leftover old release only costs space.
    log(`  peringatan: rilis lama tidak terhapus (${(error as Error).message}); coba lagi pada deploy berikutnya`);
    return [];
  }
}

/** Removes a failed attempt's folders unless `current` points at it; resolves with the link text of `current`. */
async function cleanUpAttempt(session: SshSession, name: string): Promise<string | undefined> {
  const out = await remote(
    session,
    [
      `cd ${shellQuote(session.target.path)}`,
      `rm -rf ${shellQuote(`releases/${name}.partial`)}`,
      `rm -f current.tmp`,
      `live=$(readlink current || true)`,
      `if [ "$live" != ${shellQuote(`releases/${name}`)} ]; then rm -rf ${shellQuote(`releases/${name}`)}; fi`,
      `printf '%s\\n' "$live"`,
    ].join("\n"),
    "Membersihkan unggahan yang gagal",
  );
  return out.trim() || undefined;
}

async function removeReleases(session: SshSession, names: readonly string[]): Promise<void> {
  const lines = names.map(
    (n) =>
      `if [ "$(readlink current || true)" != ${shellQuote(`releases/${n}`)} ]; then rm -rf ${shellQuote(`releases/${n}`)}; fi`,
  );
  await remote(session, [`cd ${shellQuote(session.target.path)}`, ...lines].join("\n"), "Menghapus rilis lama");
}

export interface RollbackOptions {
  session: SshSession;
  /** The release to make live (default: the one before the live release). */
  to?: string | undefined;
  dryRun?: boolean | undefined;
  /** The clock written into HOLD (default now). */
  now?: Date | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface RollbackResult {
  from: string | undefined;
  to: string;
  dryRun: boolean;
}

/**
 * Points `current` at an earlier release (or `to`) atomically and writes HOLD, so the hourly
 * deploy does not put the withdrawn content straight back; `npm run deploy -- --resume` lifts it.
 */
export async function rollback(options: RollbackOptions): Promise<RollbackResult> {
  const { session } = options;
  const log = options.log ?? (() => {});
  const state = await inspectServer(session, false);
  const from = state.current;
  const listing = state.releases;
  let to = options.to;
  if (to !== undefined) {
    if (!listing.includes(to)) {
      throw new DeployError(
        `Rilis "${to}" tidak ada di ${session.target.path}/releases. Rilis yang ada: ${listing.join(", ") || "(kosong)"}.`,
      );
    }
    if (to === from) throw new DeployError(`Rilis ${to} sudah aktif; tidak ada yang diubah.`);
  } else {
    if (!from) {
      throw new DeployError(
        `Tidak ada rilis aktif di ${session.target.path} (current ${state.currentLink ? `menunjuk ke ${state.currentLink}` : "tidak ada"}); sebutkan rilis dengan --to.`,
      );
    }
    to = listing.filter((r) => r < from).at(-1);
    if (!to) throw new DeployError(`Tidak ada rilis sebelum ${from}; tidak bisa dikembalikan.`);
  }
  log(
    `${options.dryRun ? "Uji coba: akan mengembalikan" : "Mengembalikan"} situs: current ${from ?? "(tidak ada)"} → ${to}`,
  );
  if (options.dryRun) return { from, to, dryRun: true };

  const when = (options.now ?? new Date()).toISOString();
  const q = shellQuote;
  const linked = await remote(
    session,
    [
      `cd ${q(session.target.path)}`,
      `test -d ${q(`releases/${to}`)}`,
      `ln -sfn ${q(`releases/${to}`)} current.tmp`,
      `mv -T current.tmp current`,
      `printf '%s\\n' ${q(`rollback ${when} dari ${from ?? "-"} ke ${to}`)} > ${HOLD_FILE}`,
      `readlink current`,
    ].join("\n"),
    "Rollback",
  );
  if (linked.trim() !== `releases/${to}`)
    throw new RemoteError(`current menunjuk ke ${linked.trim()}, bukan releases/${to}`, null, "");
  log(`Selesai: rilis aktif ${to}. Deploy otomatis DITAHAN sampai: npm run deploy -- --resume`);
  return { from, to, dryRun: false };
}
