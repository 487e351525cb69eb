/**
 * The content check on a save, before anything is committed: the files an editor is about to save
 * (entry and uploaded media) are put on top of the repository as it stands (the draft's branch,
 * or `main` for a new entry) in a scratch working tree, and the one validator `npm run check` and
 * the build use (`loadContent`) runs over it. Every rule of the check applies, with its own
 * Indonesian message and fix — schema, body alt text, date order, links and attachments that
 * must exist, media types and sizes, reserved and colliding addresses, exempt files — because it
 * is the same code on the same files, not a restatement.
 */
import { execFile } from "node:child_process";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { loadContent } from "../content/load.ts";
import type { Problem } from "../content/model.ts";

const run = promisify(execFile);

export interface SavedFile {
  /** Repository-relative, `/`-separated (as Decap sends it; the guard checked it). */
  path: string;
  content: string | Buffer;
}

export interface SaveCheckOptions {
  /** The repository (decap-server's clone). */
  repoDir: string;
  /** A scratch working tree owned by the check (created on first use). */
  workDir: string;
  /** The commit-ish the save builds on. */
  base: string;
  /** What the save writes: the entry file first, then its media. */
  files: SavedFile[];
  /** The content folder inside the repository; default `content`. */
  contentFolder?: string;
}

/**
 * The problems `npm run check` would report for the saved entry files once the save is made.
 * Problems of other files (already on `main`) are not the saving editor's: they show on the
 * local site's notice and in the terminal (problem-notice.ts).
 */
export async function checkSavedContent(options: SaveCheckOptions): Promise<Problem[]> {
  const { repoDir, workDir, base, files } = options;
  const git = (cwd: string, ...args: string[]) => run("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 });
  if (
    !(await stat(join(workDir, ".git")).then(
      () => true,
      () => false,
    ))
  ) {
    await rm(workDir, { recursive: true, force: true });
    await git(repoDir, "worktree", "prune");
    await git(repoDir, "worktree", "add", "--quiet", "--detach", "--force", workDir, base);
  } else {
    await git(workDir, "checkout", "--quiet", "--detach", "--force", base);
  }
  // Whatever the previous check wrote goes; ignored files too (nothing else lives here).
  await git(workDir, "clean", "--quiet", "-fdx");
  for (const file of files) {
    const target = join(workDir, ...file.path.split("/"));
    await mkdir(dirname(target), { recursive: true });
    await rm(target, { force: true });
    await writeFile(target, file.content);
  }
  const { problems } = await loadContent(join(workDir, options.contentFolder ?? "content"));
  const saved = new Set(files.map((f) => f.path));
  return problems.filter((p) => saved.has(p.file));
}

export { saveRefusalMessage } from "./save-refusal.ts";
