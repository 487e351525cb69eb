/**
 * Steps 7–8 of the SOP on a pull request: an official's approval publishes, an official's
 * rejection closes with the reason recorded, `serta-merta` asks every official at once.
 * `decide` is pure over the fetched state; `runApproval` fetches, decides and acts.
 * The ruleset stays the real gate: a merge GitHub refuses is reported, never forced.
 */
import type { TeamData } from "../content/schema.ts";
import { formatDate, formatTime, type TimeZone } from "../content/dates.ts";
import { upsertPullRequestComment } from "./comments.ts";
import { call, explainError, ForgeError, isStatus, op, PERMISSIONS, type GitHub } from "./github.ts";
import {
  APPROVAL_CHECK,
  APPROVAL_MARKER,
  DEPLOY_WORKFLOW,
  LABEL_REJECTED,
  LABEL_URGENT,
  MERGE_METHOD,
  REJECT_COMMAND,
  REJECTION_MARKER,
  REVIEW_CHECK,
} from "./names.ts";
import { memberByLogin, pejabatOf, type Member } from "./team.ts";

// ── state and events ─────────────────────────────────────────────────────────────

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface PullState {
  number: number;
  state: "open" | "closed";
  merged: boolean;
  draft: boolean;
  title: string;
  author: string;
  baseRef: string;
  headRef: string;
  headSha: string;
  /** The head branch lives in this repository (not a fork). */
  sameRepo: boolean;
  labels: string[];
  /** In the order GitHub lists them (oldest first). */
  reviews: { user: string; state: ReviewState; commitId: string | null; body: string; submittedAt: string }[];
  comments: { user: string; body: string; createdAt: string }[];
  checkRuns: { id: number; name: string; status: string; conclusion: string | null }[];
  statuses: { context: string; state: string }[];
  /** Who pushed the head commit (its committer; its author for commits made on github.com), when GitHub knows the account. */
  lastPusher: string | null;
  /** Paths the pull request changes. */
  files: string[];
  /** When the head commit was committed (ISO 8601; "" when unknown). */
  headCommittedAt: string;
}

export type ApprovalEvent =
  | { kind: "review"; reviewer: string; state: ReviewState; body: string; commitId: string | null }
  | { kind: "comment"; author: string; body: string }
  | { kind: "labeled"; label: string; sender: string }
  | { kind: "checks-completed" };

export type Decision =
  | { action: "merge"; approver: Member; approvedAt: string }
  | { action: "reject"; by: Member; reason: string }
  | { action: "ask-reason"; by: Member }
  | { action: "undo-rejection-label"; sender: string }
  | { action: "request-reviewers"; reviewers: string[] }
  /** Approved (or asked) but not publishable yet; `notify` puts the reason on the pull request. */
  | { action: "wait"; why: string; notify: boolean }
  | { action: "none"; why: string };

export interface DecideOptions {
  /** The site branch (site.branch); other bases are not ours. */
  branch: string;
  /** Checks that must have succeeded on the head commit. */
  requiredChecks?: readonly string[];
  /** Check runs of this very workflow, not to be waited for. */
  ownChecks?: readonly string[];
}

// ── the decision ─────────────────────────────────────────────────────────────────

const PASSING = new Set(["success", "neutral", "skipped"]);
/** GITHUB_TOKEN can never change these: GitHub refuses the merge ("without `workflows` permission"). */
const WORKFLOW_DIR = ".github/workflows/";
const sameLogin = (a: string | null | undefined, b: string | null | undefined) =>
  Boolean(a && b && a.toLowerCase() === b.toLowerCase());
const MARKED = /<!--\s*warta:/;

/** The text after `/tolak`, or null when the text is not a rejection command. */
export function rejectionReason(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed.toLowerCase().startsWith(REJECT_COMMAND)) return null;
  const rest = trimmed.slice(REJECT_COMMAND.length);
  if (rest && !/^\s/.test(rest)) return null; // "/tolakan" is not the command
  return rest.trim();
}

/** Whether every check on the head commit passed; what is failing or still running otherwise. */
export function checksVerdict(
  pull: PullState,
  required: readonly string[],
  own: readonly string[],
): { green: boolean; failing: string[]; pending: string[] } {
  const latest = new Map<string, PullState["checkRuns"][number]>();
  for (const run of pull.checkRuns) {
    if (own.includes(run.name)) continue;
    const seen = latest.get(run.name);
    if (!seen || run.id > seen.id) latest.set(run.name, run);
  }
  const failing: string[] = [];
  const pending: string[] = [];
  for (const [name, run] of latest) {
    if (run.status !== "completed") pending.push(name);
    else if (required.includes(name) ? run.conclusion !== "success" : !PASSING.has(run.conclusion ?? ""))
      failing.push(name);
  }
  for (const name of required) if (!latest.has(name)) pending.push(name);
  for (const s of pull.statuses) {
    if (s.state === "failure" || s.state === "error") failing.push(s.context);
    else if (s.state === "pending") pending.push(s.context);
  }
  return { green: failing.length === 0 && pending.length === 0, failing, pending };
}

/** Each reviewer's standing review: the latest that approves, asks for changes or was dismissed. */
function standingReviews(pull: PullState) {
  const standing = new Map<string, PullState["reviews"][number]>();
  for (const review of pull.reviews) {
    if (review.state === "APPROVED" || review.state === "CHANGES_REQUESTED" || review.state === "DISMISSED") {
      standing.set(review.user.toLowerCase(), review);
    }
  }
  return [...standing.values()];
}

/** The newest text a person wrote on the pull request (comment or non-approving review), not ours. */
function latestWords(pull: PullState, login: string): string | null {
  const who = login.toLowerCase();
  const texts = [
    // An approval's text ("Bagus, lanjut") is never a reason to reject.
    ...pull.reviews
      .filter((r) => r.user.toLowerCase() === who && r.state !== "APPROVED")
      .map((r) => ({ at: r.submittedAt, text: r.body })),
    ...pull.comments.filter((c) => c.user.toLowerCase() === who).map((c) => ({ at: c.createdAt, text: c.body })),
  ].filter((t) => t.text.trim() && !MARKED.test(t.text));
  texts.sort((a, b) => a.at.localeCompare(b.at));
  const last = texts.at(-1);
  if (!last) return null;
  return rejectionReason(last.text) ?? last.text.trim();
}

const names = (list: string[]) => list.join(", ");

/**
 * A pejabat's `/tolak` with a reason that no later approval and no later commit answered. Runs of one
 * pull request queue in one concurrency group, and GitHub cancels a pending run when another queues:
 * reading the rejection from the state means a cancelled `/tolak` run is acted on by the next run.
 */
function standingRejection(pull: PullState, team: TeamData): { by: Member; reason: string } | null {
  const commands = [
    ...pull.reviews
      .filter((r) => r.state !== "APPROVED")
      .map((r) => ({ user: r.user, at: r.submittedAt, text: r.body })),
    ...pull.comments.map((c) => ({ user: c.user, at: c.createdAt, text: c.body })),
  ]
    .filter((t) => memberByLogin(team, t.user)?.role === "pejabat" && !MARKED.test(t.text) && rejectionReason(t.text))
    .sort((a, b) => a.at.localeCompare(b.at));
  const last = commands.at(-1);
  if (!last) return null;
  const lastApproval = pull.reviews
    .filter((r) => r.state === "APPROVED" && memberByLogin(team, r.user)?.role === "pejabat")
    .reduce((at, r) => (r.submittedAt > at ? r.submittedAt : at), "");
  // A newer approval overrides it; a newer commit (the text was fixed after reopening) does too.
  if (lastApproval > last.at || (pull.headCommittedAt && pull.headCommittedAt > last.at)) return null;
  return { by: memberByLogin(team, last.user)!, reason: rejectionReason(last.text)! };
}

export function decide(event: ApprovalEvent, pull: PullState, team: TeamData, options: DecideOptions): Decision {
  const required = options.requiredChecks ?? [REVIEW_CHECK];
  const own = options.ownChecks ?? [APPROVAL_CHECK];
  if (pull.state !== "open" || pull.merged) return { action: "none", why: "pull request sudah ditutup" };
  if (pull.baseRef !== options.branch)
    return { action: "none", why: `pull request menuju cabang ${pull.baseRef}, bukan ${options.branch}` };

  // Rejection: a command in a review or comment, or the label.
  const command =
    event.kind === "review"
      ? { who: event.reviewer, text: event.body }
      : event.kind === "comment"
        ? { who: event.author, text: event.body }
        : null;
  const commandReason = command ? rejectionReason(command.text) : null;
  if (command && commandReason !== null) {
    const by = memberByLogin(team, command.who);
    if (by?.role !== "pejabat")
      return { action: "none", why: `@${command.who} bukan pejabat; hanya pejabat yang dapat menolak` };
    return commandReason ? { action: "reject", by, reason: commandReason } : { action: "ask-reason", by };
  }
  if (event.kind === "labeled" && event.label === LABEL_REJECTED) {
    const by = memberByLogin(team, event.sender);
    if (by?.role !== "pejabat") return { action: "undo-rejection-label", sender: event.sender };
    const reason = latestWords(pull, event.sender);
    return reason ? { action: "reject", by, reason } : { action: "ask-reason", by };
  }
  if (event.kind === "labeled" && event.label === LABEL_URGENT) {
    const reviewers = pejabatOf(team)
      .map((m) => m.github)
      .filter((login) => login.toLowerCase() !== pull.author.toLowerCase());
    return reviewers.length
      ? { action: "request-reviewers", reviewers }
      : { action: "none", why: "tidak ada pejabat lain yang dapat diminta meninjau" };
  }
  if (pull.labels.includes(LABEL_REJECTED)) return { action: "none", why: `pull request berlabel ${LABEL_REJECTED}` };
  const rejection = standingRejection(pull, team);
  if (rejection) return { action: "reject", ...rejection };

  // Approval: the state decides, whatever the event, so a late green check also publishes.
  const byOfficial =
    event.kind === "review" && event.state === "APPROVED" && memberByLogin(team, event.reviewer)?.role === "pejabat";
  const standing = standingReviews(pull).filter((r) => memberByLogin(team, r.user)?.role === "pejabat");
  const objections = standing.filter((r) => r.state === "CHANGES_REQUESTED").map((r) => `@${r.user}`);
  const onHead = standing.filter((r) => r.state === "APPROVED" && r.commitId === pull.headSha);
  // The ruleset's require_last_push_approval: GitHub does not count the approval of whoever pushed last.
  const current = onHead.filter((r) => !sameLogin(r.user, pull.lastPusher));
  const stale = standing.filter((r) => r.state === "APPROVED" && r.commitId !== pull.headSha);

  if (objections.length)
    return {
      action: "wait",
      why: `${names(objections)} meminta perubahan; konten belum diterbitkan`,
      notify: byOfficial,
    };
  if (!current.length) {
    if (onHead.length) {
      const others = pejabatOf(team)
        .filter((m) => !sameLogin(m.github, pull.lastPusher))
        .map((m) => `@${m.github}`);
      return {
        action: "wait",
        why: `@${pull.lastPusher} sendiri yang mengunggah perubahan terakhir, sehingga GitHub tidak menghitung persetujuannya (aturan "persetujuan atas unggahan terakhir" pada ruleset); ${
          others.length
            ? `pejabat lain (${names(others)}) perlu menyetujui versi ini`
            : "minta editor atau petugas yang mengunggah perubahan terakhir, lalu setujui ulang"
        }`,
        notify: byOfficial,
      };
    }
    if (stale.length) {
      return {
        action: "wait",
        why: "persetujuan pejabat diberikan untuk versi sebelumnya; setelah ada perubahan, pejabat perlu menyetujui ulang",
        notify: byOfficial,
      };
    }
    return { action: "none", why: "belum ada persetujuan pejabat untuk versi terbaru" };
  }
  if (pull.draft) return { action: "wait", why: "pull request masih berstatus draf", notify: byOfficial };

  const checks = checksVerdict(pull, required, own);
  if (checks.failing.length) {
    return {
      action: "wait",
      why: `pemeriksaan otomatis gagal (${names(checks.failing)}); perbaiki konten, lalu pejabat menyetujui ulang`,
      notify: byOfficial,
    };
  }
  if (checks.pending.length) {
    return {
      action: "wait",
      why: `menunggu pemeriksaan otomatis selesai (${names(checks.pending)}); konten terbit otomatis bila lulus`,
      notify: byOfficial,
    };
  }
  const workflows = pull.files.filter((f) => f.startsWith(WORKFLOW_DIR));
  if (workflows.length) {
    return {
      action: "wait",
      why: `pull request ini mengubah workflow (${names(workflows)}); GitHub tidak mengizinkan token workflow menggabungkannya. Seorang pejabat atau admin perlu menggabungkannya sendiri: buka tab "Files changed" untuk memeriksa, lalu tekan "Merge pull request" di tab "Conversation"; setelah itu workflow "Terbitkan" berjalan sendiri`,
      notify: byOfficial,
    };
  }
  const approval = current.at(-1)!;
  return { action: "merge", approver: memberByLogin(team, approval.user)!, approvedAt: approval.submittedAt };
}

// ── reading the event and the pull request ──────────────────────────────────────

interface EventPayload {
  action?: string;
  pull_request?: { number: number };
  issue?: { number: number; pull_request?: unknown };
  review?: { user?: { login: string } | null; state?: string; body?: string | null; commit_id?: string | null };
  comment?: { user?: { login: string } | null; body?: string };
  label?: { name: string };
  sender?: { login: string };
  workflow_run?: { conclusion?: string | null; pull_requests?: { number: number }[] };
}

/** The pull requests and the event, from what GitHub Actions provides (GITHUB_EVENT_NAME, GITHUB_EVENT_PATH). */
export function readEvent(name: string, payload: EventPayload): { pullNumbers: number[]; event: ApprovalEvent } | null {
  switch (name) {
    case "pull_request_review":
      if (!payload.pull_request || !payload.review) return null;
      return {
        pullNumbers: [payload.pull_request.number],
        event: {
          kind: "review",
          reviewer: payload.review.user?.login ?? "",
          // Webhooks say "approved", the REST API says "APPROVED".
          state: (payload.review.state ?? "").toUpperCase() as ReviewState,
          body: payload.review.body ?? "",
          commitId: payload.review.commit_id ?? null,
        },
      };
    case "issue_comment":
      if (!payload.issue?.pull_request || !payload.comment) return null;
      return {
        pullNumbers: [payload.issue.number],
        event: { kind: "comment", author: payload.comment.user?.login ?? "", body: payload.comment.body ?? "" },
      };
    case "pull_request":
      if (!payload.pull_request || payload.action !== "labeled" || !payload.label) return null;
      return {
        pullNumbers: [payload.pull_request.number],
        event: { kind: "labeled", label: payload.label.name, sender: payload.sender?.login ?? "" },
      };
    case "workflow_run":
      if (payload.workflow_run?.conclusion !== "success") return null;
      return {
        pullNumbers: (payload.workflow_run.pull_requests ?? []).map((p) => p.number),
        event: { kind: "checks-completed" },
      };
    default:
      return null;
  }
}

const READ_PULL = op("membaca pull request", PERMISSIONS.pullRequestsRead);
const READ_CHECKS = op("membaca hasil pemeriksaan", PERMISSIONS.checks);
const MERGE = op("menggabungkan pull request", PERMISSIONS.contentsWrite);
const DELETE_BRANCH = op("menghapus cabang draf", PERMISSIONS.contentsWrite);
const DISPATCH = op("menjalankan workflow deploy", PERMISSIONS.actions);
const CLOSE = op("menutup pull request", PERMISSIONS.pullRequests);
const LABEL = op("mengubah label", PERMISSIONS.pullRequests);
const COMMENT = op("menulis komentar", PERMISSIONS.pullRequests);
const REQUEST = op("meminta ulasan pejabat", PERMISSIONS.pullRequests);

export async function fetchPullState(gh: GitHub, owner: string, repo: string, pullNumber: number): Promise<PullState> {
  const full = `${owner}/${repo}`;
  const pr = (await call(READ_PULL, full, () => gh.rest.pulls.get({ owner, repo, pull_number: pullNumber }))).data;
  const [reviews, comments] = await call(READ_PULL, full, () =>
    Promise.all([
      gh.paginate(gh.rest.pulls.listReviews, { owner, repo, pull_number: pullNumber, per_page: 100 }),
      gh.paginate(gh.rest.issues.listComments, { owner, repo, issue_number: pullNumber, per_page: 100 }),
    ]),
  );
  const [files, head] = await call(READ_PULL, full, () =>
    Promise.all([
      gh.paginate(gh.rest.pulls.listFiles, { owner, repo, pull_number: pullNumber, per_page: 100 }),
      gh.rest.repos.getCommit({ owner, repo, ref: pr.head.sha }),
    ]),
  );
  // Commits made on github.com are committed by "web-flow"; the account that made them is the author.
  const committer = head.data.committer?.login;
  const lastPusher = (committer && committer !== "web-flow" ? committer : head.data.author?.login) ?? null;
  const [checkRuns, status] = await call(READ_CHECKS, full, () =>
    Promise.all([
      gh.paginate(gh.rest.checks.listForRef, { owner, repo, ref: pr.head.sha, per_page: 100 }),
      gh.rest.repos.getCombinedStatusForRef({ owner, repo, ref: pr.head.sha, per_page: 100 }),
    ]),
  );
  return {
    number: pr.number,
    state: pr.state === "closed" ? "closed" : "open",
    merged: Boolean(pr.merged),
    draft: Boolean(pr.draft),
    title: pr.title,
    author: pr.user?.login ?? "",
    baseRef: pr.base.ref,
    headRef: pr.head.ref,
    headSha: pr.head.sha,
    sameRepo: pr.head.repo?.full_name === full,
    labels: pr.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))),
    reviews: reviews.map((r) => ({
      user: r.user?.login ?? "",
      state: r.state as ReviewState,
      commitId: r.commit_id ?? null,
      body: r.body ?? "",
      submittedAt: r.submitted_at ?? "",
    })),
    comments: comments.map((c) => ({ user: c.user?.login ?? "", body: c.body ?? "", createdAt: c.created_at })),
    checkRuns: checkRuns.map((c) => ({
      id: Number(c.id),
      name: c.name,
      status: c.status,
      conclusion: c.conclusion ?? null,
    })),
    statuses: status.data.statuses.map((s) => ({ context: s.context, state: s.state })),
    lastPusher,
    headCommittedAt: head.data.commit.committer?.date ?? head.data.commit.author?.date ?? "",
    // A renamed file leaves its old path too: moving a workflow out of .github/workflows/ changes it.
    files: files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
  };
}

// ── acting on the decision ──────────────────────────────────────────────────────

export interface ApprovalContext {
  owner: string;
  repo: string;
  team: TeamData;
  branch: string;
  timeZone?: TimeZone;
  requiredChecks?: readonly string[];
  ownChecks?: readonly string[];
}

export interface ApprovalOutcome {
  pullNumber: number;
  decision: Decision;
  merged: boolean;
  deployStarted: boolean;
}

const who = (m: Member) => `${m.name}${m.position ? ` (${m.position})` : ""}, @${m.github}`;
const when = (iso: string, tz: TimeZone) => {
  const at = iso ? new Date(iso) : new Date();
  return `${formatDate(at, tz)} pukul ${formatTime(at, tz)}`;
};

/** The approval status comment (one per pull request, updated in place). */
async function status(gh: GitHub, ctx: ApprovalContext, pullNumber: number, body: string) {
  await call(COMMENT, `${ctx.owner}/${ctx.repo}`, () =>
    upsertPullRequestComment(gh, { owner: ctx.owner, repo: ctx.repo, pullNumber, marker: APPROVAL_MARKER, body }),
  );
}

/** Ask every official at once (the `serta-merta` label or an urgent entry found by the screening). */
export async function requestUrgentReview(
  gh: GitHub,
  ctx: Pick<ApprovalContext, "owner" | "repo" | "team">,
  pull: { number: number; author: string },
  addLabel = false,
) {
  const { owner, repo } = ctx;
  const full = `${owner}/${repo}`;
  const reviewers = pejabatOf(ctx.team)
    .map((m) => m.github)
    .filter((login) => login.toLowerCase() !== pull.author.toLowerCase());
  // Labels added with a workflow's token start no workflow, so this does not wait for the labeled event.
  if (addLabel)
    await call(LABEL, full, () =>
      gh.rest.issues.addLabels({ owner, repo, issue_number: pull.number, labels: [LABEL_URGENT] }),
    );
  if (reviewers.length)
    await call(REQUEST, full, () =>
      gh.rest.pulls.requestReviewers({ owner, repo, pull_number: pull.number, reviewers }),
    );
  return reviewers;
}

/**
 * Delete the merged draft branch. Already gone is fine: with "Automatically delete head branches"
 * on, GitHub removed it at the merge and answers 422 "Reference does not exist" (404 on some paths).
 */
async function deleteDraftBranch(gh: GitHub, full: string, owner: string, repo: string, branch: string) {
  try {
    await gh.rest.git.deleteRef({ owner, repo, ref: `heads/${branch}` });
  } catch (error) {
    if (isStatus(error, 422, 404)) return;
    throw explainError(error, DELETE_BRANCH, full);
  }
}

/** Fetch, decide, act — for one pull request. */
export async function runApproval(
  gh: GitHub,
  ctx: ApprovalContext,
  pullNumber: number,
  event: ApprovalEvent,
): Promise<ApprovalOutcome> {
  const { owner, repo } = ctx;
  const full = `${owner}/${repo}`;
  const tz = ctx.timeZone ?? "Asia/Jakarta";
  const pull = await fetchPullState(gh, owner, repo, pullNumber);
  const decision = decide(event, pull, ctx.team, {
    branch: ctx.branch,
    requiredChecks: ctx.requiredChecks,
    ownChecks: ctx.ownChecks,
  });
  const outcome: ApprovalOutcome = { pullNumber, decision, merged: false, deployStarted: false };

  switch (decision.action) {
    case "merge": {
      const approval = `Disetujui oleh ${who(decision.approver)} pada ${when(decision.approvedAt, tz)}.`;
      // `sha` makes GitHub refuse when a commit arrived after the decision (409), instead of merging it unreviewed.
      try {
        await call(MERGE, full, () =>
          gh.rest.pulls.merge({
            owner,
            repo,
            pull_number: pullNumber,
            sha: pull.headSha,
            merge_method: MERGE_METHOD,
            commit_title: `Terbitkan: ${pull.title} (#${pullNumber})`,
            commit_message: `${approval}\nDigabung otomatis oleh alur persetujuan Warta.`,
          }),
        );
      } catch (error) {
        // The official approved and waits for the item to go live: say on the pull request why it did not.
        if (error instanceof ForgeError) {
          await status(gh, ctx, pullNumber, `### ⚠️ Disetujui, tetapi GitHub menolak penggabungan\n\n${error.message}`);
        }
        throw error;
      }
      outcome.merged = true;
      // First the deploy (a merge made with the workflow's token starts no push workflow; a dispatch
      // does), so nothing after it can keep the content from going live within the SOP's 15 minutes.
      await call(DISPATCH, full, () =>
        gh.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: DEPLOY_WORKFLOW, ref: ctx.branch }),
      );
      outcome.deployStarted = true;
      await status(
        gh,
        ctx,
        pullNumber,
        `### ✅ Disetujui dan diterbitkan\n\n${approval}\n\nKonten digabung ke \`${ctx.branch}\`; situs sedang dibangun ulang dan akan tayang dalam beberapa menit.`,
      );
      // Like Decap's own Publish: the draft branch goes, so the entry can be edited again later.
      if (pull.sameRepo && pull.headRef.startsWith("cms/"))
        await deleteDraftBranch(gh, full, owner, repo, pull.headRef);
      break;
    }
    case "reject": {
      if (!pull.labels.includes(LABEL_REJECTED)) {
        await call(LABEL, full, () =>
          gh.rest.issues.addLabels({ owner, repo, issue_number: pullNumber, labels: [LABEL_REJECTED] }),
        );
      }
      // A new comment, not the status one: every rejection stays on record for the monthly report.
      await call(COMMENT, full, () =>
        gh.rest.issues.createComment({
          owner,
          repo,
          issue_number: pullNumber,
          body: [
            REJECTION_MARKER,
            "### ⛔ Ditolak — tidak diterbitkan",
            "",
            `Ditolak oleh ${who(decision.by)} pada ${when(new Date().toISOString(), tz)}.`,
            "",
            `**Alasan:** ${decision.reason}`,
            "",
            `Pull request ditutup; konten ini tidak masuk ke \`${ctx.branch}\`. Cabang \`${pull.headRef}\` disimpan sebagai arsip. Bila pejabat berubah pikiran, pull request dapat dibuka kembali (Reopen) dan diperbaiki.`,
          ].join("\n"),
        }),
      );
      await call(CLOSE, full, () => gh.rest.pulls.update({ owner, repo, pull_number: pullNumber, state: "closed" }));
      break;
    }
    case "ask-reason":
      await status(
        gh,
        ctx,
        pullNumber,
        `### Alasan penolakan belum ditulis\n\n@${decision.by.github} menandai pull request ini \`${LABEL_REJECTED}\`, tetapi alasannya belum ada. Tulis ulasan atau komentar yang diawali \`${REJECT_COMMAND}\`, mis.:\n\n\`${REJECT_COMMAND} Foto memuat data pribadi warga.\`\n\nPull request akan ditutup dengan alasan itu. Selama berlabel \`${LABEL_REJECTED}\`, konten tidak diterbitkan.`,
      );
      break;
    case "undo-rejection-label":
      await call(LABEL, full, () =>
        gh.rest.issues.removeLabel({ owner, repo, issue_number: pullNumber, name: LABEL_REJECTED }),
      );
      await status(
        gh,
        ctx,
        pullNumber,
        `### Label \`${LABEL_REJECTED}\` dilepas\n\n@${decision.sender} bukan pejabat berwenang menurut SK (content/_data/team.yml). Hanya pejabat yang dapat menolak konten; label dilepas kembali. Sampaikan keberatan kepada pejabat, atau minta perubahan lewat komentar.`,
      );
      break;
    case "request-reviewers":
      await requestUrgentReview(gh, ctx, { number: pullNumber, author: pull.author });
      break;
    case "wait":
      if (decision.notify)
        await status(
          gh,
          ctx,
          pullNumber,
          `### ⏳ Persetujuan diterima, belum diterbitkan\n\n${decision.why[0]!.toUpperCase()}${decision.why.slice(1)}.`,
        );
      break;
    case "none":
      break;
  }
  return outcome;
}

/** A line for the workflow log, read by the office admin when a pull request did not go as expected. */
export function describeOutcome(o: ApprovalOutcome): string {
  const d = o.decision;
  switch (d.action) {
    case "merge":
      return `#${o.pullNumber}: digabung (disetujui @${d.approver.github}); deploy ${o.deployStarted ? "dijalankan" : "belum dijalankan"}`;
    case "reject":
      return `#${o.pullNumber}: ditolak @${d.by.github} dan ditutup: ${d.reason}`;
    case "ask-reason":
      return `#${o.pullNumber}: label ${LABEL_REJECTED} dari @${d.by.github} tanpa alasan; alasan diminta lewat komentar`;
    case "undo-rejection-label":
      return `#${o.pullNumber}: label ${LABEL_REJECTED} dari @${d.sender} (bukan pejabat) dilepas`;
    case "request-reviewers":
      return `#${o.pullNumber}: ${LABEL_URGENT}: tinjauan diminta dari ${d.reviewers.map((r) => `@${r}`).join(", ")}`;
    case "wait":
      return `#${o.pullNumber}: menunggu — ${d.why}`;
    case "none":
      return `#${o.pullNumber}: tidak ada tindakan — ${d.why}`;
  }
}
