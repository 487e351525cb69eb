/**
 * The pull-request check: changes → validation → screening → build → report → comment.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { simpleGit } from "simple-git";
import { loadContent } from "../content/load.ts";
import { isPublic, type Content, type Entry, type Problem } from "../content/model.ts";
import { collections } from "../content/schema.ts";
import type { TimeZone } from "../content/dates.ts";
import { LABEL_URGENT } from "../forge/names.ts";
import { buildSite } from "../site/build.ts";
import { composePost } from "../social/compose.ts";
import { isPostable } from "../social/items.ts";
import { CHANNEL_LABELS, CHANNELS } from "../social/types.ts";
import { changedEntries, firstCommitTime, titleAt, type ChangedFile } from "./changes.ts";
import type { ScreeningFinding } from "./findings.ts";
import { brokenLinks, builtSiteCheck, contentCheck, type SitePathCheck } from "./links.ts";
import {
  renderReport,
  verdictOf,
  type BuildOutcome,
  type ReviewReport,
  type SocialPreview,
  type Verdict,
} from "./report.ts";
import { screenFile } from "./files.ts";
import { contextFromSite, type ScreeningContext } from "./screen.ts";
import { sopClock } from "./sop.ts";

/** What the pull_request event tells us (GITHUB_EVENT_PATH). */
export interface PullRequestInfo {
  number: number;
  owner: string;
  repo: string;
  baseSha: string;
  headSha: string;
  createdAt?: Date;
  labels: string[];
  /** Who opened it (never asked to review their own item). */
  author?: string;
}

/** Reads a `pull_request` / `pull_request_target` event payload; undefined for other events. */
export async function readPullRequestEvent(eventPath: string): Promise<PullRequestInfo | undefined> {
  const event = JSON.parse(await readFile(eventPath, "utf8")) as {
    pull_request?: {
      number: number;
      created_at?: string;
      labels?: { name: string }[];
      user?: { login: string };
      base: { sha: string; repo?: { name: string; owner: { login: string } } };
      head: { sha: string };
    };
    repository?: { name: string; owner: { login: string } };
  };
  const pr = event.pull_request;
  if (!pr) return undefined;
  const repository = event.repository ?? pr.base.repo;
  return {
    number: pr.number,
    owner: repository?.owner.login ?? "",
    repo: repository?.name ?? "",
    baseSha: pr.base.sha,
    headSha: pr.head.sha,
    createdAt: pr.created_at ? new Date(pr.created_at) : undefined,
    labels: (pr.labels ?? []).map((l) => l.name),
    ...(pr.user ? { author: pr.user.login } : {}),
  };
}

export interface ReviewOptions {
  repoDir: string;
  base: string;
  head: string;
  /** Build the site (default true). */
  build?: boolean;
  /** Where the build goes (default `<repoDir>/_site`). */
  outputDir?: string;
  now?: Date;
  pullRequest?: PullRequestInfo;
  /** Link to the uploaded build artifact, shown in the report. */
  artifactUrl?: string;
  log?: (line: string) => void;
}

export interface ReviewResult {
  markdown: string;
  verdict: Verdict;
  /** 1 when validation failed, the build failed or a high-severity finding exists. */
  exitCode: 0 | 1;
  report: ReviewReport;
}

/**
 * The directory whose files are the head side. The working tree serves when its HEAD contains
 * head (head itself, or the merge commit Actions checks out); otherwise a temporary worktree.
 */
async function headTree(repoDir: string, head: string): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const git = simpleGit(repoDir);
  const headSha = (await git.revparse([head])).trim();
  const current = (await git.revparse(["HEAD"])).trim();
  if (current === headSha) return { dir: repoDir, dispose: async () => {} };
  // head is an ancestor of HEAD when it is their merge base (simple-git does not surface `--is-ancestor`'s exit code).
  const mergeBase = await git.raw(["merge-base", headSha, current]).then(
    (out) => out.trim(),
    () => "",
  );
  const contains = mergeBase === headSha;
  if (contains) return { dir: repoDir, dispose: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), "warta-review-"));
  await git.raw(["worktree", "add", "--detach", dir, headSha]);
  return {
    dir,
    dispose: async () => {
      await git.raw(["worktree", "remove", "--force", dir]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function buildOutcome(options: {
  build: boolean;
  contentDir: string;
  outputDir: string;
  cacheDir: string;
  now: Date;
  artifactUrl?: string;
  problems: Problem[];
}): Promise<BuildOutcome> {
  if (!options.build) return { status: "skipped" };
  if (options.problems.length > 0)
    return { status: "failed", message: "konten belum valid (lihat Hasil validasi); situs tidak dibangun." };
  try {
    const result = await buildSite({
      contentDir: options.contentDir,
      outputDir: options.outputDir,
      cacheDir: options.cacheDir,
      now: options.now,
      quiet: true,
    });
    const outcome: BuildOutcome = { status: "ok", pages: result.pages };
    if (options.artifactUrl) outcome.artifactUrl = options.artifactUrl;
    return outcome;
  } catch (error) {
    return { status: "failed", message: (error as Error).message.split("\n")[0] ?? String(error) };
  }
}

/** Channels the agency has an account on (site.yml `social`) that the composer can write for. */
function socialPreview(content: Content | undefined, changes: ChangedFile[], now: Date): SocialPreview {
  if (!content) return { available: false, reason: "konten tidak dapat dimuat." };
  const accounts = content.site.social as Record<string, string | undefined>;
  const channels = CHANNELS.filter((c) => Boolean(accounts[c]));
  const byFile = new Map((Object.values(content.entries).flat() as Entry[]).map((e) => [e.file, e]));
  const posts: { entryTitle: string; url: string; channel: string; text: string }[] = [];
  for (const change of changes) {
    if (change.role !== "entry" || change.status === "deleted") continue;
    const entry = byFile.get(change.path);
    if (!entry || !isPostable(entry) || entry.data.draft) continue;
    // A new page (or one at a new URL) is posted once; an edit is posted only when a re-post is asked for.
    const repost = Boolean((entry.data as { social?: { repost?: boolean } }).social?.repost);
    const isNew = change.status === "added" || (change.status === "renamed" && change.previousUrl !== undefined);
    if (!isNew && !repost) continue;
    const scheduled = !isPublic(entry, now);
    for (const channel of channels) {
      try {
        const post = composePost(entry, content.site, channel);
        posts.push({
          entryTitle: scheduled ? `${entry.data.title} (terjadwal)` : entry.data.title,
          url: entry.url,
          channel: CHANNEL_LABELS[channel],
          text: post.text,
        });
      } catch (error) {
        posts.push({
          entryTitle: entry.data.title,
          url: entry.url,
          channel: CHANNEL_LABELS[channel],
          text: `(tidak dapat disusun: ${(error as Error).message})`,
        });
      }
    }
  }
  return { available: true, posts, channels };
}

/** A DIP entry marked `dikecualikan` is never shown, but its files in /media would still be downloadable. */
function exemptAttachments(
  content: Content,
  changed: Set<string>,
  check: SitePathCheck | undefined,
): ScreeningFinding[] {
  const findings: ScreeningFinding[] = [];
  for (const entry of content.entries["informasi-publik"]) {
    if (!changed.has(entry.file) || entry.data.category !== "dikecualikan") continue;
    for (const file of entry.data.files) {
      const published = check?.(file.file);
      findings.push({
        file: entry.file,
        line: 1,
        kind: "exempt-attachment",
        severity: published === false ? "medium" : "high",
        excerpt: file.file,
        why:
          published === true
            ? "Informasi ini berkategori dikecualikan (UU 14/2008 Pasal 17), tetapi berkas lampirannya ikut terbit di folder media situs dan dapat diunduh siapa saja."
            : "Informasi ini berkategori dikecualikan (UU 14/2008 Pasal 17); berkas di folder media berisiko dapat diunduh publik walaupun halamannya tidak tampil.",
        fix: "Jangan unggah dokumen yang dikecualikan ke repositori situs: hapus lampirannya dan simpan dokumen di arsip internal PPID.",
      });
    }
  }
  return findings;
}

/** True when a changed DIP entry is urgent information (serta merta). */
function urgentEntry(content: Content | undefined, changed: Set<string>): Entry | undefined {
  return content?.entries["informasi-publik"].find((e) => changed.has(e.file) && e.data.category === "serta-merta");
}

export async function runReview(options: ReviewOptions): Promise<ReviewResult> {
  const log = options.log ?? (() => {});
  const now = options.now ?? new Date();
  const repoDir = resolve(options.repoDir);
  log("Membaca perubahan");
  const changes = await changedEntries(repoDir, options.base, options.head);
  const tree = await headTree(repoDir, options.head);
  try {
    const contentDir = join(tree.dir, "content");
    log("Memvalidasi konten");
    let content: Content | undefined;
    let problems: Problem[];
    try {
      ({ content, problems } = await loadContent(contentDir));
    } catch (error) {
      problems = [
        {
          file: "content",
          line: 0,
          field: "",
          message: `konten tidak dapat dimuat: ${(error as Error).message}`,
          fix: "pastikan folder content/ dan content/_data/site.yml ada",
        },
      ];
    }
    const screening: ScreeningContext = contextFromSite(content?.site);
    const changedPaths = new Set(changes.filter((c) => c.status !== "deleted").map((c) => c.path));

    log("Menyaring berkas yang berubah");
    const findings: ScreeningFinding[] = [];
    for (const change of changes) {
      if (change.status === "deleted" || !change.path.startsWith("content/")) continue;
      findings.push(...(await screenFile(join(tree.dir, change.path), { file: change.path, context: screening })));
    }

    const outputDir = resolve(options.outputDir ?? join(repoDir, "_site"));
    log(options.build === false ? "Build dilewati" : "Membangun situs");
    const build = await buildOutcome({
      build: options.build !== false,
      contentDir,
      outputDir,
      // The repository's image cache (also restored by CI), not the current directory's.
      cacheDir: join(repoDir, ".cache"),
      now,
      artifactUrl: options.artifactUrl,
      problems,
    });

    // Links: the built site is the truth; without it, what content alone can decide. /media/ is the validator's.
    let check: SitePathCheck | undefined;
    if (build.status === "ok") check = builtSiteCheck(outputDir);
    else if (content) {
      check = contentCheck({
        contentDir,
        entryUrls: (Object.values(content.entries).flat() as Entry[]).map((e) => e.url),
        collectionPrefixes: Object.values(collections).map((c) => `/${c.folder}/`),
      });
    }
    if (content && check) {
      const linkCheck: SitePathCheck = (p) => (p.startsWith("/media/") ? undefined : check!(p));
      for (const entry of Object.values(content.entries).flat() as Entry[]) {
        if (!changedPaths.has(entry.file)) continue;
        findings.push(...brokenLinks(entry.body, { file: entry.file, startLine: entry.bodyLine, check: linkCheck }));
      }
      findings.push(...exemptAttachments(content, changedPaths, build.status === "ok" ? check : undefined));
    }

    const titles = new Map<string, string>();
    const loaded = new Map(
      (content ? (Object.values(content.entries).flat() as Entry[]) : []).map((e) => [e.file, e.data.title]),
    );
    for (const change of changes.filter((c) => c.role === "entry")) {
      const title =
        change.status === "deleted"
          ? await titleAt(repoDir, options.base, change.path)
          : (loaded.get(change.path) ?? (await titleAt(repoDir, options.head, change.path)));
      if (title) titles.set(change.path, title);
    }

    log("Menyusun pratinjau media sosial");
    const social = socialPreview(content, changes, now);

    const pr = options.pullRequest;
    let urgentReason: string | undefined;
    const urgent = urgentEntry(content, changedPaths);
    if (pr?.labels.includes(LABEL_URGENT)) urgentReason = `label \`${LABEL_URGENT}\``;
    else if (urgent) urgentReason = `kategori serta-merta pada ${urgent.file}`;
    let submitted = pr?.createdAt;
    let submittedFrom = submitted ? "saat pull request dibuat" : undefined;
    if (!submitted) {
      submitted = await firstCommitTime(repoDir, options.base, options.head).catch(() => undefined);
      if (submitted) submittedFrom = "commit pertama";
    }

    const headSha = (await simpleGit(repoDir).revparse([options.head])).trim();
    const report: ReviewReport = {
      changes,
      titles,
      problems,
      findings,
      social,
      build,
      timeZone: (content?.site.timeZone ?? "Asia/Jakarta") as TimeZone,
      headSha,
      now,
      screening,
    };
    if (submitted) report.clock = sopClock(submitted, now, urgentReason !== undefined);
    if (urgentReason) report.urgentReason = urgentReason;
    if (submittedFrom) report.submittedFrom = submittedFrom;
    const verdict = verdictOf(report);
    return { markdown: renderReport(report), verdict, exitCode: verdict === "blocked" ? 1 : 0, report };
  } finally {
    await tree.dispose();
  }
}

/** Posts (or updates) the report comment on the pull request through the forge client. */
export async function postReport(
  markdown: string,
  target: { token: string; owner: string; repo: string; pullNumber: number; baseUrl?: string },
): Promise<{ id: number; created: boolean }> {
  const { createGitHub } = await import("../forge/github.ts");
  const { upsertPullRequestComment } = await import("../forge/comments.ts");
  const { REVIEW_MARKER } = await import("../forge/names.ts");
  const options: { token: string; baseUrl?: string } = { token: target.token };
  if (target.baseUrl) options.baseUrl = target.baseUrl;
  const gh = createGitHub(options);
  return upsertPullRequestComment(gh, {
    owner: target.owner,
    repo: target.repo,
    pullNumber: target.pullNumber,
    marker: REVIEW_MARKER,
    body: markdown,
  });
}

/**
 * Urgent by its content (a serta-merta DIP entry) but not yet labelled: label the pull request and
 * ask every official at once. A label added by a person does the same through the approval
 * workflow; a label added here starts no workflow, so this does it itself.
 */
export async function flagUrgent(target: {
  token: string;
  owner: string;
  repo: string;
  pullNumber: number;
  author: string;
  contentDir: string;
  baseUrl?: string;
}): Promise<string[]> {
  const { createGitHub } = await import("../forge/github.ts");
  const { requestUrgentReview } = await import("../forge/approval.ts");
  const { loadGovernance } = await import("../forge/team.ts");
  const { team } = await loadGovernance(target.contentDir);
  const gh = createGitHub(target.baseUrl ? { token: target.token, baseUrl: target.baseUrl } : { token: target.token });
  return requestUrgentReview(
    gh,
    { owner: target.owner, repo: target.repo, team },
    { number: target.pullNumber, author: target.author },
    true,
  );
}
