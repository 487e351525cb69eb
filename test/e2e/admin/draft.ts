/**
 * A draft put straight into decap-server's clone, for a test about a later workflow step (review,
 * publish) that should not depend on another test having saved one through the admin. It has the
 * shape decap-server's local Git mode gives a saved draft: a branch `cms/<collection>/<slug>` off
 * main with the entry (and its media) committed on it, the status in the branch's description as
 * `decap-cms/<status>` (its `persistEntry` / `updateUnpublishedEntryStatus`; the label prefix is
 * Decap's default `decap-cms/`).
 */
import { execFile } from "node:child_process";
import { rm, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import type { SimpleGit } from "simple-git";

const run = promisify(execFile);

export type DraftStatus = "draft" | "pending_review" | "pending_publish";

export interface Draft {
  collection: string;
  /** The entry's slug as the collection's `slug` template makes it (the file name without `.md`). */
  slug: string;
  /** The entry file's text, front matter and body. */
  text: string;
  /** Other files committed with the entry (e.g. its cover), repository path → content. */
  media?: Record<string, Buffer>;
  status: DraftStatus;
}

/**
 * Commits the draft on its branch with Git's plumbing (a separate index, no checkout), so the
 * clone's working tree, which decap-server switches between branches, is never touched.
 * Returns the branch and the entry file's path.
 */
export async function putDraft(git: SimpleGit, draft: Draft): Promise<{ branch: string; entryFile: string }> {
  const branch = `cms/${draft.collection}/${draft.slug}`;
  const entryFile = `content/${draft.collection}/${draft.slug}.md`;
  const gitDir = (await git.revparse(["--absolute-git-dir"])).trim();
  const index = `${gitDir}/draft-index`;
  const scratch = `${gitDir}/draft-blob`;
  const cwd = (await git.revparse(["--show-toplevel"])).trim();
  const withIndex = async (...args: string[]) =>
    (await run("git", args, { cwd, env: { ...process.env, GIT_INDEX_FILE: index } })).stdout;
  try {
    await withIndex("read-tree", "main");
    const files: [string, string | Buffer][] = [[entryFile, draft.text], ...Object.entries(draft.media ?? {})];
    for (const [path, content] of files) {
      await writeFile(scratch, content);
      const blob = (await git.raw(["hash-object", "-w", scratch])).trim();
      await withIndex("update-index", "--add", "--cacheinfo", `100644,${blob},${path}`);
    }
    const tree = (await withIndex("write-tree")).trim();
    const commit = (await git.raw(["commit-tree", tree, "-p", "main", "-m", `Create ${draft.slug}`])).trim();
    await git.raw(["branch", branch, commit]);
    await git.raw(["config", `branch.${branch}.description`, `decap-cms/${draft.status}`]);
  } finally {
    await rm(index, { force: true });
    await rm(scratch, { force: true });
  }
  return { branch, entryFile };
}
