/**
 * Git-only mode: everything the local history can tell without GitHub.
 *
 * - Published: every change to an entry on the site branch's first-parent line (a merge — a
 *   merged pull request, Decap's publish — or a direct commit), judged by the site's own
 *   visibility rule: it is "tayang" in the month the site first showed it (its merge, or its own
 *   date when that is later: scheduled items count in the month they went live). Drafts, exempt
 *   DIP items and items dated after the month are listed apart, never as output.
 * - Times: the merged branch's first commit (submitted), its last commit (editing done, when the
 *   branch has more than one), the approval written into the merge commit by Warta's approval
 *   workflow ("Disetujui oleh … pada …"), and the merge itself.
 * - Waiting: draft branches `cms/…` (local or `origin/…`) not merged by the month's end; the
 *   local Decap server keeps their status in the branch description.
 * - Menu updates (SOP step 3): merges that change the menu file.
 * Hand-over labels, deploy runs and rejection reasons stay on GitHub.
 */
import { spawn } from "node:child_process";
import { simpleGit, type SimpleGit } from "simple-git";
import type { TeamData } from "../content/schema.ts";
import { entryFields, entryOfPath, entryVisibility, type EntryFields, type EntryRef } from "./entries.ts";
import type { HiddenReason, MenuUpdate, MonevItem, MonthHistory } from "./model.ts";
import { inMonth, monthName, type ReportMonth } from "./month.ts";

export interface GitHistoryOptions {
  /** The repository (its work tree is not touched). */
  repoDir: string;
  /** The site branch; `origin/<branch>` and HEAD are tried when it is not a local branch. */
  branch: string;
  month: ReportMonth;
  /** Folder of the content in the repository (default `content`). */
  contentRoot?: string;
  /** The team (SK): approvers named in merge commits are shown with their name from it. */
  team?: TeamData;
  log?: (line: string) => void;
}

/** A repository or branch that cannot be read; the message says which and how to fix it. */
export class GitHistoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "GitHistoryError";
  }
}

/** The menu file, relative to the content folder (SOP step 3). */
export const MENU_FILE = "_data/menu.yml";

const FIELD = "\u001f";
const RECORD = "\u001e";

interface Commit {
  sha: string;
  parents: string[];
  committed: Date;
  authored: Date;
  subject: string;
  body: string;
  /** `A`/`M`/`R…`/`D` and the path (the new one for renames). */
  changes: { status: string; file: string }[];
}

/** One version of an entry on the site branch. */
interface Version {
  commit: Commit;
  file: string;
  ref: EntryRef;
  added: boolean;
  /** The next version or the deletion of the same file, if any. */
  next?: Date;
  previous?: Version;
}

export async function fetchGitHistory(options: GitHistoryOptions): Promise<MonthHistory> {
  const { month } = options;
  const root = (options.contentRoot ?? "content").replace(/\/+$/, "");
  const log = options.log ?? (() => {});
  const git = simpleGit({ baseDir: options.repoDir });
  const ref = await resolveBranch(git, options.branch);
  log(`Membaca riwayat Git lokal (${ref})`);

  // The whole first-parent line: an item scheduled long ago may go live in this month.
  const raw = await git.raw([
    "log",
    "--first-parent",
    "--diff-merges=first-parent",
    "--name-status",
    "--find-renames",
    `--format=${RECORD}%H${FIELD}%P${FIELD}%cI${FIELD}%aI${FIELD}%s${FIELD}%b${FIELD}`,
    ref,
    "--",
    `${root}/`,
  ]);
  const commits = parseLog(raw).reverse();

  const versions: Version[] = [];
  const lastOf = new Map<string, Version>();
  const menuCommits: Commit[] = [];
  for (const commit of commits) {
    for (const change of commit.changes) {
      const previous = lastOf.get(change.file);
      if (change.status.startsWith("D")) {
        if (previous && !previous.next) previous.next = commit.committed;
        lastOf.delete(change.file);
        continue;
      }
      if (change.file === `${root}/${MENU_FILE}`) {
        if (!menuCommits.includes(commit)) menuCommits.push(commit);
        continue;
      }
      const entry = entryOfPath(change.file, root);
      if (!entry) continue;
      if (previous && !previous.next) previous.next = commit.committed;
      const version: Version = { commit, file: change.file, ref: entry, added: change.status.startsWith("A") };
      if (previous) version.previous = previous;
      versions.push(version);
      lastOf.set(change.file, version);
    }
  }

  // Versions that can matter: changed in the month, or the last one before it (it may be scheduled into it).
  const relevant = versions.filter(
    (v) =>
      inMonth(v.commit.committed, month) ||
      (v.commit.committed.getTime() < month.start.getTime() && (!v.next || v.next.getTime() >= month.start.getTime())),
  );
  const wanted = new Set<Version>();
  for (const v of relevant) {
    wanted.add(v);
    if (v.previous) wanted.add(v.previous);
  }
  const texts = await readBlobs(
    options.repoDir,
    [...wanted].map((v) => `${v.commit.sha}:${v.file}`),
  );
  const fieldsOf = new Map<Version, EntryFields>();
  for (const v of wanted) fieldsOf.set(v, entryFields(texts.get(`${v.commit.sha}:${v.file}`) ?? "", month.timeZone));

  const branchInfo = new Map<string, BranchInfo>();
  const infoOf = async (commit: Commit) => {
    let info = branchInfo.get(commit.sha);
    if (!info) branchInfo.set(commit.sha, (info = await mergedBranch(git, commit)));
    return info;
  };

  const items: MonevItem[] = [];
  for (const v of relevant) {
    const fields = fieldsOf.get(v)!;
    const merged = v.commit.committed;
    const liveAt = new Date(Math.max(merged.getTime(), fields.date?.getTime() ?? 0));
    const seen = entryVisibility(v.ref.collection, fields, merged, liveAt);
    // Replaced (or deleted) before it went live: the site never showed this version.
    const superseded = v.next !== undefined && v.next.getTime() <= liveAt.getTime();
    let status: MonevItem["status"];
    let hidden: HiddenReason | undefined;
    if (seen === "draft") hidden = "draf";
    else if (seen === "exempt") hidden = "dikecualikan";
    if (hidden) {
      if (!inMonth(merged, month)) continue;
      status = "tidak-tayang";
    } else if (superseded) {
      continue;
    } else if (inMonth(liveAt, month)) {
      status = "tayang";
    } else if (inMonth(merged, month) && liveAt.getTime() >= month.end.getTime()) {
      status = "tidak-tayang";
      hidden = "terjadwal";
    } else continue;

    const info = await infoOf(v.commit);
    const prev = v.previous;
    const wasShown =
      prev !== undefined &&
      entryVisibility(prev.ref.collection, fieldsOf.get(prev) ?? {}, prev.commit.committed, merged) === "public";
    const item: MonevItem = {
      title: fields.title || v.ref.url,
      collection: v.ref.collection,
      file: v.file,
      url: v.ref.url,
      // A draft made public, or a new file, is new to the public.
      change: v.added || !wasShown ? "baru" : "perubahan",
      status,
      submitted: info.submitted ?? v.commit.authored,
      merged,
      mergeSha: v.commit.sha,
      liveAt,
    };
    if (hidden) item.hidden = hidden;
    if (info.ready) Object.assign(item, { ready: info.ready, readyFrom: "last-commit" as const });
    const approval = approvalOf(v.commit.body, month, options.team);
    if (approval) Object.assign(item, approval);
    if (info.pr !== undefined) item.pr = info.pr;
    if (fields.division) item.division = fields.division;
    if (fields.category === "serta-merta") item.urgent = true;
    if (liveAt.getTime() > merged.getTime() + 60_000) item.scheduled = true;
    items.push(item);
  }
  // Shown items in the order the site showed them; hidden ones by merge.
  const orderOf = (i: MonevItem) => (i.status === "tayang" ? i.liveAt! : i.merged!).getTime();
  items.sort((a, b) => orderOf(a) - orderOf(b));

  const menuUpdates: MenuUpdate[] = [];
  for (const commit of menuCommits.filter((c) => inMonth(c.committed, month))) {
    const info = await infoOf(commit);
    const update: MenuUpdate = { title: commit.subject, merged: commit.committed };
    // A direct commit has no submission apart from its own time: step 3 is not measured for it.
    if (info.submitted) update.submitted = info.submitted;
    if (info.pr !== undefined) update.pr = info.pr;
    menuUpdates.push(update);
  }

  items.push(...(await waitingBranches(git, options.repoDir, ref, month, root)));
  log(`  ${items.filter((i) => i.status === "tayang").length} konten tayang menurut Git`);
  const warnings: string[] = [];
  if ((await git.raw(["rev-parse", "--is-shallow-repository"])).trim() === "true") {
    warnings.push(
      "Repositori lokal adalah salinan dangkal (shallow clone): riwayat lama bisa tidak lengkap. Ambil seluruh riwayat dengan git fetch --unshallow (di GitHub Actions: fetch-depth: 0).",
    );
  }
  return { source: "git", repo: options.repoDir, items, menuUpdates, warnings };
}

function parseLog(raw: string): Commit[] {
  return raw
    .split(RECORD)
    .filter((r) => r.trim())
    .map((r) => {
      const [sha, parents, committed, authored, subject, body, rest = ""] = r.split(FIELD) as string[];
      const changes = rest
        .split("\n")
        .map((line) => line.split("\t"))
        .filter((parts) => parts.length >= 2 && /^[AMRCDT]/.test(parts[0]!))
        .map((parts) => ({ status: parts[0]!, file: parts.at(-1)! }));
      return {
        sha: sha!.trim(),
        parents: parents!.split(" ").filter(Boolean),
        committed: new Date(committed!),
        authored: new Date(authored!),
        subject: subject!,
        body: body!,
        changes,
      };
    });
}

interface BranchInfo {
  /** First commit of the merged branch (Decap saves the draft there); undefined for a direct commit. */
  submitted?: Date;
  /** Last commit of the merged branch, when it has more than one: the editor's last save. */
  ready?: Date;
  pr?: number;
}

/** What the merged branch tells: author dates survive Decap's rebase of the draft branch, committer dates do not. */
async function mergedBranch(git: SimpleGit, commit: Commit): Promise<BranchInfo> {
  const info: BranchInfo = {};
  const pr = /#(\d+)\b/.exec(commit.subject)?.[1];
  if (pr) info.pr = Number(pr);
  if (commit.parents.length < 2) return info;
  const out = await git.raw(["log", "--format=%aI", `${commit.parents[0]}..${commit.parents[1]}`]);
  const times = out
    .split("\n")
    .filter(Boolean)
    .map((d) => new Date(d).getTime())
    .sort((a, b) => a - b);
  if (!times.length) return info;
  info.submitted = new Date(times[0]!);
  if (times.length > 1 && times.at(-1)! > times[0]!) info.ready = new Date(times.at(-1)!);
  return info;
}

const MONTHS = new Map(Array.from({ length: 12 }, (_, i) => [monthName(i + 1).toLowerCase(), i + 1]));
const ZONE_OFFSETS: Record<string, string> = { WIB: "+07:00", WITA: "+08:00", WIT: "+09:00" };

/**
 * The approval Warta's approval workflow writes into the merge commit (src/forge/approval.ts):
 * "Disetujui oleh Nama (Jabatan), @login pada 3 November 2026 pukul 09.00 WIB."
 */
export function approvalOf(
  body: string,
  month: Pick<ReportMonth, "timeZone">,
  team?: TeamData,
): Pick<MonevItem, "approved" | "approver"> | undefined {
  const m =
    /Disetujui oleh (.+?), @([\w-]+) pada (\d{1,2}) (\p{L}+) (\d{4}) pukul (\d{2})[.:](\d{2}) (WIB|WITA|WIT)/u.exec(
      body,
    );
  if (!m) return undefined;
  const monthNumber = MONTHS.get(m[4]!.toLowerCase());
  if (!monthNumber) return undefined;
  const pad = (n: string | number) => String(n).padStart(2, "0");
  const approved = new Date(
    `${m[5]}-${pad(monthNumber)}-${pad(m[3]!)}T${m[6]}:${m[7]}:00${ZONE_OFFSETS[m[8]!] ?? "+07:00"}`,
  );
  if (Number.isNaN(approved.getTime())) return undefined;
  void month;
  const member = team?.members.find((x) => x.github.toLowerCase() === m[2]!.toLowerCase());
  return { approved, approver: member?.name ?? m[1]!.replace(/\s*\([^)]*\)$/, "") };
}

/** Draft branches (Decap: `cms/<collection>/<slug>`) opened by the month's end and not merged by then. */
async function waitingBranches(
  git: SimpleGit,
  repoDir: string,
  ref: string,
  month: ReportMonth,
  root: string,
): Promise<MonevItem[]> {
  const listed = await git.raw([
    "for-each-ref",
    "--format=%(refname)%09%(objectname)",
    "refs/heads/cms/",
    "refs/remotes/origin/cms/",
  ]);
  const seen = new Set<string>();
  const items: MonevItem[] = [];
  for (const line of listed.split("\n").filter(Boolean)) {
    const [refname, sha] = line.split("\t") as [string, string];
    const name = refname.replace(/^refs\/(heads|remotes\/origin)\//, "");
    if (seen.has(name)) continue;
    seen.add(name);
    const own = (await git.raw(["log", "--format=%H%x1f%aI", `${ref}..${sha}`]))
      .split("\n")
      .filter(Boolean)
      .map((l) => l.split(FIELD) as [string, string]);
    if (!own.length) continue;
    const first = new Date(own.at(-1)![1]);
    if (!inMonth(first, month)) continue;
    // The branch as it stood at the month's end.
    const before = own.filter(([, at]) => new Date(at).getTime() < month.end.getTime());
    const tip = before[0]?.[0] ?? sha;
    const files = (await git.raw(["diff", "--name-only", `${ref}...${tip}`, "--", `${root}/`]))
      .split("\n")
      .filter(Boolean);
    const file = files.find((f) => entryOfPath(f, root));
    if (!file) continue;
    const entry = entryOfPath(file, root)!;
    const text = (await readBlobs(repoDir, [`${tip}:${file}`])).get(`${tip}:${file}`) ?? "";
    const fields = entryFields(text, month.timeZone);
    const status = refname.startsWith("refs/heads/")
      ? (await git.raw(["config", "--get", `branch.${name}.description`]).catch(() => "")).trim()
      : "";
    const item: MonevItem = {
      title: fields.title || entry.url,
      collection: entry.collection,
      file,
      url: entry.url,
      change: "baru",
      status: "menunggu",
      submitted: first,
      laterState: status
        ? `status Decap kini: ${DECAP_STATUS[status] ?? status}`
        : "cabang draf belum digabung (ditolak atau ditutup hanya tercatat di GitHub)",
    };
    if (fields.division) item.division = fields.division;
    items.push(item);
  }
  return items;
}

/** Decap's status names (the branch description of the local Git server), as its Indonesian UI shows them. */
const DECAP_STATUS: Record<string, string> = {
  "decap-cms/draft": "Draf",
  "decap-cms/pending_review": "Ditinjau",
  "decap-cms/pending_publish": "Siap terbit",
};

/** Many blobs in one `git cat-file --batch`; missing ones are left out. */
async function readBlobs(repoDir: string, specs: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!specs.length) return out;
  const child = spawn("git", ["cat-file", "--batch"], { cwd: repoDir, stdio: ["pipe", "pipe", "inherit"] });
  const chunks: Buffer[] = [];
  child.stdout.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new GitHistoryError(`git cat-file gagal (kode ${code})`)),
    );
  });
  child.stdin.end(specs.map((s) => s.replace(/\n/g, "")).join("\n") + "\n");
  await done;
  const all = Buffer.concat(chunks);
  let at = 0;
  for (const spec of specs) {
    const eol = all.indexOf(10, at);
    if (eol < 0) break;
    const header = all.toString("utf8", at, eol);
    at = eol + 1;
    const size = /^[0-9a-f]+ \w+ (\d+)$/.exec(header)?.[1];
    if (size === undefined) continue;
    out.set(spec, all.toString("utf8", at, at + Number(size)));
    at += Number(size) + 1;
  }
  return out;
}

async function resolveBranch(git: SimpleGit, branch: string): Promise<string> {
  if (!(await git.checkIsRepo().catch(() => false))) {
    throw new GitHistoryError(
      "Folder ini bukan repositori Git: jalankan perintah dari folder situs (hasil git clone), atau beri --repo-dir.",
    );
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
