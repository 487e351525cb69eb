/**
 * Deploying to a server over SSH: a real sshd on 127.0.0.1, real rsync, the "server" folder a
 * temporary folder on this machine. Skipped only when /usr/sbin/sshd is missing.
 */
import { existsSync, lstatSync, readlinkSync, statSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  deploy,
  DeployError,
  planPrune,
  releaseName,
  rollback,
  type DeployOptions,
} from "../../src/deploy/releases.ts";
import { openSsh, type SshSession } from "../../src/deploy/ssh.ts";
import { parseTarget } from "../../src/deploy/target.ts";
import { haveSshd, startSshd, type TestSshd } from "./sshd.ts";
import { describeWithTools, TOOLS } from "../tools.ts";

const T0 = Date.parse("2026-11-24T05:00:00Z");
/** The clock of the n-th deploy in a test, one minute apart, so release names sort in deploy order. */
const at = (n: number) => new Date(T0 + n * 60_000);
const COMMIT = "1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b";

let sshd: TestSshd;
let work: string;

beforeAll(async () => {
  if (!haveSshd) return;
  sshd = await startSshd();
  work = await mkdtemp(join(tmpdir(), "warta-deploy-"));
});

afterAll(async () => {
  await sshd?.stop();
  if (work) await rm(work, { recursive: true, force: true });
});

/** A built site in a fresh folder. */
async function site(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(work, "site-"));
  for (const [name, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const BASE = {
  "index.html": "<h1>Beranda</h1>",
  "berita/index.html": "<h1>Berita</h1>",
  "assets/style.0123456789.css": "body{color:#123}",
};

let serverCount = 0;
/** A fresh server folder and an ssh session to it (closed by the caller through `using`-like try/finally). */
async function server(): Promise<{ root: string; session: SshSession }> {
  const root = join(sshd.dir, "srv", `situs-${++serverCount}`);
  const session = await openSsh(parseTarget(sshd.target(root)), {
    WARTA_SSH_KEY: sshd.keyFile,
    WARTA_SSH_KNOWN_HOSTS: sshd.knownHostsFile,
  });
  return { root, session };
}

const live = (root: string) => readlinkSync(join(root, "current"));
const releasesOn = async (root: string) => (await readdir(join(root, "releases"))).sort();

function run(options: Omit<DeployOptions, "log">): ReturnType<typeof deploy> {
  return deploy({ commit: COMMIT, ...options });
}

describeWithTools([TOOLS.sshd], "deploy over SSH to a real sshd", () => {
  it("first deploy creates a release and points current at it", async () => {
    const { root, session } = await server();
    try {
      const lines: string[] = [];
      const result = await deploy({
        session,
        sourceDir: await site(BASE),
        commit: COMMIT,
        now: at(0),
        log: (l) => lines.push(l),
      });
      const name = releaseName(at(0), COMMIT);
      expect(name).toBe("20261124T050000Z-1a2b3c4");
      expect(result).toMatchObject({ outcome: "deployed", live: name, previous: undefined, release: name });
      expect(lstatSync(join(root, "current")).isSymbolicLink()).toBe(true);
      expect(live(root)).toBe(`releases/${name}`);
      expect(await readFile(join(root, "current", "berita", "index.html"), "utf8")).toBe("<h1>Berita</h1>");
      expect(await releasesOn(root)).toEqual([name]);
      // Readable by the web server whatever the build's modes were.
      expect(statSync(join(root, "current", "index.html")).mode & 0o777).toBe(0o644);
      expect(lines.join("\n")).toContain(`Selesai: rilis aktif ${name}`);
    } finally {
      await session.dispose();
    }
  });

  it("a changed build becomes a new release; current switches, the old release stays, unchanged files are hard links", async () => {
    const { root, session } = await server();
    try {
      const first = await run({ session, sourceDir: await site(BASE), now: at(0) });
      const second = await run({
        session,
        sourceDir: await site({ ...BASE, "index.html": "<h1>Beranda baru</h1>", "berita/baru/index.html": "baru" }),
        now: at(1),
      });
      expect(second.outcome).toBe("deployed");
      expect(second.previous).toBe(first.release);
      expect(second.changes).toEqual({ files: 2, deleted: 0, any: true });
      expect(live(root)).toBe(`releases/${second.release}`);
      expect(await readFile(join(root, "current", "index.html"), "utf8")).toBe("<h1>Beranda baru</h1>");
      expect(await readFile(join(root, "releases", first.release!, "index.html"), "utf8")).toBe("<h1>Beranda</h1>");
      const css = "assets/style.0123456789.css";
      expect(statSync(join(root, "releases", second.release!, css)).ino).toBe(
        statSync(join(root, "releases", first.release!, css)).ino,
      );
      expect(statSync(join(root, "releases", second.release!, "index.html")).ino).not.toBe(
        statSync(join(root, "releases", first.release!, "index.html")).ino,
      );
    } finally {
      await session.dispose();
    }
  });

  it("a build equal to the live release uploads nothing; a removed file counts as a change", async () => {
    const { root, session } = await server();
    try {
      const first = await run({ session, sourceDir: await site(BASE), now: at(0) });
      // Same content, fresh files (new times), as every build writes them.
      const same = await run({ session, sourceDir: await site(BASE), now: at(1) });
      expect(same).toMatchObject({ outcome: "unchanged", live: first.release, release: undefined });
      expect(await releasesOn(root)).toEqual([first.release]);
      const { "berita/index.html": _, ...fewer } = BASE;
      const removed = await run({ session, sourceDir: await site(fewer), now: at(2) });
      expect(removed.outcome).toBe("deployed");
      expect(removed.changes).toMatchObject({ files: 0, any: true });
      expect(removed.changes!.deleted).toBeGreaterThan(0);
      expect(existsSync(join(root, "current", "berita", "index.html"))).toBe(false);
      const forced = await run({ session, sourceDir: await site(fewer), now: at(3), force: true });
      expect(forced.outcome).toBe("deployed");
    } finally {
      await session.dispose();
    }
  });

  it("a failure mid-upload leaves current on the old release and no partial folder", async () => {
    const { root, session } = await server();
    try {
      const first = await run({ session, sourceDir: await site(BASE), now: at(0) });
      // The server's rsync may write 128 KiB per file: it dies on the big file, after the small ones.
      const copied = join(sshd.dir, `copied-${serverCount}.txt`);
      const wrapper = join(sshd.dir, `rsync-dies-${serverCount}.sh`);
      await writeFile(
        wrapper,
        `#!/bin/sh\nfor last; do :; done\nulimit -f 256\nrsync "$@"\ncode=$?\nfind "$last" -type f > ${copied}\nexit $code\n`,
      );
      await chmod(wrapper, 0o755);
      const changed = await site({
        ...BASE,
        "aa-1.html": "satu",
        "aa-2.html": "dua",
        // In a subfolder: rsync sends a folder's own files before its subfolders' files.
        "zz/video.bin": new Uint8Array(2 * 1024 * 1024).fill(7),
      });
      const attempt = run({ session, sourceDir: changed, now: at(1), rsyncPath: wrapper });
      await expect(attempt).rejects.toThrow(DeployError);
      await expect(attempt).rejects.toThrow(
        /Situs publik TIDAK berubah: current tetap releases\/20261124T050000Z-1a2b3c4/,
      );
      // It really failed mid-way: the small files had arrived in the partial release.
      const arrived = await readFile(copied, "utf8");
      expect(arrived).toContain(".partial/aa-1.html");
      expect(arrived).not.toMatch(/\.partial\/zz\/video\.bin$/m);

      expect(live(root)).toBe(`releases/${first.release}`);
      expect(await readFile(join(root, "current", "index.html"), "utf8")).toBe("<h1>Beranda</h1>");
      expect(await releasesOn(root)).toEqual([first.release]);
      expect(existsSync(join(root, "current.tmp"))).toBe(false);

      // The next deploy, without the failing rsync, goes through.
      const retry = await run({ session, sourceDir: changed, now: at(2) });
      expect(live(root)).toBe(`releases/${retry.release}`);
      expect(statSync(join(root, "current", "zz", "video.bin")).size).toBe(2 * 1024 * 1024);
    } finally {
      await session.dispose();
    }
  });

  it("a build without index.html is refused before anything changes on the server", async () => {
    const { root, session } = await server();
    try {
      await expect(run({ session, sourceDir: await site({ "berita/index.html": "x" }), now: at(0) })).rejects.toThrow(
        /tidak berisi index\.html/,
      );
      expect(existsSync(root)).toBe(false);
    } finally {
      await session.dispose();
    }
  });

  it("--keep prunes to the newest N, never the live release or the one before it", async () => {
    const { root, session } = await server();
    try {
      const names: string[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await run({
          session,
          sourceDir: await site({ ...BASE, "index.html": `versi ${i}` }),
          now: at(i),
          keep: 2,
        });
        names.push(r.release!);
        if (i === 3) expect(r.pruned).toEqual([names[1]]);
      }
      expect(await releasesOn(root)).toEqual([names[2], names[3]]);
      expect(live(root)).toBe(`releases/${names[3]}`);

      // Back on an old release, keep 1 still spares the live release and the one it replaced.
      await rollback({ session, to: names[2] });
      const next = await run({
        session,
        sourceDir: await site({ ...BASE, "index.html": "versi 4" }),
        now: at(4),
        keep: 1,
        resume: true,
      });
      expect(await releasesOn(root)).toEqual([names[2], next.release]);
      expect(live(root)).toBe(`releases/${next.release}`);
    } finally {
      await session.dispose();
    }
  });

  it("rollback switches current back, holds deploys until --resume, and takes a named release", async () => {
    const { root, session } = await server();
    try {
      const a = await run({ session, sourceDir: await site({ ...BASE, "index.html": "A" }), now: at(0) });
      const b = await run({ session, sourceDir: await site({ ...BASE, "index.html": "B" }), now: at(1) });
      const c = await run({ session, sourceDir: await site({ ...BASE, "index.html": "C" }), now: at(2) });

      const back = await rollback({ session, now: at(3) });
      expect(back).toEqual({ from: c.release, to: b.release, dryRun: false });
      expect(live(root)).toBe(`releases/${b.release}`);
      expect(await readFile(join(root, "current", "index.html"), "utf8")).toBe("B");
      expect(await readFile(join(root, "HOLD"), "utf8")).toContain(`dari ${c.release} ke ${b.release}`);

      // The hourly run must not put the withdrawn content straight back.
      const held = await run({ session, sourceDir: await site({ ...BASE, "index.html": "C" }), now: at(4) });
      expect(held.outcome).toBe("held");
      expect(live(root)).toBe(`releases/${b.release}`);

      await expect(rollback({ session, to: "20200101T000000Z-0000000" })).rejects.toThrow(/tidak ada di .*releases/);
      await expect(rollback({ session, to: b.release })).rejects.toThrow(/sudah aktif/);
      const further = await rollback({ session });
      expect(further.to).toBe(a.release);
      await expect(rollback({ session })).rejects.toThrow(/Tidak ada rilis sebelum/);
      const forward = await rollback({ session, to: c.release });
      expect(forward).toMatchObject({ from: a.release, to: c.release });
      expect(await readFile(join(root, "current", "index.html"), "utf8")).toBe("C");

      const dry = await rollback({ session, dryRun: true });
      expect(dry).toMatchObject({ to: b.release, dryRun: true });
      expect(live(root)).toBe(`releases/${c.release}`);

      const resumed = await run({
        session,
        sourceDir: await site({ ...BASE, "index.html": "D" }),
        now: at(5),
        resume: true,
      });
      expect(resumed.outcome).toBe("deployed");
      expect(existsSync(join(root, "HOLD"))).toBe(false);
      expect(await readFile(join(root, "current", "index.html"), "utf8")).toBe("D");
    } finally {
      await session.dispose();
    }
  });

  it("--dry-run reports the plan and changes nothing", async () => {
    const { root, session } = await server();
    try {
      const lines: string[] = [];
      const first = await deploy({
        session,
        sourceDir: await site(BASE),
        commit: COMMIT,
        now: at(0),
        dryRun: true,
        log: (l) => lines.push(l),
      });
      expect(first.outcome).toBe("dry-run");
      expect(existsSync(root)).toBe(false);
      expect(lines.join("\n")).toContain("Belum ada rilis aktif");

      const real = await run({ session, sourceDir: await site(BASE), now: at(1) });
      const plan = await run({
        session,
        sourceDir: await site({ ...BASE, "index.html": "baru" }),
        now: at(2),
        dryRun: true,
        keep: 1,
      });
      expect(plan).toMatchObject({
        outcome: "dry-run",
        release: releaseName(at(2), COMMIT),
        changes: { files: 1, deleted: 0 },
      });
      expect(await releasesOn(root)).toEqual([real.release]);
      expect(live(root)).toBe(`releases/${real.release}`);
    } finally {
      await session.dispose();
    }
  });

  it("takes the key itself from WARTA_SSH_KEY, removes its copy afterwards and never prints it", async () => {
    const key = await readFile(sshd.keyFile, "utf8");
    const target = parseTarget(sshd.target(join(sshd.dir, "srv", "kunci")));
    const session = await openSsh(target, {
      WARTA_SSH_KEY: key,
      WARTA_SSH_KNOWN_HOSTS: await readFile(sshd.knownHostsFile, "utf8"),
    });
    const keyCopy = session.options[session.options.indexOf("-i") + 1]!;
    const lines: string[] = [];
    try {
      expect(keyCopy).not.toBe(sshd.keyFile);
      expect(statSync(keyCopy).mode & 0o777).toBe(0o600);
      await deploy({ session, sourceDir: await site(BASE), now: at(0), log: (l) => lines.push(l) });
      expect(lines.length).toBeGreaterThan(2);
    } finally {
      await session.dispose();
    }
    expect(existsSync(keyCopy)).toBe(false);
    const body = key.split("\n").find((l) => l.length > 40)!;
    expect(lines.join("\n")).not.toContain(body);
    expect(session.options.join(" ")).not.toContain(body);
  });

  it("an unknown host key is refused (strict checking) with a clear message", async () => {
    const other = join(work, "known_hosts_other");
    await writeFile(
      other,
      `[127.0.0.1]:${sshd.port} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGq6OVjTnrMEl5dVDYyTVAUPIBWIsY1C2bUnJ0jrS3Zz\n`,
    );
    const session = await openSsh(parseTarget(sshd.target(join(sshd.dir, "srv", "asing"))), {
      WARTA_SSH_KEY: sshd.keyFile,
      WARTA_SSH_KNOWN_HOSTS: other,
    });
    try {
      await expect(deploy({ session, sourceDir: await site(BASE), now: at(0) })).rejects.toThrow(
        /Tidak bisa masuk ke .*127\.0\.0\.1 lewat SSH/,
      );
    } finally {
      await session.dispose();
    }
  });
});

it("a WARTA_SSH_KEY that is neither a file nor a key is refused without echoing it", async () => {
  const secret = "c2VjcmV0LWtleS1ib2R5LXRoYXQtbG9zdC1pdHMtaGVhZGVy";
  const error = await openSsh(parseTarget("ssh://warta@web.dinas.go.id/srv/warta"), { WARTA_SSH_KEY: secret }).catch(
    (e: Error) => e,
  );
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toContain("WARTA_SSH_KEY bukan path berkas yang ada");
  expect((error as Error).message).not.toContain(secret);
});

describe("planPrune", () => {
  const r = (n: number) => releaseName(at(n), COMMIT);
  it("keeps the newest N plus the protected ones and ignores folders not named like releases", () => {
    expect(planPrune([r(3), r(1), r(2), r(0), "lama"], 2, [r(3), r(2)])).toEqual([r(0), r(1)]);
    expect(planPrune([r(0), r(1), r(2), r(3)], 2, [r(0), r(3)])).toEqual([r(1)]);
    expect(planPrune([r(0), r(1)], 5, [])).toEqual([]);
  });
});
