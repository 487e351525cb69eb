/**
 * Talking to the server: every remote command goes through `remote()`, every upload through
 * `rsync()`, both with the same ssh options. Credentials come from the environment:
 *
 *   WARTA_SSH_KEY          path of a private key file, or the key itself (as a CI secret holds it)
 *   SSH_AUTH_SOCK          an ssh agent, used by ssh when no key is given
 *   WARTA_SSH_KNOWN_HOSTS  path of a known_hosts file, or its lines; the server's key is then checked strictly
 *
 * Key material is written to a private temporary file and never printed.
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loginOf, type SshTarget } from "./target.ts";

export interface SshSession {
  target: SshTarget;
  /** Options for every ssh call (port included). */
  options: string[];
  /** Opens the one connection every later call shares (once; `remote` and `rsync` call it). */
  connect(): Promise<void>;
  /** Closes the connection and removes temporary files. */
  dispose(): Promise<void>;
}

/** A remote command or an upload that failed; `message` is fit to print. */
export class RemoteError extends Error {
  override name = "RemoteError";
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export interface SshEnv {
  WARTA_SSH_KEY?: string | undefined;
  WARTA_SSH_KNOWN_HOSTS?: string | undefined;
}

/**
 * The ssh options for `target`, from the environment (see the header). All calls of a session
 * share one connection (an ssh control master): a deploy makes several, and each handshake
 * costs round trips to a server that may be far from the CI runner.
 */
export async function openSsh(target: SshTarget, env: SshEnv = process.env): Promise<SshSession> {
  const dir = await mkdtemp(join(tmpdir(), "warta-ssh-"));
  const controlPath = join(dir, "cm");
  const options = [
    "-o",
    `ControlPath=${controlPath}`,
    "-o",
    "BatchMode=yes", // never wait for a password or a host-key question
    "-o",
    "ConnectTimeout=20",
    "-o",
    "ServerAliveInterval=15",
    "-o",
    "ServerAliveCountMax=4",
    "-o",
    "LogLevel=ERROR",
  ];
  if (target.port) options.push("-p", String(target.port));
  try {
    const key = env.WARTA_SSH_KEY?.trim();
    if (key) {
      let keyFile = key;
      if (key.includes("-----BEGIN")) {
        keyFile = await privateFile(dir, "key", `${key}\n`);
      } else if (!existsSync(key)) {
        // Not echoed: a mangled key is still a secret.
        throw new RemoteError(
          `WARTA_SSH_KEY bukan path berkas yang ada dan bukan kunci privat (-----BEGIN … PRIVATE KEY-----). Isi dengan path kunci privat atau seluruh isi kuncinya.`,
          null,
          "",
        );
      }
      options.push("-i", keyFile, "-o", "IdentitiesOnly=yes");
    }
    const known = env.WARTA_SSH_KNOWN_HOSTS?.trim();
    if (known) {
      const knownFile = existsSync(known) ? known : await privateFile(dir, "known_hosts", `${known}\n`);
      options.push("-o", `UserKnownHostsFile=${knownFile}`, "-o", "StrictHostKeyChecking=yes");
    }
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  let master: Promise<void> | undefined;
  const session: SshSession = {
    target,
    options,
    connect: () => (master ??= startMaster(session, join(dir, "master.log"))),
    dispose: async () => {
      if (master) {
        await master.catch(() => {});
        await run("ssh", [...options, "-O", "exit", "--", loginOf(target)]).catch(() => {});
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
  return session;
}

/** `ssh -f -N` as control master: it authenticates, then stays in the background until `-O exit` (or 10 idle minutes). */
async function startMaster(session: SshSession, logFile: string): Promise<void> {
  // The background master keeps its stderr open: a file, not a pipe we would wait on.
  const log = openSync(logFile, "w", 0o600);
  let code: number | null;
  try {
    code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(
        "ssh",
        [
          "-o",
          "ControlMaster=yes",
          "-o",
          "ControlPersist=600",
          ...session.options,
          "-f",
          "-N",
          "--",
          loginOf(session.target),
        ],
        { stdio: ["ignore", "ignore", log] },
      );
      child.on("error", reject);
      child.on("exit", (exitCode) => resolve(exitCode));
    });
  } finally {
    closeSync(log);
  }
  if (code !== 0)
    throw remoteFailure(session, "Koneksi SSH", { code, stdout: "", stderr: await readFile(logFile, "utf8") });
}

async function privateFile(dir: string, name: string, content: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, content, { mode: 0o600 });
  await chmod(file, 0o600);
  return file;
}

/** Quotes a word for a POSIX shell. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9._\-/=:@%+,]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a program without a shell; never rejects on a non-zero exit. */
export function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs a POSIX shell script on the server (`sh -c`, with `set -e`); rejects with `RemoteError` on failure. */
export async function remote(session: SshSession, script: string, what: string): Promise<string> {
  await session.connect();
  const command = `sh -c ${shellQuote(`set -e\n${script}`)}`;
  const result = await run("ssh", [...session.options, "--", loginOf(session.target), command]);
  if (result.code === 0) return result.stdout;
  throw remoteFailure(session, what, result);
}

function remoteFailure(session: SshSession, what: string, result: RunResult): RemoteError {
  const detail = result.stderr.trim() || `exit ${result.code}`;
  // 255 is ssh's own failure: no connection, refused key, unknown host key.
  const hint =
    result.code === 255
      ? `Tidak bisa masuk ke ${loginOf(session.target)} lewat SSH: periksa alamat, WARTA_SSH_KEY/ssh-agent dan WARTA_SSH_KNOWN_HOSTS (docs/deploy.md).\n`
      : "";
  return new RemoteError(`${what} gagal: ${detail}\n${hint}`.trimEnd(), result.code, result.stderr);
}

export interface RsyncOptions {
  /** Local folder whose contents are sent. */
  from: string;
  /** Remote folder (absolute) that receives them. */
  to: string;
  /** Extra rsync options (`--dry-run`, `--link-dest=…`, `-i`). */
  extra?: string[] | undefined;
  /** Program run on the server instead of `rsync` (rsync's --rsync-path). */
  rsyncPath?: string | undefined;
}

/**
 * The content of a build is compared by checksum, not by time: every build writes fresh files,
 * so times always differ, and --link-dest could then never share an unchanged file.
 * Times, owners and groups are not copied; modes are normalised so the web server can read.
 */
export const RSYNC_BASE = ["-rlpc", "--chmod=D755,F644", "--delete", "--safe-links"];

/** Runs rsync from a local folder to the server over the session's ssh; resolves with rsync's stdout. */
export async function rsync(session: SshSession, options: RsyncOptions, what: string): Promise<string> {
  await session.connect();
  const shell = ["ssh", ...session.options].map(rsyncShellWord).join(" ");
  const args = [
    ...RSYNC_BASE,
    ...(options.extra ?? []),
    "-e",
    shell,
    ...(options.rsyncPath ? [`--rsync-path=${options.rsyncPath}`] : []),
    `${options.from.replace(/\/*$/, "")}/`,
    `${loginOf(session.target, true)}:${options.to.replace(/\/*$/, "")}/`,
  ];
  const result = await run("rsync", args);
  if (result.code === 0) return result.stdout;
  throw remoteFailure(session, what, result);
}

/** rsync splits its -e string on spaces and honours single and double quotes (no escapes). */
function rsyncShellWord(word: string): string {
  if (/^[A-Za-z0-9._\-/=:@%+,]+$/.test(word)) return word;
  if (!word.includes("'")) return `'${word}'`;
  if (!/["\\]/.test(word)) return `"${word}"`;
  throw new RemoteError(
    `Path tidak bisa dipakai untuk ssh lewat rsync: ${word} (berisi tanda kutip dan garis miring terbalik sekaligus); pindahkan berkasnya ke path tanpa tanda itu.`,
    null,
    "",
  );
}
