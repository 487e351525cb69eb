/**
 * Social media in the month, from the posting ledger (`warta-ledger` branch): posts per channel,
 * failures still unresolved at the month's end, and the links of what was posted.
 */
import { simpleGit } from "simple-git";
import { latestByKey, LEDGER_FILE, parseLedger, type LedgerRecord, type LedgerState } from "../social/ledger.ts";
import { SECRET_NAMES } from "../social/secrets.ts";
import { CHANNEL_LABELS, type ChannelName } from "../social/types.ts";
import { inMonth, type ReportMonth } from "./month.ts";

export interface SocialPost {
  channel: ChannelName;
  /** The item's public URL. */
  url: string;
  title: string;
  at: Date;
  remoteUrl?: string;
}

export interface SocialFailure {
  channel: ChannelName;
  url: string;
  title: string;
  state: LedgerState;
  at: Date;
  error?: string;
}

export interface ChannelCount {
  channel: ChannelName;
  label: string;
  posted: number;
  failed: number;
}

export interface SocialSummary {
  /** False when no ledger could be read: the section says so instead of showing zeros. */
  available: boolean;
  /** Where the records came from, for the report (a branch or ref). */
  source: string;
  channels: ChannelCount[];
  posts: SocialPost[];
  failures: SocialFailure[];
}

const UNRESOLVED: readonly LedgerState[] = ["failed", "unknown", "pending"];

export function summarizeSocial(records: readonly LedgerRecord[], month: ReportMonth, source: string): SocialSummary {
  const posts: SocialPost[] = records
    .filter((r) => r.state === "posted" && inMonth(new Date(r.at), month))
    .map((r) => {
      const post: SocialPost = { channel: r.channel, url: r.url, title: r.title || r.url, at: new Date(r.at) };
      if (r.remoteUrl) post.remoteUrl = r.remoteUrl;
      return post;
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  // How each post stood when the month ended: a failure retried successfully before then is no failure.
  const untilEnd = records.filter((r) => new Date(r.at).getTime() < month.end.getTime());
  const failures: SocialFailure[] = [...latestByKey(untilEnd).values()]
    .filter((r) => UNRESOLVED.includes(r.state) && inMonth(new Date(r.at), month))
    .map((r) => {
      const failure: SocialFailure = {
        channel: r.channel,
        url: r.url,
        title: r.title || r.url,
        state: r.state,
        at: new Date(r.at),
      };
      if (r.error) failure.error = r.error;
      return failure;
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());

  const counts = new Map<ChannelName, ChannelCount>();
  const count = (channel: ChannelName) => {
    let c = counts.get(channel);
    if (!c) counts.set(channel, (c = { channel, label: CHANNEL_LABELS[channel] ?? channel, posted: 0, failed: 0 }));
    return c;
  };
  for (const p of posts) count(p.channel).posted++;
  for (const f of failures) count(f.channel).failed++;
  const order = Object.keys(CHANNEL_LABELS);
  const channels = [...counts.values()].sort((a, b) => order.indexOf(a.channel) - order.indexOf(b.channel));
  return { available: true, source, channels, posts, failures };
}

export const noLedger = (why: string): SocialSummary => ({
  available: false,
  source: why,
  channels: [],
  posts: [],
  failures: [],
});

/** The first post of an item on any channel, at or after `since`. */
export function firstPosted(records: readonly LedgerRecord[], itemUrl: string, since?: Date): Date | undefined {
  let first: number | undefined;
  for (const r of records) {
    if (r.state !== "posted" || r.url !== itemUrl) continue;
    const t = new Date(r.at).getTime();
    if (since && t < since.getTime()) continue;
    if (first === undefined || t < first) first = t;
  }
  return first === undefined ? undefined : new Date(first);
}

/**
 * The ledger as the local repository has it (git-only mode: no fetch), from the local branch or
 * its `origin` copy; undefined when neither exists.
 */
export async function readLocalLedger(
  repoDir: string,
  branch = "warta-ledger",
): Promise<{ records: LedgerRecord[]; source: string } | undefined> {
  const git = simpleGit({ baseDir: repoDir });
  for (const ref of [`refs/remotes/origin/${branch}`, `refs/heads/${branch}`]) {
    const text = await git.raw(["show", `${ref}:${LEDGER_FILE}`]).catch(() => undefined);
    if (text !== undefined)
      return {
        records: parseLedger(text, `${ref}:${LEDGER_FILE}`),
        source: ref.replace(/^refs\/(heads|remotes)\//, ""),
      };
  }
  return undefined;
}

/**
 * A failure in words the office can act on: what failed and what to do. The ledger keeps the
 * provider's terse error ("HTTP 401: token ***"), already masked; it is shown beside this.
 */
export function explainFailure(failure: Pick<SocialFailure, "channel" | "state" | "error">): string {
  const label = CHANNEL_LABELS[failure.channel] ?? failure.channel;
  const secrets = SECRET_NAMES.filter((n) => n.startsWith(`${failure.channel.toUpperCase()}_`));
  const where = secrets.length ? `rahasia repositori ${secrets.join(", ")}` : "rahasia repositori akun itu";
  const status = Number(/HTTP (\d{3})/.exec(failure.error ?? "")?.[1] ?? 0);
  if (failure.state === "unknown")
    return `${label} tidak memberi jawaban pasti: unggahan mungkin sudah tayang. Periksa akun ${label} dahulu; ulangi hanya bila unggahan belum ada, agar tidak dobel.`;
  if (failure.state === "pending")
    return `Unggahan ke ${label} dimulai tetapi belum selesai pada akhir bulan. Periksa akun ${label}, lalu jalankan ulang workflow media sosial bila belum tayang.`;
  if (status === 401 || status === 403) {
    return `${label} menolak unggahan karena izin akses (HTTP ${status}): token akun tidak berlaku, dicabut atau kedaluwarsa. Admin membuat token baru di ${label}, memperbaruinya di ${where} (GitHub → Settings → Secrets and variables → Actions), lalu menjalankan ulang workflow media sosial.`;
  }
  if (status === 429)
    return `${label} membatasi jumlah kiriman (HTTP 429). Unggahan diulang pada jalan berikutnya; bila tetap gagal, jalankan ulang workflow media sosial esok hari.`;
  if (status >= 500)
    return `Server ${label} sedang bermasalah (HTTP ${status}). Jalankan ulang workflow media sosial; bila berulang, periksa halaman status ${label}.`;
  return `Unggahan ke ${label} gagal. Baca keterangan teknis di samping, perbaiki isian konten atau akun, lalu jalankan ulang workflow media sosial.`;
}
