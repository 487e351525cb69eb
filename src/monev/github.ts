/**
 * The month's items measured from the pull-request history on GitHub: the pull requests of the
 * site branch, each with its timeline (Decap's label changes, review requests, comments),
 * reviews, changed files and the entry's front matter, plus the deploy workflow's runs.
 * Everything is fetched before anything is written: one failed call fails the whole report.
 */
import type { TeamData } from "../content/schema.ts";
import { formatDate, type TimeZone } from "../content/dates.ts";
import { rejectionReason } from "../forge/approval.ts";
import { call, type GitHub, type Operation } from "../forge/github.ts";
import { DEPLOY_WORKFLOW, LABEL_REJECTED, LABEL_URGENT, REJECTION_MARKER } from "../forge/names.ts";
import { memberByLogin } from "../forge/team.ts";
import { entryFields, entryOfPath, entryVisibility } from "./entries.ts";
import { MENU_FILE } from "./git.ts";
import { deployFor, type DeployRun } from "./metrics.ts";
import type { MenuUpdate, MonevItem, MonthHistory } from "./model.ts";
import { inMonth, type ReportMonth } from "./month.ts";

/** Decap's editorial-workflow labels on GitHub (draft → in review → ready). */
export const DECAP_READY = "decap-cms/pending_publish";
/** Decap's "In review": the submission handed over to the team (SOP step 5). */
export const DECAP_IN_REVIEW = "decap-cms/pending_review";

export interface GitHubHistoryOptions {
  gh: GitHub;
  owner: string;
  repo: string;
  /** The site branch pull requests are merged into. */
  branch: string;
  month: ReportMonth;
  team: TeamData;
  /** The report's clock: waiting times stop at the month's end or now, whichever is first. */
  now: Date;
  /** Folder of the content in the repository (default `content`). */
  contentRoot?: string;
  /** The deploy workflow's file name (default `deploy.yml`). */
  deployWorkflow?: string;
  log?: (line: string) => void;
}

const READ = { fineGrained: "Pull requests: read dan Contents: read", workflow: "pull-requests: read, contents: read" };
const op = (id: string, permission: Operation["permission"] = READ): Operation => ({ id, permission });
const LIST_PULLS = op("membaca daftar pull request");
const READ_TIMELINE = op("membaca riwayat pull request");
const READ_REVIEWS = op("membaca ulasan pull request");
const READ_FILES = op("membaca berkas yang diubah pull request");
const READ_ENTRY = op("membaca isi entri");
const LIST_RUNS = op("membaca riwayat workflow deploy", { fineGrained: "Actions: read", workflow: "actions: read" });

/** The fields of a listed pull request the report reads. */
interface ListedPull {
  number: number;
  state: string;
  title: string;
  html_url: string;
  user: { login: string } | null;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  merged_at: string | null;
  merge_commit_sha: string | null;
  head: { ref: string; sha: string };
  labels: { name?: string }[];
}

/** Timeline events, loosely: only the fields read here. */
interface TimelineEvent {
  event?: string;
  created_at?: string;
  submitted_at?: string;
  label?: { name: string };
  body?: string | null;
  user?: { login: string } | null;
  actor?: { login: string } | null;
  state?: string;
}

interface Review {
  user: { login: string } | null;
  state: string;
  body: string | null;
  submitted_at?: string | null;
}

interface ChangedFile {
  filename: string;
  status: string;
}

const at = (iso: string | null | undefined) => (iso ? new Date(iso) : undefined);
const DAY = 86_400_000;

export async function fetchGitHubHistory(options: GitHubHistoryOptions): Promise<MonthHistory> {
  const { gh, owner, repo, branch, month } = options;
  const full = `${owner}/${repo}`;
  const log = options.log ?? (() => {});
  const timeZone = month.timeZone;

  log(`Membaca pull request ${full} (cabang ${branch})`);
  const pulls = await call(LIST_PULLS, full, () => listPullsSince(gh, owner, repo, branch, month.start));
  const candidates = pulls.filter((p) => belongsToMonth(p, month));
  log(`  ${candidates.length} pull request pada atau sekitar ${month.label}`);

  const items: Measured[] = [];
  const menuUpdates: MenuUpdate[] = [];
  let done = 0;
  for (const batch of chunks(candidates, 4)) {
    const measured = await Promise.all(batch.map((pull) => measurePull(options, full, pull, timeZone)));
    for (const m of measured) {
      if (m && "menu" in m) menuUpdates.push(m.menu);
      else if (m) items.push(m);
    }
    done += batch.length;
    log(`  riwayat pull request ${done}/${candidates.length}`);
  }

  if (items.some((i) => i.status === "tayang")) {
    log("Membaca riwayat workflow deploy");
    const runs = await call(LIST_RUNS, full, () =>
      listDeployRuns(gh, owner, repo, branch, options.deployWorkflow ?? DEPLOY_WORKFLOW, month),
    );
    log(`  ${runs.length} run deploy berhasil`);
    for (const item of items) {
      if (item.status !== "tayang" || !item.merged) continue;
      const run = deployFor(
        { merged: item.merged, mergeSha: item.mergeSha, notBefore: item.scheduled ? item.scheduledAt : undefined },
        runs,
      );
      if (run) {
        item.deployed = run.completedAt;
        item.deployRunUrl = run.url;
      }
    }
  }
  for (const item of items) delete item.scheduledAt;
  items.sort(
    (a, b) =>
      (a.merged ?? a.submitted ?? new Date(0)).getTime() - (b.merged ?? b.submitted ?? new Date(0)).getTime() ||
      (a.pr ?? 0) - (b.pr ?? 0),
  );
  const warnings: string[] = [];
  const undeployed = items.filter((i) => i.status === "tayang" && !i.deployed && !i.scheduled).map((i) => `#${i.pr}`);
  if (undeployed.length) {
    warnings.push(
      `Run deploy yang berhasil sesudah penggabungan tidak ditemukan untuk ${undeployed.join(", ")}: waktu penayangan tidak diukur (periksa workflow ${options.deployWorkflow ?? DEPLOY_WORKFLOW}).`,
    );
  }
  return { source: "github", repo: full, items, menuUpdates, warnings };
}

/** Pull requests into `branch`, newest activity first, until one was last touched before `since`. */
async function listPullsSince(
  gh: GitHub,
  owner: string,
  repo: string,
  branch: string,
  since: Date,
): Promise<ListedPull[]> {
  const found: ListedPull[] = [];
  const pages = gh.paginate.iterator(gh.rest.pulls.list, {
    owner,
    repo,
    base: branch,
    state: "all",
    sort: "updated",
    direction: "desc",
    per_page: 100,
  });
  for await (const page of pages) {
    let older = false;
    for (const pull of page.data as ListedPull[]) {
      // Merging or closing touches `updated_at`: a pull request last updated before the month cannot belong to it.
      if (new Date(pull.updated_at).getTime() < since.getTime()) older = true;
      else found.push(pull);
    }
    if (older) break;
  }
  return found;
}

/** Merged in the month (published), or opened in it (rejected, closed or waiting). */
function belongsToMonth(pull: ListedPull, month: ReportMonth): boolean {
  if (pull.merged_at) return inMonth(at(pull.merged_at), month) || inMonth(at(pull.created_at), month);
  return inMonth(at(pull.created_at), month);
}

type Measured = MonevItem & { scheduledAt?: Date };

async function measurePull(
  options: GitHubHistoryOptions,
  full: string,
  pull: ListedPull,
  timeZone: TimeZone,
): Promise<Measured | { menu: MenuUpdate } | undefined> {
  const { gh, owner, repo, month, team } = options;
  const files = await call(READ_FILES, full, () =>
    gh.paginate(gh.rest.pulls.listFiles, { owner, repo, pull_number: pull.number, per_page: 100 }),
  );
  const menuFile = `${(options.contentRoot ?? "content").replace(/\/+$/, "")}/${MENU_FILE}`;
  const mergedAt = at(pull.merged_at);
  if (mergedAt && inMonth(mergedAt, month) && (files as ChangedFile[]).some((f) => f.filename === menuFile)) {
    return { menu: { pr: pull.number, title: pull.title, submitted: new Date(pull.created_at), merged: mergedAt } };
  }
  const entries = (files as ChangedFile[])
    .filter((f) => f.status !== "removed")
    .map((f) => ({ file: f, ref: entryOfPath(f.filename, options.contentRoot) }))
    .filter((e) => e.ref !== undefined)
    .sort((a, b) => a.file.filename.localeCompare(b.file.filename));
  // Code and settings changes are not content items.
  const first = entries[0];
  if (!first) return undefined;

  const [timeline, reviews, text] = await Promise.all([
    call(READ_TIMELINE, full, () =>
      gh.paginate(gh.rest.issues.listEventsForTimeline, { owner, repo, issue_number: pull.number, per_page: 100 }),
    ),
    call(READ_REVIEWS, full, () =>
      gh.paginate(gh.rest.pulls.listReviews, { owner, repo, pull_number: pull.number, per_page: 100 }),
    ),
    call(READ_ENTRY, full, () => readFileAt(gh, owner, repo, first.file.filename, pull.head.sha)),
  ]);
  const fields = entryFields(text, timeZone);
  const events = timeline as TimelineEvent[];
  const reviewList = reviews as Review[];
  const labels = pull.labels.map((l) => l.name ?? "");

  const submitted = new Date(pull.created_at);
  const merged = at(pull.merged_at);
  const closed = at(pull.closed_at);
  const item: Measured = {
    pr: pull.number,
    htmlUrl: pull.html_url,
    title: fields.title || pull.title,
    collection: first.ref!.collection,
    file: first.file.filename,
    url: first.ref!.url,
    change: first.file.status === "added" ? "baru" : "perubahan",
    status: "menunggu",
    submitted,
  };
  if (fields.division) item.division = fields.division;
  if (pull.user?.login) item.author = pull.user.login;
  if (entries.length > 1) item.otherEntries = entries.length - 1;
  if (labels.includes(LABEL_URGENT) || fields.category === "serta-merta") item.urgent = true;
  const inReview = events.find((e) => e.event === "labeled" && e.label?.name === DECAP_IN_REVIEW && e.created_at);
  if (inReview) item.inReview = new Date(inReview.created_at!);

  const ready = readyTime(events);
  if (ready) Object.assign(item, ready);
  const approval = approvalTime(reviewList, team, item.ready);
  if (approval) Object.assign(item, approval);

  if (merged && inMonth(merged, month)) {
    item.merged = merged;
    if (pull.merge_commit_sha) item.mergeSha = pull.merge_commit_sha;
    // The site's own rule: a draft or an exempt item is never shown; a dated one from its date.
    const liveAt = new Date(Math.max(merged.getTime(), fields.date?.getTime() ?? 0));
    item.liveAt = liveAt;
    const seen = entryVisibility(first.ref!.collection, fields, merged, liveAt);
    if (seen === "draft" || seen === "exempt")
      Object.assign(item, { status: "tidak-tayang", hidden: seen === "draft" ? "draf" : "dikecualikan" });
    else if (liveAt.getTime() >= month.end.getTime())
      Object.assign(item, { status: "tidak-tayang", hidden: "terjadwal" });
    else item.status = "tayang";
    // A future-dated entry goes live at its date with the hourly build, on purpose.
    if (fields.date && fields.date.getTime() > merged.getTime() + 60_000) {
      item.scheduled = true;
      item.scheduledAt = fields.date;
    }
    return item;
  }
  if (!merged && pull.state === "closed") {
    item.closed = closed;
    const rejection = rejectionOf(events, reviewList, team, labels);
    item.status = rejection ? "ditolak" : "ditutup";
    if (rejection) item.rejection = rejection;
    return item;
  }
  // Opened in the month and not published by its end: waiting (merged later, or still open).
  item.status = "menunggu";
  if (merged) item.laterState = `tayang ${formatDate(merged, timeZone)}`;
  else if (labels.includes(LABEL_REJECTED)) item.laterState = "berlabel ditolak, belum ditutup";
  else item.laterState = "masih terbuka";
  return item;
}

/** Editing done: Decap's Ready label; a pull request made by hand falls back to its first review request. */
export function readyTime(events: readonly TimelineEvent[]): Pick<MonevItem, "ready" | "readyFrom"> | undefined {
  const label = events.find((e) => e.event === "labeled" && e.label?.name === DECAP_READY && e.created_at);
  if (label) return { ready: new Date(label.created_at!), readyFrom: "label" };
  const request = events.find((e) => e.event === "review_requested" && e.created_at);
  if (request) return { ready: new Date(request.created_at!), readyFrom: "review-request" };
  return undefined;
}

/** The first approving review by an official (the team's pejabat), preferring one given once the item was ready. */
export function approvalTime(
  reviews: readonly Review[],
  team: TeamData,
  ready: Date | undefined,
): Pick<MonevItem, "approved" | "approver"> | undefined {
  const approvals = reviews
    .filter((r) => r.state === "APPROVED" && r.submitted_at && memberByLogin(team, r.user?.login)?.role === "pejabat")
    .map((r) => ({ at: new Date(r.submitted_at!), who: memberByLogin(team, r.user!.login)!.name }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const chosen = (ready && approvals.find((a) => a.at.getTime() >= ready.getTime())) || approvals[0];
  return chosen ? { approved: chosen.at, approver: chosen.who } : undefined;
}

/**
 * The official's reason: the rejection record the approval workflow writes (marker comment),
 * else the pejabat's own `/tolak <alasan>`; a `ditolak` label alone still counts, reason unknown.
 */
export function rejectionOf(
  events: readonly TimelineEvent[],
  reviews: readonly Review[],
  team: TeamData,
  labels: readonly string[],
): MonevItem["rejection"] | undefined {
  const records = events.filter((e) => e.event === "commented" && e.body?.includes(REJECTION_MARKER));
  const record = records.at(-1);
  if (record?.body) {
    const reason = /\*\*Alasan:\*\*\s*(.+)/.exec(record.body)?.[1]?.trim();
    // "Ditolak oleh Nama (Jabatan), @login pada …": the name and position are what the report shows.
    const by = /Ditolak oleh (.+?) pada /
      .exec(record.body)?.[1]
      ?.replace(/,\s*@[\w-]+$/, "")
      .trim();
    if (reason) return by ? { by, reason } : { reason };
  }
  const texts = [
    ...reviews
      .filter((r) => r.state !== "APPROVED")
      .map((r) => ({ login: r.user?.login, text: r.body ?? "", at: r.submitted_at ?? "" })),
    ...events
      .filter((e) => e.event === "commented")
      .map((e) => ({ login: e.user?.login ?? e.actor?.login, text: e.body ?? "", at: e.created_at ?? "" })),
  ]
    .filter((t) => memberByLogin(team, t.login)?.role === "pejabat")
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const t of texts.reverse()) {
    const reason = rejectionReason(t.text);
    if (reason) return { by: memberByLogin(team, t.login)!.name, reason };
  }
  if (labels.includes(LABEL_REJECTED)) return { reason: "(alasan tidak tercatat)" };
  return undefined;
}

async function readFileAt(gh: GitHub, owner: string, repo: string, path: string, ref: string): Promise<string> {
  const { data } = await gh.rest.repos.getContent({ owner, repo, path, ref });
  if (Array.isArray(data) || data.type !== "file" || typeof data.content !== "string") return "";
  return Buffer.from(data.content, (data.encoding as BufferEncoding | undefined) ?? "base64").toString("utf8");
}

/** Successful deploy runs on the site branch from just before the month to a week after it. */
async function listDeployRuns(
  gh: GitHub,
  owner: string,
  repo: string,
  branch: string,
  workflow: string,
  month: ReportMonth,
): Promise<DeployRun[]> {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const runs = await gh.paginate(gh.rest.actions.listWorkflowRuns, {
    owner,
    repo,
    workflow_id: workflow,
    branch,
    status: "success",
    created: `${day(new Date(month.start.getTime() - DAY))}..${day(new Date(month.end.getTime() + 7 * DAY))}`,
    per_page: 100,
  });
  return runs
    .filter((r) => r.status === "completed" && r.conclusion === "success")
    .map((r) => ({
      id: r.id,
      headSha: r.head_sha,
      createdAt: new Date(r.created_at),
      completedAt: new Date(r.updated_at),
      url: r.html_url,
    }));
}

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}
