import { execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalCmsBusyError, portIsFree, startLocalCms, type LocalCms } from "../../src/cms/local.ts";

const run = promisify(execFile);
const git = async (cwd: string, ...args: string[]) => (await run("git", args, { cwd })).stdout.trim();

let tmp: string;
let repo: string;
let stateDir: string;
let cms: LocalCms | undefined;
const mainChanges: string[] = [];

async function info(url: string) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: '{"action":"info"}',
  });
  return res.json() as Promise<{ type: string; repo: string; publish_modes: string[] }>;
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "warta-local-cms-"));
  repo = join(tmp, "developer-checkout");
  stateDir = join(tmp, "state");
  await mkdir(join(repo, "content", "berita"), { recursive: true });
  await writeFile(join(repo, "content", "berita", "2026-01-01-awal.md"), "---\ntitle: Awal\n---\n");
  await git(tmp, "init", "--quiet", "-b", "main", repo);
  await git(repo, "-c", "user.name=Dev", "-c", "user.email=dev@x.invalid", "add", ".");
  await git(repo, "-c", "user.name=Dev", "-c", "user.email=dev@x.invalid", "commit", "--quiet", "-m", "start");
  // Uncommitted work in the developer's checkout must never reach decap-server's tree.
  await writeFile(join(repo, "content", "berita", "belum-disimpan.md"), "draft by hand");
});

afterAll(async () => {
  await cms?.stop();
  await rm(tmp, { recursive: true, force: true });
});

describe("startLocalCms", () => {
  it("runs decap-server in Git mode on 127.0.0.1 in its own clone, with a local main and an identity", async () => {
    cms = await startLocalCms({
      repoDir: repo,
      stateDir,
      port: 0,
      pollMs: 100,
      onMainChanged: (c) => void mainChanges.push(c),
    });
    expect(cms.cloneDir).toBe(join(stateDir, "cms-repo"));
    expect(await info(cms.proxyUrl)).toMatchObject({
      type: "local_git",
      repo: "cms-repo",
      publish_modes: ["simple", "editorial_workflow"],
    });
    expect(await git(cms.cloneDir, "rev-parse", "--abbrev-ref", "HEAD")).toBe("main");
    expect(await git(cms.cloneDir, "config", "user.email")).not.toBe("");
    expect(
      await readFile(join(cms.cloneDir, "content", "berita", "belum-disimpan.md"), "utf8").catch(() => "absent"),
    ).toBe("absent");
    // What a build or editor tool leaves in the tree is not something decap-server's `git add .` may commit.
    await mkdir(join(cms.cloneDir, "_site"), { recursive: true });
    await writeFile(join(cms.cloneDir, "_site", "index.html"), "built");
    await mkdir(join(cms.cloneDir, "node_modules"), { recursive: true });
    expect(await git(cms.cloneDir, "status", "--porcelain")).toBe("");
  });

  it("refuses a second start with an Indonesian message and leaves the clone alone", async () => {
    const head = await git(cms!.cloneDir, "rev-parse", "HEAD");
    const second = startLocalCms({ repoDir: repo, stateDir, port: 0 });
    await expect(second).rejects.toBeInstanceOf(LocalCmsBusyError);
    await expect(second).rejects.toThrow(/Warta lokal sudah berjalan \(proses \d+\)/);
    expect(await git(cms!.cloneDir, "rev-parse", "HEAD")).toBe(head);
    expect((await info(cms!.proxyUrl)).type).toBe("local_git");
  });

  it("follows main: a publish (a commit on the clone's main) updates the main tree and calls back", async () => {
    await writeFile(join(cms!.cloneDir, "content", "berita", "2026-02-02-terbit.md"), "---\ntitle: Terbit\n---\n");
    await git(cms!.cloneDir, "add", ".");
    await git(cms!.cloneDir, "commit", "--quiet", "-m", "Publish");
    const commit = await git(cms!.cloneDir, "rev-parse", "main");
    await expect.poll(() => mainChanges.at(-1), { timeout: 10_000 }).toBe(commit);
    expect(cms!.mainCommit()).toBe(commit);
    expect(await readFile(join(cms!.mainDir, "content", "berita", "2026-02-02-terbit.md"), "utf8")).toContain("Terbit");
    // Drafts on other branches do not show in the main tree.
    await git(cms!.cloneDir, "checkout", "--quiet", "-b", "cms/berita/draf");
    await writeFile(join(cms!.cloneDir, "content", "berita", "draf.md"), "---\ntitle: Draf\n---\n");
    await git(cms!.cloneDir, "add", ".");
    await git(cms!.cloneDir, "commit", "--quiet", "-m", "Draft");
    await git(cms!.cloneDir, "checkout", "--quiet", "main");
    await new Promise((r) => setTimeout(r, 300));
    expect(await readFile(join(cms!.mainDir, "content", "berita", "draf.md"), "utf8").catch(() => "absent")).toBe(
      "absent",
    );
  });

  it("stops decap-server and frees the lock; a new start keeps the drafts", async () => {
    const port = cms!.port;
    await cms!.stop();
    expect(await portIsFree(port)).toBe(true);
    await expect(readFile(join(stateDir, "cms-local.lock"), "utf8")).rejects.toThrow();
    cms = await startLocalCms({ repoDir: repo, stateDir, port: 0 });
    expect(await git(cms.cloneDir, "branch", "--list", "cms/*")).toContain("cms/berita/draf");
    expect(await readFile(join(cms.mainDir, "content", "berita", "2026-02-02-terbit.md"), "utf8")).toContain("Terbit");
  });

  it("takes over a lock left by a process that is gone", async () => {
    await cms!.stop();
    await writeFile(join(stateDir, "cms-local.lock"), JSON.stringify({ pid: 2 ** 22 + 7 }));
    cms = await startLocalCms({ repoDir: repo, stateDir, port: 0 });
    expect((await info(cms.proxyUrl)).type).toBe("local_git");
  });

  it("leaves no decap-server behind when the process running it is killed", async () => {
    const localModule = fileURLToPath(new URL("../../src/cms/local.ts", import.meta.url));
    const script = `const m = await import(${JSON.stringify(localModule)}); const c = await m.startLocalCms({ repoDir: ${JSON.stringify(repo)}, stateDir: ${JSON.stringify(join(tmp, "killed"))}, port: 0 }); console.log("PORT " + c.port);`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    const port = await new Promise<number>((resolve, reject) => {
      let text = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        const match = /PORT (\d+)/.exec(text);
        if (match) resolve(Number(match[1]));
      });
      child.once("exit", (code) => reject(new Error(`runner exited early (${code})`)));
    });
    expect(await portIsFree(port)).toBe(false);
    child.kill("SIGKILL");
    await expect.poll(() => portIsFree(port), { timeout: 10_000, interval: 200 }).toBe(true);
  }, 60_000);
});
