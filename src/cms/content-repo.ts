/**
 * A throwaway Git repository made from the project's sample content and admin files, for the
 * browser tests and the docs screenshots (`npm run docs:screenshots`). Large collections are cut
 * down to a few entries so a cold image cache does not dominate the run.
 */
import { execFile } from "node:child_process";
import { cp, mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

export interface ContentRepoOptions {
  /** Keep only the first N entries (by file name) of these collection folders. */
  keep?: Record<string, number>;
}

export async function makeContentRepo(dir: string, options: ContentRepoOptions = {}): Promise<string> {
  await mkdir(join(dir, "admin"), { recursive: true });
  await cp(join(projectRoot, "content"), join(dir, "content"), { recursive: true });
  for (const [folder, count] of Object.entries(options.keep ?? {})) {
    const files = (await readdir(join(dir, "content", folder))).filter((f) => f.endsWith(".md")).sort();
    for (const file of files.slice(count)) await rm(join(dir, "content", folder, file));
  }
  await cp(join(projectRoot, "admin", "config.yml"), join(dir, "admin", "config.yml"));
  await cp(join(projectRoot, "admin", "index.html"), join(dir, "admin", "index.html"));
  await writeFile(join(dir, ".gitignore"), "node_modules/\n_site/\n.cache/\n");
  const git = (...args: string[]) => run("git", args, { cwd: dir });
  await git("init", "--quiet", "-b", "main");
  await git("config", "user.name", "Uji Warta");
  await git("config", "user.email", "uji@warta.invalid");
  await git("config", "commit.gpgsign", "false");
  await git("add", ".");
  await git("commit", "--quiet", "-m", "Sample content");
  return dir;
}
