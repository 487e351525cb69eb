/**
 * Local editing without accounts (`npm start`): decap-server in Git mode on an internal
 * 127.0.0.1 port, behind the guard (`guard.ts`) the admin talks to, working in its own clone of
 * the content repository. decap-server commits with `git add .` and switches
 * branches in the working tree it is given, so it never gets the developer's checkout. The site
 * is built from a second, detached working tree that follows the clone's `main`, so a build
 * never sees a draft branch that decap-server happens to have checked out.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { appendFile, mkdir, open, readFile, rm, stat } from "node:fs/promises";
import { unlinkSync } from "node:fs";
import { createServer } from "node:net";
import { basename, join, resolve } from "node:path";
import { promisify } from "node:util";
import { DEFAULT_PROXY_PORT } from "./config.ts";
import { startCmsGuard, type CmsGuard } from "./guard.ts";

const run = promisify(execFile);
const DECAP_SERVER = createRequire(import.meta.url).resolve("decap-server/dist/index.js");
/**
 * Runs decap-server, and ends it when our end of its stdin closes: if this process dies without
 * calling `stop()` (killed, crashed), no server is left holding the port and the clone.
 */
const ORPHAN_GUARD = `process.stdin.on("end", () => process.exit(0)); process.stdin.resume(); require(process.argv[1]);`;

export interface LocalCmsOptions {
  /** The repository to clone (the developer's checkout); only read, never written. */
  repoDir: string;
  /** Where the clone, the `main` tree and the lock live; default `<repoDir>/.cache`. */
  stateDir?: string;
  /** The port the admin talks to (the guard); default 8081 (what the committed `admin/config.yml` expects); 0 = any free port. */
  port?: number;
  /**
   * The admin page's origins (e.g. `http://127.0.0.1:8080`): the only pages allowed to call.
   * Default: any http://127.0.0.1 or http://localhost origin.
   */
  adminOrigins?: string[];
  /** The publishing branch; default `main`. */
  branch?: string;
  /** Called after the clone's `main` moved (an entry was published) and `mainDir` shows it. */
  onMainChanged?: (commit: string) => void | Promise<void>;
  /** Progress, decap-server's warnings and the guard's refusals. */
  log?: (line: string) => void;
  /** How often to look at `main`; default 1000 ms. */
  pollMs?: number;
  /** Refuse a save the content check refuses (save-check.ts); default true. */
  checkSaves?: boolean;
}

export interface LocalCms {
  /** decap-server's working tree: a clone of `repoDir`, drafts are its `cms/…` branches. */
  cloneDir: string;
  /** A detached working tree at the clone's `main`: build the local site from `<mainDir>/content`. */
  mainDir: string;
  /** The guard's port: what the admin talks to. */
  port: number;
  /** For `local_backend.url` in the admin's config: the guard, never decap-server itself. */
  proxyUrl: string;
  /** `main`'s commit as last seen. */
  mainCommit(): string;
  stop(): Promise<void>;
}

/** A second `npm start` while one runs: said in Indonesian, nothing touched. */
export class LocalCmsBusyError extends Error {
  constructor(
    readonly pid: number,
    lockFile: string,
  ) {
    super(
      `Warta lokal sudah berjalan (proses ${pid}). Buka jendela terminal yang menjalankannya, atau hentikan dulu dengan Ctrl-C di sana. ` +
        `Salinan repositori tidak diubah. (Kunci: ${lockFile})`,
    );
    this.name = "LocalCmsBusyError";
  }
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  return stdout.trim();
}
const gitOk = (cwd: string, ...args: string[]) =>
  git(cwd, ...args).then(
    () => true,
    () => false,
  );
const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One running instance per state folder: an exclusive lock file with the owner's pid. */
async function acquireLock(lockFile: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockFile, "wx");
      await handle.writeFile(JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(JSON.parse(await readFile(lockFile, "utf8").catch(() => "{}")).pid ?? 0);
      if (owner && alive(owner)) throw new LocalCmsBusyError(owner, lockFile);
      // A lock left by a process that is gone: take it over.
      await rm(lockFile, { force: true });
    }
  }
  throw new Error(`could not take the lock ${lockFile}`);
}

/** Files decap-server must never commit (its `git add .`), kept out by the clone's own exclude list. */
const EXCLUDES = ["node_modules/", "_site/", ".cache/", "dist/", "*.log", ".env", ".DS_Store", "Thumbs.db"];

async function prepareClone(
  repoDir: string,
  cloneDir: string,
  branch: string,
  log: (line: string) => void,
): Promise<void> {
  if (!(await exists(join(cloneDir, ".git")))) {
    log(`Menyalin repositori ke ${cloneDir}`);
    await rm(cloneDir, { recursive: true, force: true });
    await run("git", ["clone", "--quiet", "--no-hardlinks", repoDir, cloneDir]);
  } else if ((await git(cloneDir, "status", "--porcelain")) !== "") {
    // An interrupted save can leave half-written files (and a draft branch checked out).
    log(`Membersihkan perubahan yang tertinggal di ${cloneDir}`);
    await git(cloneDir, "reset", "--quiet", "--hard");
    await git(cloneDir, "clean", "--quiet", "-fd");
  }
  const hasRemoteBranch = () => gitOk(cloneDir, "rev-parse", "--verify", "--quiet", `refs/remotes/origin/${branch}`);
  if (!(await gitOk(cloneDir, "rev-parse", "--verify", "--quiet", `refs/heads/${branch}`))) {
    await git(cloneDir, "branch", branch, (await hasRemoteBranch()) ? `origin/${branch}` : "HEAD");
  }
  if ((await git(cloneDir, "rev-parse", "--abbrev-ref", "HEAD")) !== branch)
    await git(cloneDir, "checkout", "--quiet", branch);
  // Bring in what was committed in the developer's checkout, when main can simply move forward.
  if (
    (await gitOk(cloneDir, "fetch", "--quiet", "origin")) &&
    (await hasRemoteBranch()) &&
    (await gitOk(cloneDir, "merge-base", "--is-ancestor", branch, `origin/${branch}`))
  ) {
    await git(cloneDir, "merge", "--quiet", "--ff-only", `origin/${branch}`);
  }

  for (const [key, value] of [
    ["user.name", "Editor lokal Warta"],
    ["user.email", "editor@warta.invalid"],
  ]) {
    if (!(await gitOk(cloneDir, "config", "--local", key))) await git(cloneDir, "config", "--local", key!, value!);
  }
  await git(cloneDir, "config", "--local", "commit.gpgsign", "false");
  const excludeFile = join(cloneDir, ".git", "info", "exclude");
  await mkdir(join(cloneDir, ".git", "info"), { recursive: true });
  const excluded = await readFile(excludeFile, "utf8").catch(() => "");
  const missing = EXCLUDES.filter((line) => !excluded.split("\n").includes(line));
  if (missing.length)
    await appendFile(
      excludeFile,
      `${excluded && !excluded.endsWith("\n") ? "\n" : ""}# Warta: never committed by decap-server\n${missing.join("\n")}\n`,
    );
}

async function prepareMainTree(cloneDir: string, mainDir: string, branch: string): Promise<string> {
  const commit = await git(cloneDir, "rev-parse", `refs/heads/${branch}`);
  await gitOk(cloneDir, "worktree", "prune");
  if (!(await exists(join(mainDir, ".git")))) {
    await rm(mainDir, { recursive: true, force: true });
    await git(cloneDir, "worktree", "add", "--quiet", "--detach", "--force", mainDir, commit);
  } else {
    await git(mainDir, "checkout", "--quiet", "--detach", "--force", commit);
  }
  return commit;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** Whether nothing listens on 127.0.0.1:`port` yet. */
export async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolveFree) => {
    const server = createServer();
    server.once("error", () => resolveFree(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolveFree(true)));
  });
}

/** Waits until our decap-server answers its `info` action (or gives up with its last output). */
async function waitForProxy(
  url: string,
  repoName: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`decap-server exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"action":"info"}',
      });
      const info = res.ok ? ((await res.json()) as { type?: string; repo?: string }) : {};
      if (info.type === "local_git" && info.repo === repoName) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`decap-server did not answer on ${url}:\n${output()}`);
}

/** What `npm start` prints: where the site, the admin and the clone are (Indonesian, for editors). */
export function describeLocalCms(cms: LocalCms, siteUrl: string): string {
  const site = siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`;
  return [
    `Situs lokal     : ${site}`,
    `Admin konten    : ${site}admin/  (tanpa akun: klik "Masuk")`,
    `Repositori kerja: ${cms.cloneDir}  (draf = cabang cms/…, terbit = main)`,
    `Server admin    : ${cms.proxyUrl}  (penjaga di depan decap-server; permintaan yang ditolak dicatat di sini)`,
    `Entri yang diterbitkan tampil di situs lokal setelah dibangun ulang otomatis. Ctrl-C untuk berhenti.`,
  ].join("\n");
}

export async function startLocalCms(options: LocalCmsOptions): Promise<LocalCms> {
  const repoDir = resolve(options.repoDir);
  const stateDir = resolve(options.stateDir ?? join(repoDir, ".cache"));
  const branch = options.branch ?? "main";
  const log = options.log ?? (() => {});
  const cloneDir = join(stateDir, "cms-repo");
  const mainDir = join(stateDir, "cms-main");
  const lockFile = join(stateDir, "cms-local.lock");

  await mkdir(stateDir, { recursive: true });
  await acquireLock(lockFile);
  const releaseLockOnExit = () => {
    try {
      unlinkSync(lockFile);
    } catch {
      // already gone
    }
  };
  process.once("exit", releaseLockOnExit);

  let child: ChildProcess | undefined;
  let guard: CmsGuard | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (timer) clearInterval(timer);
    await guard?.close();
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child!.once("exit", r));
      child.kill("SIGTERM");
      const killer = setTimeout(() => child!.kill("SIGKILL"), 3000);
      await exited;
      clearTimeout(killer);
    }
    process.removeListener("exit", releaseLockOnExit);
    await rm(lockFile, { force: true });
  };

  try {
    await prepareClone(repoDir, cloneDir, branch, log);
    let mainCommit = await prepareMainTree(cloneDir, mainDir, branch);

    const port = options.port === 0 ? 0 : (options.port ?? DEFAULT_PROXY_PORT);
    if (port !== 0 && !(await portIsFree(port))) {
      throw new Error(
        `Port ${port} di 127.0.0.1 sudah dipakai program lain, jadi server admin lokal tidak bisa dijalankan. Hentikan program itu, atau pilih port lain.`,
      );
    }
    // decap-server itself listens on an internal port only the guard calls.
    const internalPort = await freePort();
    const upstream = `http://127.0.0.1:${internalPort}/api/v1`;
    let output = "";
    child = spawn(process.execPath, ["-e", ORPHAN_GUARD, DECAP_SERVER], {
      // Its `dotenv` reads `.env` from the working directory: the state folder has none.
      cwd: stateDir,
      env: {
        ...process.env,
        MODE: "git",
        GIT_REPO_DIRECTORY: cloneDir,
        PORT: String(internalPort),
        BIND_HOST: "127.0.0.1",
        LOG_LEVEL: "info",
      },
      stdio: ["pipe", "pipe", "pipe"],
    });
    const remember = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
      for (const line of chunk.toString().split("\n"))
        if (/\b(error|warn)\b/i.test(line)) log(`decap-server: ${line.trim()}`);
    };
    child.stdout!.on("data", remember);
    child.stderr!.on("data", remember);
    child.once("exit", (code, signal) => {
      if (!stopped) log(`decap-server berhenti sendiri (${code ?? signal}). Jalankan ulang npm start.`);
    });
    await waitForProxy(upstream, basename(cloneDir), child, () => output);
    guard = await startCmsGuard({
      upstream,
      repoDir: cloneDir,
      branch,
      port,
      adminOrigins: options.adminOrigins,
      log,
      ...(options.checkSaves === false ? {} : { checkDir: join(stateDir, "cms-check") }),
    });

    // A published entry moves main: bring the main tree along, then tell the caller (rebuild).
    let busy = false;
    timer = setInterval(async () => {
      if (busy || stopped) return;
      busy = true;
      try {
        const commit = await git(cloneDir, "rev-parse", `refs/heads/${branch}`);
        if (commit !== mainCommit) {
          mainCommit = await prepareMainTree(cloneDir, mainDir, branch);
          await options.onMainChanged?.(mainCommit);
        }
      } catch (error) {
        log(`Gagal memperbarui salinan main: ${error instanceof Error ? error.message : error}`);
      } finally {
        busy = false;
      }
    }, options.pollMs ?? 1000);

    return { cloneDir, mainDir, port: guard.port, proxyUrl: guard.url, mainCommit: () => mainCommit, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
