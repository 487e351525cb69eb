/**
 * The one convention of every `npm run …` command: options parsed by node:util `parseArgs`,
 * `-h`/`--help` printing Indonesian help (exit 0), a wrong argument named in Indonesian with the
 * help below it (exit 2), and the command's own work returning its exit code. Each command's
 * logic lives in `src/<area>/command.ts` as a `Command`; `scripts/<name>.ts` only hands it to
 * `runFromProcess`. Tests call `runCommand` with their own `CommandIO`. A crash the command did
 * not foresee ends in one Indonesian line (`crashMessage`) and exit 1, never a bare stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from "node:util";

/** Exit codes the workflows and `.ci/run` rely on. */
export const EXIT = {
  ok: 0,
  /** The work found problems (invalid content, drift, a failed post, a failed build). */
  problems: 1,
  /** Wrong arguments, settings or input files: nothing was done. */
  usage: 2,
  /** GitHub (or Git) refused: governance, approval and monev. */
  remote: 3,
} as const;

export interface CommandIO {
  env: Readonly<Record<string, string | undefined>>;
  /** One line (or block) of the command's result, to stdout. */
  out: (text: string) => void;
  /** One line (or block) of trouble or progress, to stderr. */
  err: (text: string) => void;
  /** A progress line that a terminal overwrites in place; default: `err` for the last one only. */
  progress?: (line: string, last: boolean) => void;
  /** The clock (tests); default now. */
  now?: Date;
  /** GitHub's spacing of writes (1 s apart); only a test against a local server turns it off. */
  paceWrites?: boolean;
}

/** The parsed option values of a command with these options. */
export type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>["values"];

export interface Command<O extends ParseArgsOptionsConfig = ParseArgsOptionsConfig> {
  /** How a user types it, e.g. `npm run build`; named in messages. */
  usage: string;
  /** Indonesian help, starting with `Cara pakai: <usage>` and ending with the exit codes. */
  help: string;
  options: O;
  /** Words that are not options (governance's plan|apply|check, review's files); default none. */
  positionals?: boolean;
  run: (args: { values: Values<O>; positionals: string[] }, io: CommandIO) => Promise<number>;
}

/** Keeps the option types for `run` (write `export const x = defineCommand({...})`). */
export function defineCommand<const O extends ParseArgsOptionsConfig>(command: Command<O>): Command<O> {
  return command;
}

/** A wrong argument found after parsing (a bad value, options that exclude each other): exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export async function runCommand<O extends ParseArgsOptionsConfig>(
  command: Command<O>,
  argv: string[],
  io: CommandIO,
): Promise<number> {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: "boolean", short: "h", default: false } },
      allowPositionals: command.positionals ?? false,
      strict: true,
    });
  } catch (error) {
    io.err(`${usageMessage(error)}\n\n${command.help}`);
    return EXIT.usage;
  }
  if (parsed.values.help) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(parsed as { values: Values<O>; positionals: string[] }, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n(Bantuan: ${command.usage} -- --help)`);
      return EXIT.usage;
    }
    io.err(crashMessage(error, io.env));
    return EXIT.problems;
  }
}

/** Node's error codes a person can act on, in words. */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: "berkas atau folder tidak ditemukan",
  EACCES: "izin ditolak oleh sistem berkas",
  EPERM: "izin ditolak oleh sistem",
  EADDRINUSE: "alamat (port) sudah dipakai program lain",
  ENOSPC: "disk penuh",
  ECONNREFUSED: "koneksi ditolak",
  ENOTFOUND: "nama host tidak ditemukan",
  ETIMEDOUT: "koneksi kehabisan waktu",
};

/** Environment variables whose values never appear in a message (tokens, client secrets, keys). */
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSPHRASE|KEY|CREDENTIAL/i;

/**
 * A crash the command did not foresee, for the person at the terminal or reading the CI log: one
 * Indonesian line with the cause and what to do, then the stack when WARTA_DEBUG=1 or in CI (where
 * a rerun to see it costs a workflow run). Secret values from the environment are masked.
 */
export function crashMessage(error: unknown, env: CommandIO["env"]): string {
  const e = error as { message?: unknown; code?: unknown; path?: unknown; stack?: unknown } | null;
  const message = typeof e?.message === "string" && e.message ? e.message : String(error);
  const code = typeof e?.code === "string" ? e.code : "";
  const what = SYSTEM_ERRORS[code]
    ? `${SYSTEM_ERRORS[code]}${typeof e?.path === "string" ? ` (${e.path})` : ""} — ${message}`
    : message;
  const debug = env.WARTA_DEBUG === "1" || env.CI === "true";
  const lines = [
    `Terjadi kesalahan tak terduga: ${what.replace(/\.$/, "")}.`,
    "Perintah dihentikan. Periksa penyebab di atas, lalu jalankan ulang; bila terulang, kirim pesan ini kepada pengembang.",
    debug && typeof e?.stack === "string"
      ? `Detail teknis:\n${e.stack}`
      : "Detail teknis: jalankan ulang dengan WARTA_DEBUG=1 di depan perintah.",
  ];
  return mask(lines.join("\n"), env);
}

function mask(text: string, env: CommandIO["env"]): string {
  const secrets = Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value && value.length >= 6)
    .map(([, value]) => value!)
    .sort((a, b) => b.length - a.length);
  return secrets.reduce((t, secret) => t.split(secret).join("***"), text);
}

/** What `scripts/<name>.ts` does: run the command on this process's arguments and streams. */
export async function runFromProcess<O extends ParseArgsOptionsConfig>(command: Command<O>): Promise<void> {
  process.exitCode = await runCommand(command, process.argv.slice(2), {
    env: process.env,
    out: (text) => console.log(text),
    err: (text) => console.error(text),
    progress: (line, last) => process.stderr.write(process.stderr.isTTY ? `\r${line}${last ? "\n" : ""}` : `${line}\n`),
  });
}

/** node:util's parse errors, in Indonesian, naming the argument. */
function usageMessage(error: unknown): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  const name = /'([^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `Argumen ${name} tidak dikenal.`;
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL")
    return `Argumen ${name} tidak dikenal: perintah ini tidak menerima kata tanpa pilihan.`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (/does not take an argument/.test(message)) return `${name} tidak menerima nilai: tulis ${name} saja.`;
    return `${name} memerlukan nilai: tulis ${name} NILAI (nilai yang diawali "-" ditulis ${name}=-NILAI).`;
  }
  return `Argumen salah: ${message}`;
}

/** For commands that serve until stopped (start, auth): resolves on Ctrl-C or SIGTERM. */
export function untilInterrupted(): Promise<void> {
  return new Promise((stop) => {
    process.once("SIGINT", () => stop());
    process.once("SIGTERM", () => stop());
  });
}
