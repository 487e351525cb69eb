/** A throwaway Git repository made from the project's sample content and admin files. */
import { execFile } from "node:child_process";
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));

export async function makeContentRepo(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await cp(join(projectRoot, "content"), join(dir, "content"), { recursive: true });
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
