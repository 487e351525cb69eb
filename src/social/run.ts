/**
 * One posting run: plan from the ledger's tip → look up ambiguous earlier attempts → check the
 * deployed pages answer → claim (commit `pending` and push; a rejected push means another run
 * moved first: re-read and re-plan) → post per channel, each channel on its own → record the
 * outcomes → summary rows. Nothing is posted without a successful claim push.
 */
import { hostname } from "node:os";
import type { Content, Entry } from "../content/model.ts";
import { CHANNEL_DEFINITIONS, createAdapter, enabledChannels } from "./channels/index.ts";
import { composePost, coverOf } from "./compose.ts";
import { postKey, socialItems } from "./items.ts";
import {
  latestByKey,
  recordKey,
  type GitLedger,
  type LedgerRecord,
  type LedgerSnapshot,
  type LedgerState,
} from "./ledger.ts";
import { ChannelError, httpOptions, type HttpOptions } from "./retry.ts";
import { Masker } from "./secrets.ts";
import { CHANNELS, type ChannelAdapter, type ChannelName, type ComposedPost, type Env, type PostKey } from "./types.ts";
import { absoluteUrl } from "../content/urls.ts";

/** States in the summary: the ledger's, plus what a run decided not to do yet. */
export type RowState = LedgerState | "held" | "waiting" | "would-post";

export interface SummaryRow {
  title: string;
  url: string;
  channel: ChannelName;
  state: RowState;
  /** The post's URL, when there is one. */
  link?: string;
  /** Why, for anything but a clean post (masked). */
  note?: string;
}

export interface Preview {
  entry: Entry;
  post: ComposedPost;
  /** Why the channel would not take it. */
  skip?: string;
}

export interface RunResult {
  rows: SummaryRow[];
  /** Dry runs: every post that would be sent, exactly. */
  previews: Preview[];
  /** Items marked as already posted on a channel's first run. */
  baselined: number;
  /** The ledger could not be written at the end: the claims stay `pending` and are looked up next time. */
  ledgerError?: string;
}

export interface RunOptions {
  content: Content;
  env: Env;
  /** Required unless `dryRun && all`. */
  ledger?: GitLedger;
  dryRun?: boolean;
  /** With `dryRun`: compose for every public item, ignoring the ledger. */
  all?: boolean;
  /** Restrict to these channels (default: those whose secrets are present; in a dry run with none, all). */
  channels?: ChannelName[];
  /** Test servers per channel; production uses each API's real host. */
  baseUrls?: Partial<Record<ChannelName, string>>;
  http?: Partial<HttpOptions>;
  /** Wait for the deployed page and image to answer 200: attempts × delay. `false` skips the check. */
  liveCheck?: { attempts: number; delayMs: number } | false;
  /** A `pending` claim older than this is taken as a crashed run's. */
  leaseMs?: number;
  /** Definite failures before an item is given up on a channel. */
  maxAttempts?: number;
  runId?: string;
  now?: () => Date;
  log?: (line: string) => void;
}

/** `gh-<run id>.<attempt>` in GitHub Actions, so a re-run knows the earlier attempt is over. */
export function defaultRunId(env: Env): string {
  if (env.GITHUB_RUN_ID) return `gh-${env.GITHUB_RUN_ID}.${env.GITHUB_RUN_ATTEMPT ?? "1"}`;
  return `local-${hostname()}-${process.pid}-${Date.now().toString(36)}`;
}

/** Whether `other` is an earlier attempt of the same workflow run (then it has finished). */
export function isEarlierAttempt(other: string, mine: string): boolean {
  const a = /^gh-(\d+)\.(\d+)$/.exec(other);
  const b = /^gh-(\d+)\.(\d+)$/.exec(mine);
  return Boolean(a && b && a[1] === b[1] && Number(a[2]) < Number(b[2]));
}

type Action =
  { kind: "baseline" } | { kind: "post" } | { kind: "lookup" } | { kind: "hold"; reason: string } | { kind: "done" };

interface Task {
  entry: Entry;
  channel: ChannelName;
  key: PostKey;
  action: Action;
  previous?: LedgerRecord;
}

interface PlanContext {
  siteUrl: string;
  now: Date;
  runId: string;
  leaseMs: number;
  maxAttempts: number;
  hasLookup: (channel: ChannelName) => boolean;
}

/** Decides, for every item × channel, what this run should do. Pure: the ledger is an argument. */
export function planPosts(
  items: readonly Entry[],
  channels: readonly ChannelName[],
  records: readonly LedgerRecord[],
  ctx: PlanContext,
): Task[] {
  const latest = latestByKey(records);
  const seen = new Set(records.map((r) => r.channel));
  const tasks: Task[] = [];
  for (const channel of channels) {
    for (const entry of items) {
      const key = postKey(entry, ctx.siteUrl, channel);
      const previous = latest.get(recordKey({ url: key.itemUrl, channel, revision: key.revision }));
      const task: Task = { entry, channel, key, action: { kind: "post" } };
      if (previous) {
        task.previous = previous;
        const claimed = previous.claimedAt ?? previous.at;
        task.key.since = new Date(claimed);
      }
      task.action = decide(previous, seen.has(channel), ctx, channel);
      tasks.push(task);
    }
  }
  return tasks;
}

function decide(
  previous: LedgerRecord | undefined,
  channelSeen: boolean,
  ctx: PlanContext,
  channel: ChannelName,
): Action {
  // A channel's first run marks what is already public as posted: no flood of old items.
  if (!channelSeen) return { kind: "baseline" };
  if (!previous) return { kind: "post" };
  switch (previous.state) {
    case "posted":
    case "baseline":
    case "skipped":
      return { kind: "done" };
    case "failed":
      return (previous.attempts ?? 0) >= ctx.maxAttempts ? { kind: "done" } : { kind: "post" };
    case "pending": {
      const stale =
        previous.run !== ctx.runId &&
        (isEarlierAttempt(previous.run, ctx.runId) || ctx.now.getTime() - Date.parse(previous.at) > ctx.leaseMs);
      if (!stale) return { kind: "hold", reason: `sedang diproses oleh jalan lain (${previous.run})` };
      return ctx.hasLookup(channel) ? { kind: "lookup" } : { kind: "hold", reason: UNKNOWN_NOTE };
    }
    case "unknown":
      return ctx.hasLookup(channel) ? { kind: "lookup" } : { kind: "hold", reason: UNKNOWN_NOTE };
  }
}

const UNKNOWN_NOTE =
  "belum pasti terkirim dan kanal ini tidak bisa dicek otomatis: periksa akun, lalu jalankan `npm run social -- --resolve posted|retry --item URL --channel KANAL`";

/** Whether a URL answers 200 (HEAD, or GET where HEAD is refused). */
async function answers(url: string, timeoutMs: number): Promise<boolean> {
  for (const method of ["HEAD", "GET"] as const) {
    try {
      const response = await fetch(url, { method, signal: AbortSignal.timeout(timeoutMs), redirect: "follow" });
      await response.body?.cancel();
      if (response.ok) return true;
      if (response.status !== 405 && response.status !== 501) return false;
    } catch {
      return false;
    }
  }
  return false;
}

export async function runSocial(options: RunOptions): Promise<RunResult> {
  const run = prepareRun(options);
  if (options.dryRun && options.all) return previewEverything(run);
  if (!options.ledger) throw new Error("Buku catatan posting (ledger) wajib ada, kecuali dengan --dry-run --all.");
  const ledger = options.ledger;
  if (run.channels.length === 0) {
    run.log("Tidak ada kanal aktif: isi secret kanal (lihat --help).");
    return { rows: [], previews: [], baselined: 0 };
  }
  if (options.dryRun) return previewPlan(run, (await ledger.read()).records);

  const live = new LiveCheck(options.liveCheck ?? { attempts: 10, delayMs: 30_000 }, run.http);
  const claimed = await claim(run, ledger, live, new Lookups(run));
  if (claimed.baselined > 0) run.log(`${claimed.baselined} item lama ditandai sudah terkirim (kanal baru dipakai).`);
  const posted = await postAll(run, claimed.toPost, live);
  const ledgerError = await recordOutcomes(run, ledger, claimed.snapshot, posted.records);

  const rows = [...claimed.rows, ...posted.rows];
  rows.sort((a, b) => CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) || a.url.localeCompare(b.url));
  const result: RunResult = { rows, previews: [], baselined: claimed.baselined };
  if (ledgerError) result.ledgerError = ledgerError;
  return result;
}

/** What every phase of one run shares: settings, clock, masking, the channels and their adapters. */
interface Run {
  site: Content["site"];
  items: Entry[];
  channels: ChannelName[];
  adapters: Map<ChannelName, ChannelAdapter>;
  runId: string;
  now: Date;
  clock: () => Date;
  masker: Masker;
  http: HttpOptions;
  log: (line: string) => void;
  plan: (records: readonly LedgerRecord[]) => Task[];
  /** A ledger record for `task`, stamped with this run and the time. */
  stamp: (task: Task, state: LedgerState, extra?: Partial<LedgerRecord>) => LedgerRecord;
}

function prepareRun(options: RunOptions): Run {
  const { content, env } = options;
  const clock = options.now ?? (() => new Date());
  const now = clock();
  const site = content.site;
  const masker = options.http?.masker ?? new Masker(env);
  const http = httpOptions({ ...options.http, masker });
  const log = (line: string) => options.log?.(masker.mask(line));
  const runId = options.runId ?? defaultRunId(env);
  const items = socialItems(content, now);

  const enabled = enabledChannels(env);
  const requested = options.channels ?? (options.dryRun && enabled.length === 0 ? [...CHANNELS] : enabled);
  // A dry run may preview any channel; a real run posts only where the secrets are present.
  const channels = options.dryRun ? requested : requested.filter((c) => enabled.includes(c));
  const missing = requested.filter((c) => !channels.includes(c));
  if (missing.length) log(`Kanal tanpa secret dilewati: ${missing.join(", ")} (lihat --help).`);
  const adapters = new Map<ChannelName, ChannelAdapter>(
    channels.filter((c) => enabled.includes(c)).map((c) => [c, createAdapter(c, env, http, options.baseUrls?.[c])]),
  );
  const plan = (records: readonly LedgerRecord[]) =>
    planPosts(items, channels, records, {
      siteUrl: site.url,
      now,
      runId,
      leaseMs: options.leaseMs ?? 2 * 60 * 60 * 1000,
      maxAttempts: options.maxAttempts ?? 3,
      hasLookup: (c) => Boolean(adapters.get(c)?.lookup),
    });
  const stamp = (task: Task, state: LedgerState, extra: Partial<LedgerRecord> = {}): LedgerRecord => {
    const record: LedgerRecord = {
      url: task.key.itemUrl,
      channel: task.channel,
      state,
      title: task.entry.data.title,
      run: runId,
      at: clock().toISOString(),
      ...extra,
    };
    if (task.key.revision) record.revision = task.key.revision;
    return record;
  };
  return { site, items, channels, adapters, runId, now, clock, masker, http, log, plan, stamp };
}

// ── dry runs ─────────────────────────────────────────────────────────────────────

function previewOf(run: Run, entry: Entry, channel: ChannelName): Preview {
  const post = composePost(entry, run.site, channel);
  const skip = CHANNEL_DEFINITIONS[channel].skipReason?.(post);
  return skip ? { entry, post, skip } : { entry, post };
}

/** `--dry-run --all`: every public item on every channel, the ledger ignored. */
function previewEverything(run: Run): RunResult {
  const previews = run.channels.flatMap((channel) => run.items.map((entry) => previewOf(run, entry, channel)));
  const rows = previews.map((p) =>
    row(p.entry, run.site.url, p.post.channel, p.skip ? "skipped" : "would-post", undefined, p.skip),
  );
  return { rows, previews, baselined: 0 };
}

/** `--dry-run`: what this run would post, from the ledger's tip. */
function previewPlan(run: Run, records: readonly LedgerRecord[]): RunResult {
  const previews: Preview[] = [];
  const rows: SummaryRow[] = [];
  let baselined = 0;
  for (const task of run.plan(records)) {
    if (task.action.kind === "baseline") baselined++;
    else if (task.action.kind === "post" || task.action.kind === "lookup") {
      const preview = previewOf(run, task.entry, task.channel);
      previews.push(preview);
      const note = task.action.kind === "lookup" ? "dicek dulu di kanal; dikirim bila belum ada" : preview.skip;
      rows.push(row(task.entry, run.site.url, task.channel, preview.skip ? "skipped" : "would-post", undefined, note));
    } else if (task.action.kind === "hold")
      rows.push(row(task.entry, run.site.url, task.channel, "held", undefined, task.action.reason));
  }
  return { rows, previews, baselined };
}

// ── live checks: every URL polled together, so a broken deploy costs one wait, not one per item ──

class LiveCheck {
  /** URL → whether it answered; kept across claim attempts. */
  readonly answered = new Map<string, boolean>();
  constructor(
    private readonly settings: { attempts: number; delayMs: number } | false,
    private readonly http: HttpOptions,
  ) {}

  async check(urls: Iterable<string>): Promise<void> {
    let left = [...new Set(urls)].filter((u) => !this.answered.has(u));
    const settings = this.settings;
    if (settings === false) return left.forEach((u) => this.answered.set(u, true));
    for (let round = 1; left.length > 0; round++) {
      const answered = await Promise.all(left.map(async (u) => [u, await answers(u, this.http.timeoutMs)] as const));
      for (const [u, ok] of answered) if (ok) this.answered.set(u, true);
      left = answered.filter(([, ok]) => !ok).map(([u]) => u);
      if (round >= settings.attempts) break;
      if (left.length > 0) await this.http.sleep(settings.delayMs);
    }
    for (const u of left) this.answered.set(u, false);
  }
}

function coverUrl(site: Content["site"], entry: Entry): string | undefined {
  const cover = coverOf(entry);
  return cover ? absoluteUrl(site.url, cover.src) : undefined;
}

// ── lookups of ambiguous earlier attempts, cached across claim attempts ───────────────

interface LookupResult {
  found?: { id: string; url: string };
  error?: string;
}

class Lookups {
  private readonly pending = new Map<string, Promise<LookupResult>>();
  constructor(private readonly run: Run) {}

  lookUp(task: Task): Promise<LookupResult> {
    const id = recordKey({ url: task.key.itemUrl, channel: task.channel, revision: task.key.revision });
    let pending = this.pending.get(id);
    if (!pending) {
      const adapter = this.run.adapters.get(task.channel)!;
      const post = composePost(task.entry, this.run.site, task.channel);
      pending = adapter.lookup!(post, task.key).then(
        (found) => (found ? { found } : {}),
        (error) => ({ error: this.run.masker.mask(String((error as Error)?.message ?? error)) }),
      );
      this.pending.set(id, pending);
    }
    return pending;
  }
}

// ── plan and claim ───────────────────────────────────────────────────────────────

interface Claimed {
  rows: SummaryRow[];
  toPost: Task[];
  baselined: number;
  snapshot: LedgerSnapshot;
  claims: LedgerRecord[];
}

/** Plans from the ledger's tip and commits the claims; a rejected push means another run moved first: re-read and re-plan. */
async function claim(run: Run, ledger: GitLedger, live: LiveCheck, lookups: Lookups): Promise<Omit<Claimed, "claims">> {
  for (let attempt = 1; ; attempt++) {
    if (attempt > 8)
      throw new Error(
        "Cabang buku catatan (warta-ledger) terus berubah saat item diklaim: mungkin ada proses posting lain yang macet berulang. Periksa workflow media sosial yang sedang berjalan, lalu jalankan lagi.",
      );
    const snapshot = await ledger.read();
    const tasks = run.plan(snapshot.records);
    await live.check(
      tasks
        .filter((t) => t.action.kind === "post" || t.action.kind === "lookup")
        .flatMap((t) => [t.key.itemUrl, coverUrl(run.site, t.entry)].filter((u): u is string => Boolean(u))),
    );
    const { claims, ...claimed } = await decideClaims(run, snapshot, tasks, live, lookups);
    if (claims.length === 0) return claimed;
    const message = `social: claim ${claimed.toPost.length} post(s), baseline ${claimed.baselined} (${run.runId})`;
    if (await ledger.append(snapshot, claims, message)) return claimed;
    run.log(`Catatan unggahan berubah oleh jalan lain; membaca ulang (percobaan ${attempt}).`);
  }
}

/** One claim attempt: the ledger records to commit, the tasks to post once they are committed, and the rows for the rest. */
async function decideClaims(
  run: Run,
  snapshot: LedgerSnapshot,
  tasks: Task[],
  live: LiveCheck,
  lookups: Lookups,
): Promise<Claimed> {
  const { site, stamp, now } = run;
  const claims: LedgerRecord[] = [];
  const rows: SummaryRow[] = [];
  const toPost: Task[] = [];
  let baselined = 0;
  // A channel's first run leaves a marker, so a site with nothing public yet still counts as started.
  const seen = new Set(snapshot.records.map((r) => r.channel));
  for (const channel of run.channels.filter((c) => !seen.has(c))) {
    claims.push({
      url: "*",
      channel,
      state: "baseline",
      run: run.runId,
      at: now.toISOString(),
      title: "(kanal mulai dipakai)",
    });
  }
  for (const task of tasks) {
    const { action } = task;
    if (action.kind === "done") continue;
    if (action.kind === "baseline") {
      claims.push(stamp(task, "baseline"));
      baselined++;
      continue;
    }
    if (action.kind === "hold") {
      if (action.reason === UNKNOWN_NOTE && task.previous?.state === "pending") {
        // A crashed run's claim on a channel that cannot be checked: say so in the ledger.
        claims.push(
          stamp(task, "unknown", {
            error: "jalan sebelumnya terhenti sebelum mencatat hasil",
            claimedAt: task.previous.claimedAt ?? task.previous.at,
          }),
        );
      }
      rows.push(
        row(
          task.entry,
          site.url,
          task.channel,
          task.previous?.state === "unknown" || action.reason === UNKNOWN_NOTE ? "unknown" : "held",
          task.previous?.remoteUrl,
          action.reason,
        ),
      );
      continue;
    }
    if (action.kind === "lookup") {
      const result = await lookups.lookUp(task);
      if (result.error) {
        rows.push(row(task.entry, site.url, task.channel, "unknown", undefined, `pengecekan gagal: ${result.error}`));
        continue;
      }
      if (result.found) {
        claims.push(
          stamp(task, "posted", {
            remoteId: result.found.id,
            remoteUrl: result.found.url,
            claimedAt: task.previous?.claimedAt ?? task.previous?.at,
          }),
        );
        rows.push(
          row(
            task.entry,
            site.url,
            task.channel,
            "posted",
            result.found.url,
            "ditemukan di kanal (kiriman sebelumnya)",
          ),
        );
        continue;
      }
    }
    // post (or a lookup that found nothing): the page must answer before anything links to it.
    if (!live.answered.get(task.key.itemUrl)) {
      rows.push(
        row(
          task.entry,
          site.url,
          task.channel,
          "waiting",
          undefined,
          "halaman belum dapat diakses di situs; dicoba lagi pada jalan berikutnya",
        ),
      );
      continue;
    }
    const skip = CHANNEL_DEFINITIONS[task.channel].skipReason?.(composePost(task.entry, site, task.channel));
    if (skip) {
      claims.push(stamp(task, "skipped", { error: skip }));
      rows.push(row(task.entry, site.url, task.channel, "skipped", undefined, skip));
      continue;
    }
    const claimedAt =
      task.previous?.state === "pending" || task.previous?.state === "unknown"
        ? (task.previous.claimedAt ?? task.previous.at)
        : now.toISOString();
    const record = stamp(task, "pending", { claimedAt });
    if (task.previous?.attempts) record.attempts = task.previous.attempts;
    claims.push(record);
    task.previous = record;
    task.key.since = new Date(claimedAt);
    toPost.push(task);
  }
  return { claims, rows, toPost, baselined, snapshot };
}

// ── post, every channel on its own ────────────────────────────────────────────────

async function postAll(
  run: Run,
  toPost: Task[],
  live: LiveCheck,
): Promise<{ records: LedgerRecord[]; rows: SummaryRow[] }> {
  const byChannel = new Map<ChannelName, Task[]>();
  for (const task of toPost) byChannel.set(task.channel, [...(byChannel.get(task.channel) ?? []), task]);
  const outcomes = await Promise.all(
    [...byChannel].map(([channel, tasks]) =>
      postChannel(run.adapters.get(channel)!, tasks, {
        site: run.site,
        imageLive: live.answered,
        stamp: run.stamp,
        log: run.log,
        masker: run.masker,
      }),
    ),
  );
  return { records: outcomes.flatMap((o) => o.records), rows: outcomes.flatMap((o) => o.rows) };
}

// ── record the outcomes ───────────────────────────────────────────────────────────

/** Appends the outcomes to the ledger; returns the (masked) error when it could not be written. */
async function recordOutcomes(
  run: Run,
  ledger: GitLedger,
  snapshot: LedgerSnapshot,
  results: LedgerRecord[],
): Promise<string | undefined> {
  if (results.length === 0) return undefined;
  try {
    // The claim's snapshot is usually still the tip: try it first, re-read only if another run moved it.
    let base = snapshot;
    for (let attempt = 1; ; attempt++) {
      if (await ledger.append(base, results, `social: ${summaryLine(results)} (${run.runId})`)) return undefined;
      base = await ledger.read();
      if (attempt >= 8)
        throw new Error(
          "Cabang buku catatan (warta-ledger) terus berubah saat hasil posting dicatat. Jalankan lagi; posting yang sudah tercatat tidak akan diulang.",
        );
    }
  } catch (error) {
    const ledgerError = run.masker.mask(String((error as Error)?.message ?? error));
    run.log(
      `Catatan unggahan GAGAL ditulis: ${ledgerError}. Klaim tetap 'pending' dan akan dicek pada jalan berikutnya.`,
    );
    return ledgerError;
  }
}

function row(
  entry: Entry,
  siteUrl: string,
  channel: ChannelName,
  state: RowState,
  link?: string,
  note?: string,
): SummaryRow {
  const r: SummaryRow = { title: entry.data.title, url: absoluteUrl(siteUrl, entry.url), channel, state };
  if (link) r.link = link;
  if (note) r.note = note;
  return r;
}

function summaryLine(records: readonly LedgerRecord[]): string {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
  return [...counts].map(([state, n]) => `${n} ${state}`).join(", ");
}

interface ChannelContext {
  site: Content["site"];
  imageLive: Map<string, boolean>;
  stamp: (task: Task, state: LedgerState, extra?: Partial<LedgerRecord>) => LedgerRecord;
  log: (line: string) => void;
  masker: Masker;
}

/** Posts one channel's items in order; a token error stops this channel only. */
async function postChannel(
  adapter: ChannelAdapter,
  tasks: Task[],
  ctx: ChannelContext,
): Promise<{ records: LedgerRecord[]; rows: SummaryRow[] }> {
  const records: LedgerRecord[] = [];
  const rows: SummaryRow[] = [];
  let blocked: string | undefined;
  for (const task of tasks) {
    const attempts = task.previous?.attempts ?? 0;
    const claimedAt = task.previous?.claimedAt;
    const keep = (record: LedgerRecord, link?: string, note?: string) => {
      if (claimedAt) record.claimedAt = claimedAt;
      records.push(record);
      rows.push(row(task.entry, ctx.site.url, task.channel, record.state, link, note));
    };
    if (blocked) {
      // Not attempted: released as failed without counting, so the next run tries again.
      const note = `tidak dicoba: ${blocked}`;
      keep(ctx.stamp(task, "failed", { error: note, attempts }), undefined, note);
      continue;
    }
    const cover = coverOf(task.entry);
    const imageOk = cover ? ctx.imageLive.get(absoluteUrl(ctx.site.url, cover.src)) !== false : true;
    if (!imageOk && adapter.requiresImage) {
      const note = "gambar sampul belum dapat diakses di situs; dicoba lagi pada jalan berikutnya";
      keep(ctx.stamp(task, "failed", { error: note, attempts: attempts + 1 }), undefined, note);
      continue;
    }
    let post: ComposedPost | undefined;
    try {
      post = composePost(task.entry, ctx.site, task.channel, { withImage: imageOk });
      const remote = await adapter.post(post, task.key);
      ctx.log(`${task.channel}: terkirim ${task.entry.data.title} → ${remote.url}`);
      keep(ctx.stamp(task, "posted", { remoteId: remote.id, remoteUrl: remote.url }), remote.url);
    } catch (error) {
      const message = ctx.masker.mask(error instanceof Error ? error.message : String(error));
      if (error instanceof ChannelError && error.outcome === "unknown") {
        // Look once more right away: the post may well be there.
        const found = adapter.lookup && post ? await adapter.lookup(post, task.key).catch(() => undefined) : undefined;
        if (found) {
          ctx.log(`${task.channel}: ditemukan setelah galat ${task.entry.data.title} → ${found.url}`);
          keep(
            ctx.stamp(task, "posted", { remoteId: found.id, remoteUrl: found.url }),
            found.url,
            "ditemukan di kanal setelah galat",
          );
          continue;
        }
        const note = `${message} — ${adapter.lookup ? "belum pasti terkirim; dicek lagi pada jalan berikutnya sebelum dikirim ulang" : UNKNOWN_NOTE}`;
        ctx.log(`${task.channel}: BELUM PASTI ${task.entry.data.title}: ${note}`);
        keep(ctx.stamp(task, "unknown", { error: message, attempts }), undefined, note);
        continue;
      }
      const auth = error instanceof ChannelError && error.details.auth;
      if (auth) blocked = message;
      ctx.log(`${task.channel}: GAGAL ${task.entry.data.title}: ${message}`);
      keep(ctx.stamp(task, "failed", { error: message, attempts: auth ? attempts : attempts + 1 }), undefined, message);
    }
  }
  return { records, rows };
}

export interface Resolution {
  /** Absolute item URL as in the summary. */
  url: string;
  channel: ChannelName;
  /** `posted`: a person saw the post on the channel; `retry`: it is not there, send it again. */
  outcome: "posted" | "retry";
  remoteUrl?: string;
  runId: string;
  now?: Date;
}

/** Settles an `unknown` (or stuck `pending`) record by hand, after a person checked the account. */
export async function resolveRecord(ledger: GitLedger, resolution: Resolution): Promise<LedgerRecord> {
  for (let attempt = 1; attempt <= 8; attempt++) {
    const snapshot = await ledger.read();
    const previous = snapshot.records
      .filter((r) => r.url === resolution.url && r.channel === resolution.channel)
      .at(-1);
    if (!previous)
      throw new Error(
        `Tidak ada catatan posting untuk ${resolution.url} di ${resolution.channel}. Periksa --item (URL lengkap) dan --channel.`,
      );
    const record: LedgerRecord = {
      url: resolution.url,
      channel: resolution.channel,
      state: resolution.outcome === "posted" ? "posted" : "failed",
      run: resolution.runId,
      at: (resolution.now ?? new Date()).toISOString(),
      attempts: 0,
    };
    if (previous.revision) record.revision = previous.revision;
    if (previous.title) record.title = previous.title;
    if (resolution.remoteUrl) record.remoteUrl = resolution.remoteUrl;
    if (resolution.outcome === "retry") record.error = "ditandai untuk dikirim ulang setelah diperiksa petugas";
    if (
      await ledger.append(
        snapshot,
        [record],
        `social: resolve ${resolution.channel} ${resolution.url} as ${resolution.outcome}`,
      )
    )
      return record;
  }
  throw new Error("Cabang buku catatan (warta-ledger) terus berubah. Coba lagi.");
}
