/**
 * Git-only mode: what the local history knows without GitHub. Every commit on the site branch's
 * first-parent line in the month that adds or changes an entry is a published item — a merge
 * (Decap's publish, a merged pull request) or a direct commit — with its merge time, the first
 * commit of the merged branch as the submission, and the division from the entry at that commit.
 * Editing, filtering and deploy times, rejections and waiting items need GitHub.
 */
import { simpleGit, type SimpleGit } from "simple-git";
import { entryFields, entryOfPath } from "./entries.ts";
import type { MonevItem, MonthHistory } from "./model.ts";
import { inMonth, type ReportMonth } from "./month.ts";

export interface GitHistoryOptions {
  /** The repository (its work tree is not touched). */
  repoDir: string;
  /** The site branch; `origin/<branch>` and HEAD are tried when it is not a local branch. */
  branch: string;
  month: ReportMonth;
  /** Folder of the content in the repository (default `content`). */
  contentRoot?: string;
  log?: (line: string) => void;
}

/** A repository or branch that cannot be read; the message says which and how to fix it. */
export class GitHistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GitHistoryError";
  }
}

const FIELD = "\u001f";
const RECORD = "\u001e";

export async function fetchGitHistory(options: GitHistoryOptions): Promise<MonthHistory> {
  const { month } = options;
  const root = options.contentRoot ?? "content";
  const log = options.log ?? (() => {});
  const git = simpleGit({ baseDir: options.repoDir });
  const ref = await resolveBranch(git, options.branch);
  log(`Membaca riwayat Git lokal (${ref})`);

  // A day of slack: --since walks by committer date, which a rebase can leave out of order.
  const since = new Date(month.start.getTime() - 86_400_000).toISOString();
  const raw = await git.raw(["log", "--first-parent", `--since=${since}`, `--format=%H${FIELD}%P${FIELD}%cI${FIELD}%aI${FIELD}%s${RECORD}`, ref, "--"]);
  const commits = raw
    .split(RECORD)
    .map((r) => r.trim())
    .filter(Boolean)
    .map((r) => {
      const [sha, parents, committed, authored, subject] = r.split(FIELD) as [string, string, string, string, string];
      return { sha, parents: parents.split(" ").filter(Boolean), committed: new Date(committed), authored: new Date(authored), subject };
    })
    .filter((c) => inMonth(c.committed, month))
    .reverse();

  const items: MonevItem[] = [];
  for (const commit of commits) {
    const base = commit.parents[0] ?? (await emptyTree(git));
    const changes = await git.raw(["diff", "--name-status", "--find-renames", base, commit.sha, "--", `${root}/`]);
    const entries = changes
      .split("\n")
      .map((line) => line.split("\t"))
      .filter((parts) => parts.length >= 2 && !parts[0]!.startsWith("D"))
      .map((parts) => ({ status: parts[0]!, file: parts.at(-1)! }))
      .map((c) => ({ ...c, ref: entryOfPath(c.file, root) }))
      .filter((c) => c.ref !== undefined);
    if (!entries.length) continue;

    // The merged branch's first commit stands for the submission (Decap saves the draft there).
    let submitted = commit.authored;
    if (commit.parents.length > 1) {
      const branchDates = await git.raw(["log", "--format=%aI", `${commit.parents[0]}..${commit.parents[1]}`]);
      const dates = branchDates.split("\n").filter(Boolean).map((d) => new Date(d));
      if (dates.length) submitted = new Date(Math.min(...dates.map((d) => d.getTime())));
    }
    const pr = /#(\d+)\b/.exec(commit.subject)?.[1];
    for (const entry of entries) {
      const text = await git.raw(["show", `${commit.sha}:${entry.file}`]);
      const fields = entryFields(text, month.timeZone);
      const item: MonevItem = {
        title: fields.title || entry.ref!.url,
        collection: entry.ref!.collection,
        file: entry.file,
        url: entry.ref!.url,
        change: entry.status.startsWith("A") ? "baru" : "perubahan",
        status: "tayang",
        submitted,
        merged: commit.committed,
        mergeSha: commit.sha,
      };
      if (pr) item.pr = Number(pr);
      if (fields.division) item.division = fields.division;
      if (fields.date && fields.date.getTime() > commit.committed.getTime() + 60_000) item.scheduled = true;
      items.push(item);
    }
  }
  log(`  ${items.length} konten tayang menurut Git`);
  const warnings: string[] = [];
  if ((await git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true") {
    warnings.push("Repositori lokal adalah salinan dangkal (shallow clone): riwayat lama bisa tidak lengkap. Ambil seluruh riwayat dengan git fetch --unshallow (di GitHub Actions: fetch-depth: 0).");
  }
  return { source: "git", repo: options.repoDir, items, warnings };
}

async function resolveBranch(git: SimpleGit, branch: string): Promise<string> {
  if (!(await git.checkIsRepo().catch(() => false))) {
    throw new GitHistoryError("Folder ini bukan repositori Git: jalankan perintah dari folder situs (hasil git clone), atau beri --repo-dir.");
  }
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    const ok = await git.raw(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).then(
      (out) => out.trim() !== "",
      () => false,
    );
    if (ok) return ref;
  }
  throw new GitHistoryError(
    `Cabang "${branch}" (site.branch di content/_data/site.yml) tidak ada di repositori lokal: ambil riwayatnya dengan git fetch origin ${branch} (di GitHub Actions: actions/checkout dengan fetch-depth: 0).`,
  );
}

async function emptyTree(git: SimpleGit): Promise<string> {
  return (await git.raw(["hash-object", "-t", "tree", "/dev/null"])).trim();
}
