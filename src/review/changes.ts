/**
 * What a pull request changes, in the site's terms: which entries (with their future URLs),
 * data files and media files are added, modified, deleted or renamed between base and head.
 */
import matter from "gray-matter";
import { simpleGit } from "simple-git";
import { collections, type CollectionName } from "../content/schema.ts";
import { slugFromPath, urlFor } from "../content/urls.ts";

export type ChangeStatus = "added" | "modified" | "deleted" | "renamed";
export type FileRole = "entry" | "data" | "media" | "other";

export interface ChangedFile {
  status: ChangeStatus;
  /** Path from the repository root at head (for a deletion: the path that disappears). */
  path: string;
  /** For a rename: the path at base. */
  previousPath?: string;
  role: FileRole;
  /** For entries. */
  collection?: CollectionName;
  slug?: string;
  /** The page's site path after the merge (for a deletion: the path that disappears). */
  url?: string;
  /** For a renamed entry whose URL changes: the old URL, which will stop working. */
  previousUrl?: string;
  /** For data files: `site`, `menu`… */
  dataName?: string;
  /** For media: the `/media/...` path content refers to. */
  sitePath?: string;
}

const FOLDERS = new Map<string, CollectionName>(
  (Object.keys(collections) as CollectionName[]).map((name) => [collections[name].folder, name]),
);

/** Where a repository path sits in the site. */
export function classifyPath(
  path: string,
): Pick<ChangedFile, "role" | "collection" | "slug" | "url" | "dataName" | "sitePath"> {
  const parts = path.split("/");
  if (parts[0] !== "content" || parts.length < 3) return { role: "other" };
  if (parts[1] === "_data" && parts.length === 3 && /\.ya?ml$/i.test(parts[2]!)) {
    return { role: "data", dataName: parts[2]!.replace(/\.ya?ml$/i, "") };
  }
  if (parts[1] === "media") return { role: "media", sitePath: `/${parts.slice(1).join("/")}` };
  const collection = FOLDERS.get(parts[1]!);
  if (collection && /\.md$/i.test(path)) {
    const slug = slugFromPath(collection, parts.slice(2).join("/"));
    return { role: "entry", collection, slug, url: urlFor(collection, slug) };
  }
  return { role: "other" };
}

/** Parses `git diff --name-status -z` output. */
export function parseNameStatus(output: string): ChangedFile[] {
  const fields = output.split("\0");
  const files: ChangedFile[] = [];
  for (let i = 0; i < fields.length;) {
    const code = fields[i++];
    if (!code) continue;
    const letter = code[0];
    if (letter === "R" || letter === "C") {
      const from = fields[i++]!;
      const to = fields[i++]!;
      const place = classifyPath(to);
      if (letter === "C") {
        files.push({ status: "added", path: to, ...place });
        continue;
      }
      const before = classifyPath(from);
      const file: ChangedFile = { status: "renamed", path: to, previousPath: from, ...place };
      if (before.url && before.url !== place.url) file.previousUrl = before.url;
      files.push(file);
      continue;
    }
    const path = fields[i++]!;
    const status: ChangeStatus = letter === "A" ? "added" : letter === "D" ? "deleted" : "modified";
    files.push({ status, path, ...classifyPath(path) });
  }
  return files;
}

/**
 * The files changed on head since it left base (`base...head`, what a pull request shows),
 * renames detected. Every changed file is returned with its role; entries carry their future URL.
 */
export async function changedEntries(repoDir: string, baseRef: string, headRef: string): Promise<ChangedFile[]> {
  const git = simpleGit(repoDir);
  const output = await git.raw([
    "-c",
    "core.quotePath=false",
    "diff",
    "--name-status",
    "-M",
    "-z",
    `${baseRef}...${headRef}`,
  ]);
  const files: ChangedFile[] = [];
  for (const file of parseNameStatus(output)) {
    // Entries share most of their front matter, so Git may pair a deleted entry with an unrelated
    // new one as a rename. Different titles mean different pages: report a deletion and an addition.
    if (file.status === "renamed" && file.role === "entry" && file.previousPath) {
      const [before, after] = await Promise.all([
        titleAt(repoDir, baseRef, file.previousPath),
        titleAt(repoDir, headRef, file.path),
      ]);
      if (before !== after) {
        files.push({ status: "deleted", path: file.previousPath, ...classifyPath(file.previousPath) });
        files.push({ status: "added", path: file.path, ...classifyPath(file.path) });
        continue;
      }
    }
    files.push(file);
  }
  return files;
}

/** A file's text at a commit, or undefined when it does not exist there. */
export async function fileAt(repoDir: string, ref: string, path: string): Promise<string | undefined> {
  try {
    return await simpleGit(repoDir).show([`${ref}:${path}`]);
  } catch {
    return undefined;
  }
}

/** An entry's title at a commit (for deleted entries, whose title only base knows). */
export async function titleAt(repoDir: string, ref: string, path: string): Promise<string | undefined> {
  const text = await fileAt(repoDir, ref, path);
  if (text === undefined) return undefined;
  try {
    const title = (matter(text).data as { title?: unknown }).title;
    return typeof title === "string" ? title : undefined;
  } catch {
    return undefined;
  }
}

/** When the work on head began: the committer time of the first commit not on base. */
export async function firstCommitTime(repoDir: string, baseRef: string, headRef: string): Promise<Date | undefined> {
  const out = await simpleGit(repoDir).raw(["log", "--reverse", "--format=%cI", `${baseRef}..${headRef}`]);
  const first = out.split("\n").find(Boolean);
  return first ? new Date(first) : undefined;
}
