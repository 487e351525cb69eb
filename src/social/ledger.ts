/**
 * The posting ledger: one JSON line per event about (item URL, channel, revision), kept on a
 * dedicated branch (default `warta-ledger`) of a Git remote. It is read from the branch tip
 * (never from the checked-out commit, which a re-run would repeat) and written with plumbing
 * commands, so neither the work tree nor the index of the repository is touched.
 *
 * A write is a commit on top of the tip that was read, pushed without force: if another run
 * pushed in between, the push is rejected (non-fast-forward) and the caller re-reads. That
 * compare-and-swap is what lets only one run claim an item, with or without CI `concurrency:`.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { simpleGit, type SimpleGit } from "simple-git";
import type { ChannelName } from "./types.ts";

export type LedgerState = "pending" | "posted" | "failed" | "unknown" | "baseline" | "skipped";

export interface LedgerRecord {
  /** Absolute item URL; `*` in a channel's first baseline marker. */
  url: string;
  channel: ChannelName;
  /** Present for a re-post the editor asked for. */
  revision?: string;
  state: LedgerState;
  remoteId?: string;
  remoteUrl?: string;
  /** Masked error text, for `failed`, `unknown` and `skipped`. */
  error?: string;
  /** Definite failures so far (token errors do not count). */
  attempts?: number;
  /** When the post was first claimed: lookups ignore older posts of the same URL. */
  claimedAt?: string;
  /** For people reading the ledger. */
  title?: string;
  run: string;
  at: string;
}

export interface LedgerSnapshot {
  /** Commit the records were read from; undefined while the branch does not exist. */
  tip?: string;
  text: string;
  records: LedgerRecord[];
}

export const recordKey = (r: { url: string; channel: string; revision?: string | undefined }) =>
  `${r.channel} ${r.url} ${r.revision ?? ""}`;

/** The latest record of each (url, channel, revision): the ledger is append-only, last line wins. */
export function latestByKey(records: readonly LedgerRecord[]): Map<string, LedgerRecord> {
  const latest = new Map<string, LedgerRecord>();
  for (const record of records) latest.set(recordKey(record), record);
  return latest;
}

export function parseLedger(text: string, source = "ledger.jsonl"): LedgerRecord[] {
  const records: LedgerRecord[] = [];
  text.split("\n").forEach((line, index) => {
    if (!line.trim()) return;
    let record: LedgerRecord;
    try {
      record = JSON.parse(line) as LedgerRecord;
    } catch {
      // Skipping a broken line could post an item twice: stop instead.
      throw new Error(
        `${source} baris ${index + 1} bukan JSON yang sah; perbaiki atau hapus baris itu di cabang buku catatan (warta-ledger).`,
      );
    }
    if (!record.url || !record.channel || !record.state)
      throw new Error(
        `${source} baris ${index + 1} tidak memuat url, channel atau state; perbaiki atau hapus baris itu di cabang buku catatan (warta-ledger).`,
      );
    records.push(record);
  });
  return records;
}

export const LEDGER_FILE = "ledger.jsonl";

const GUARDED_ENV = /^(git_.*|editor|visual|pager|prefix|ssh_askpass)$/i;

const README = `# Catatan unggahan media sosial (Warta)

Cabang ini hanya berisi \`${LEDGER_FILE}\`: satu baris JSON per kejadian unggahan
(alamat item, kanal, status). Ditulis oleh \`npm run social\`; baris terakhir untuk suatu
item dan kanal adalah statusnya. Jangan mengubah riwayat cabang ini (tanpa force-push).
Status \`unknown\` perlu diperiksa di akun media sosial lalu diselesaikan dengan
\`npm run social -- --resolve posted|retry --item URL --channel KANAL\`.
`;

export interface GitLedgerOptions {
  /** A local repository to run Git in (objects are written there; its work tree is untouched). */
  repoDir: string;
  /** A remote name of that repository (`origin`) or a URL/path. */
  remote: string;
  branch?: string;
}

export class GitLedger {
  readonly branch: string;
  readonly remote: string;
  private readonly git: SimpleGit;
  private readonly repoDir: string;

  constructor(options: GitLedgerOptions) {
    this.repoDir = options.repoDir;
    this.remote = options.remote;
    this.branch = options.branch ?? "warta-ledger";
    this.git = this.client();
  }

  private client(env?: Record<string, string>): SimpleGit {
    const git = simpleGit({
      baseDir: this.repoDir,
      config: ["user.name=Warta", "user.email=warta@localhost"],
      allowEnvironment: ["GIT_INDEX_FILE"],
    });
    if (!env) return git;
    const base: Record<string, string> = {};
    // simple-git refuses GIT_*, editor, pager and askpass variables in a custom environment; pass only ours.
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !GUARDED_ENV.test(k)) base[k] = v;
    return git.env({ ...base, ...env });
  }

  /** Reads the records at the remote branch tip. */
  async read(): Promise<LedgerSnapshot> {
    const ref = `refs/warta-ledger/${randomUUID()}`;
    try {
      try {
        await this.git.raw([
          "fetch",
          "--quiet",
          "--no-tags",
          "--no-write-fetch-head",
          this.remote,
          `+refs/heads/${this.branch}:${ref}`,
        ]);
      } catch (error) {
        // No branch yet: the first run on this site.
        if (/couldn't find remote ref/i.test(String((error as Error)?.message ?? error)))
          return { text: "", records: [] };
        throw error;
      }
      const tip = (await this.git.raw(["rev-parse", ref])).trim();
      let text = "";
      try {
        text = await this.git.raw(["show", `${tip}:${LEDGER_FILE}`]);
      } catch {
        text = "";
      }
      return { tip, text, records: parseLedger(text, `${this.branch}:${LEDGER_FILE}`) };
    } finally {
      await this.git.raw(["update-ref", "-d", ref]).catch(() => undefined);
    }
  }

  /**
   * Appends records in one commit on top of `base.tip` and pushes it.
   * Returns false when another run pushed first (re-read and decide again).
   */
  async append(base: LedgerSnapshot, records: readonly LedgerRecord[], message: string): Promise<boolean> {
    if (records.length === 0) return true;
    const scratch = await mkdtemp(path.join(os.tmpdir(), "warta-ledger-"));
    try {
      const prefix = base.text && !base.text.endsWith("\n") ? "\n" : "";
      const text = base.text + prefix + records.map((r) => JSON.stringify(r)).join("\n") + "\n";
      const ledgerFile = path.join(scratch, LEDGER_FILE);
      await writeFile(ledgerFile, text);
      const blob = (await this.git.raw(["hash-object", "-w", "--", ledgerFile])).trim();
      const indexed = this.client({ GIT_INDEX_FILE: path.join(scratch, "index") });
      if (base.tip) {
        await indexed.raw(["read-tree", base.tip]);
      } else {
        await indexed.raw(["read-tree", "--empty"]);
        const readme = path.join(scratch, "README.md");
        await writeFile(readme, README);
        const readmeBlob = (await this.git.raw(["hash-object", "-w", "--", readme])).trim();
        await indexed.raw(["update-index", "--add", "--cacheinfo", `100644,${readmeBlob},README.md`]);
      }
      await indexed.raw(["update-index", "--add", "--cacheinfo", `100644,${blob},${LEDGER_FILE}`]);
      const tree = (await indexed.raw(["write-tree"])).trim();
      const commit = (
        await this.git.raw(["commit-tree", tree, ...(base.tip ? ["-p", base.tip] : []), "-m", message])
      ).trim();
      try {
        await this.git.raw(["push", "--quiet", "--no-verify", this.remote, `${commit}:refs/heads/${this.branch}`]);
      } catch (error) {
        const text = String((error as Error)?.message ?? error);
        // Another push won the race: a plain rejection, or the remote's ref lock when both arrive at once.
        if (
          /\[rejected\].*\((non-fast-forward|fetch first|stale info)\)|cannot lock ref|incorrect old value/i.test(text)
        )
          return false;
        throw error;
      }
      base.tip = commit;
      base.text = text;
      base.records = [...base.records, ...records];
      return true;
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
}
