/** `npm run deploy` and `npm run rollback` as the workflow and the server room admin run them. */
import { spawn } from "node:child_process";
import { readlinkSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeContentFixture, removeContentFixture } from "../content/fixture.ts";
import { englishWords } from "../english.ts";
import { startSshd, type TestSshd } from "./sshd.ts";
import { describeWithTools, TOOLS } from "../tools.ts";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(script: "deploy" | "rollback", args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [`scripts/${script}.ts`, ...args], {
      env: { ...process.env, GITHUB_SHA: "", WARTA_DEPLOY_TARGET: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

it("--help explains the options and the environment, exit 0", async () => {
  const deploy = await cli("deploy", ["--help"]);
  expect(deploy.code).toBe(0);
  for (const word of [
    "--target",
    "--keep",
    "--dry-run",
    "--resume",
    "--which",
    "WARTA_SSH_KEY",
    "WARTA_SSH_KNOWN_HOSTS",
  ])
    expect(deploy.stdout).toContain(word);
  const rollback = await cli("rollback", ["--help"]);
  expect(rollback.code).toBe(0);
  for (const word of ["--to", "--list", "--dry-run"]) expect(rollback.stdout).toContain(word);
});

it("a bad target is a usage error (exit 2), in Indonesian", async () => {
  const result = await cli("deploy", ["--target", "warta@web:/srv/warta"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("Alamat tujuan deploy tidak valid");
  expect(englishWords(result.stderr)).toEqual([]);
});

it("no target anywhere: both commands say where to set one, exit 2", async () => {
  const content = await makeContentFixture();
  try {
    for (const script of ["deploy", "rollback"] as const) {
      const result = await cli(script, ["--content", content]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Alamat server belum diisi");
      expect(englishWords(result.stderr)).toEqual([]);
    }
  } finally {
    await removeContentFixture(content);
  }
});

it("--which prints the target chosen in the site settings, for the workflow's output", async () => {
  const server = await makeContentFixture({
    data: { site: { deploy: { target: "server", server: "ssh://warta@web.dinas.go.id/srv/warta" } } },
  });
  const pages = await makeContentFixture();
  try {
    expect(await cli("deploy", ["--which", "--content", server])).toMatchObject({ code: 0, stdout: "target=server\n" });
    expect(await cli("deploy", ["--which", "--content", pages])).toMatchObject({ code: 0, stdout: "target=pages\n" });
  } finally {
    await removeContentFixture(server);
    await removeContentFixture(pages);
  }
});

describeWithTools([TOOLS.sshd], "against a real sshd", () => {
  let sshd: TestSshd;
  let site: string;
  let env: Record<string, string>;
  let root: string;

  beforeAll(async () => {
    sshd = await startSshd();
    site = await mkdtemp(join(tmpdir(), "warta-cli-site-"));
    await mkdir(join(site, "berita"), { recursive: true });
    root = join(sshd.dir, "srv", "warta");
    env = {
      WARTA_SSH_KEY: sshd.keyFile,
      WARTA_SSH_KNOWN_HOSTS: sshd.knownHostsFile,
      WARTA_DEPLOY_TARGET: sshd.target(root),
    };
  });

  afterAll(async () => {
    await sshd?.stop();
    if (site) await rm(site, { recursive: true, force: true });
  });

  it("deploys, rolls back, holds the next deploy, and lists releases", async () => {
    await writeFile(join(site, "index.html"), "satu");
    const first = await cli("deploy", ["--dir", site, "--commit", "aaaaaaa1"], env);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("Belum ada rilis aktif");
    const firstRelease = /Selesai: rilis aktif (\S+)/.exec(first.stdout)![1]!;
    expect(firstRelease).toMatch(/^\d{8}T\d{6}Z-aaaaaaa$/);

    await writeFile(join(site, "index.html"), "dua");
    const second = await cli("deploy", ["--dir", site, "--commit", "bbbbbbb2", "--keep", "3"], env);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("1 berkas baru/berubah");
    const secondRelease = /Selesai: rilis aktif (\S+)/.exec(second.stdout)![1]!;
    expect(readlinkSync(join(root, "current"))).toBe(`releases/${secondRelease}`);

    const back = await cli("rollback", [], env);
    expect(back.code).toBe(0);
    expect(readlinkSync(join(root, "current"))).toBe(`releases/${firstRelease}`);

    const held = await cli("deploy", ["--dir", site, "--commit", "ccccccc3"], env);
    expect(held.code).toBe(0);
    expect(held.stdout).toContain("DITAHAN");
    expect(readlinkSync(join(root, "current"))).toBe(`releases/${firstRelease}`);

    const list = await cli("rollback", ["--list"], env);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`* ${firstRelease}  (aktif)`);
    expect(list.stdout).toContain(`  ${secondRelease}`);
    expect(list.stdout).toContain("Deploy ditahan");
  });

  it("a missing build folder fails with exit 1 and changes nothing", async () => {
    const before = readlinkSync(join(root, "current"));
    const result = await cli("deploy", ["--dir", join(site, "tidak-ada"), "--resume"], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("tidak berisi index.html");
    expect(readlinkSync(join(root, "current"))).toBe(before);
  });
});
