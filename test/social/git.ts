/** Real Git repositories in a temporary folder: a bare "remote" and clones (CI checkouts). */
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function git(cwd: string, ...args: string[]): Promise<string> {
  const { stdout } = await run("git", args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@t",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@t",
    },
  });
  return stdout;
}

export interface Repos {
  root: string;
  remote: string;
  clones: string[];
  /** Installs a pre-receive hook on the remote (a shell script body). */
  hook(script: string | null): Promise<void>;
  cleanup(): Promise<void>;
}

export async function makeRepos(cloneCount = 2): Promise<Repos> {
  const root = await mkdtemp(path.join(os.tmpdir(), "warta-social-git-"));
  const remote = path.join(root, "remote.git");
  await git(root, "init", "--quiet", "--bare", "--initial-branch=main", remote);
  const seed = path.join(root, "seed");
  await git(root, "init", "--quiet", "--initial-branch=main", seed);
  await writeFile(path.join(seed, "README.md"), "# situs\n");
  await git(seed, "add", "README.md");
  await git(seed, "commit", "--quiet", "-m", "init");
  await git(seed, "push", "--quiet", remote, "main");
  const clones: string[] = [];
  for (let i = 0; i < cloneCount; i++) {
    const clone = path.join(root, `clone-${i}`);
    await git(root, "clone", "--quiet", remote, clone);
    clones.push(clone);
  }
  return {
    root,
    remote,
    clones,
    async hook(script) {
      const file = path.join(remote, "hooks", "pre-receive");
      if (script === null) return rm(file, { force: true });
      await writeFile(file, `#!/bin/sh\n${script}\n`);
      await chmod(file, 0o755);
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
