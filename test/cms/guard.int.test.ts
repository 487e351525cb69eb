/**
 * The guard in front of decap-server, driven over HTTP exactly as an attacker or Decap would:
 * the real decap-server (3.11.3, Git mode) behind `startLocalCms`, on a throwaway repository that
 * also holds code (`package.json`, `scripts/build.ts`) next to the sample content. Every attack of
 * issue 10 hole 6 succeeded against decap-server directly; here each one is refused, logged, and
 * the clone is unchanged (no commit, files intact, no command run by `core.fsmonitor`).
 *
 * The request shapes are those of Decap's proxy backend (decap-cms-backend-proxy
 * `src/implementation.ts`: `{ branch, action, params }` POSTed as JSON) and decap-server's own
 * schema (`src/middlewares/joi/index.ts`).
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalCms, type LocalCms } from "../../src/cms/local.ts";
import { EDITOR_HEADER } from "../../src/cms/editor-session.ts";
import { makeContentRepo } from "../../src/cms/content-repo.ts";

const run = promisify(execFile);
const ADMIN = "http://127.0.0.1:48080";

let tmp: string;
let repo: string;
let cms: LocalCms;
let marker: string;
const logged: string[] = [];
const git = async (...args: string[]) => (await run("git", args, { cwd: cms.cloneDir })).stdout.trim();

interface Reply {
  status: number;
  json: { error?: string } & Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
}

/** One raw HTTP call, so that Host and Origin can be anything a browser or an attacker sends. */
function call(body: unknown, headers: Record<string, string> = {}, method = "POST"): Promise<Reply> {
  const url = new URL(cms.proxyUrl);
  const payload =
    body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: url.port,
        path: url.pathname,
        method,
        headers: { "content-type": "application/json", "content-length": payload.length, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json = {};
          try {
            json = JSON.parse(text);
          } catch {
            // empty (preflight)
          }
          resolve({ status: res.statusCode ?? 0, json, headers: res.headers });
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

const action = (name: string, params: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  call({ action: name, params: { branch: "main", ...params } }, { origin: ADMIN, ...headers });
const b64 = (text: string) => Buffer.from(text).toString("base64");

async function snapshot() {
  return {
    refs: await git("for-each-ref", "--format=%(refname) %(objectname)"),
    status: await git("status", "--porcelain", "--ignored"),
    pkg: await readFile(join(cms.cloneDir, "package.json"), "utf8"),
    build: await readFile(join(cms.cloneDir, "scripts", "build.ts"), "utf8"),
    config: await readFile(join(cms.cloneDir, ".git", "config"), "utf8"),
  };
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "warta-guard-"));
  repo = await makeContentRepo(join(tmp, "repo"), { keep: { berita: 1, galeri: 1 } });
  marker = join(tmp, "fsmonitor-ran");
  // Code beside the content, as in the real repository; and a symlink from the media folder into .git.
  await mkdir(join(repo, "scripts"), { recursive: true });
  await writeFile(join(repo, "scripts", "build.ts"), "console.log('build');\n");
  await writeFile(join(repo, "package.json"), '{ "name": "situs" }\n');
  await symlink("../../../.git", join(repo, "content", "media", "halaman", "tautan"));
  await run("git", ["add", "."], { cwd: repo });
  await run("git", ["commit", "--quiet", "-m", "Code and a symlink"], { cwd: repo });
  // The door only: these saves carry bare entries; the content check of saves has its own test (save-check.test.ts).
  cms = await startLocalCms({
    repoDir: repo,
    stateDir: join(tmp, "state"),
    port: 0,
    adminOrigins: [ADMIN],
    log: (line) => void logged.push(line),
    checkSaves: false,
  });
}, 120_000);

afterAll(async () => {
  await cms?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("the guard in front of decap-server", () => {
  it("refuses every write, delete and read outside the content and media folders, and nothing changes", async () => {
    const before = await snapshot();
    const fsmonitor = `[core]\n\trepositoryformatversion = 0\n\tfsmonitor = "touch ${marker}; false"\n`;
    const attacks: [string, Promise<Reply>][] = [
      [
        "persistMedia .github/workflows",
        action("persistMedia", {
          asset: { path: ".github/workflows/evil.yml", content: b64("on: push\n"), encoding: "base64" },
          options: { commitMessage: "x" },
        }),
      ],
      [
        "persistEntry over scripts/build.ts",
        action(
          "persistEntry",
          {
            dataFiles: [{ slug: "x", path: "scripts/build.ts", raw: "process.exit(1)" }],
            assets: [],
            options: {
              collectionName: "berita",
              commitMessage: "x",
              useWorkflow: true,
              status: "draft",
              newEntry: true,
            },
          },
          { [EDITOR_HEADER]: "attacker-page-1" },
        ),
      ],
      ["deleteFile package.json", action("deleteFile", { path: "package.json", options: { commitMessage: "x" } })],
      ["deleteFiles package.json", action("deleteFiles", { paths: ["package.json"], options: { commitMessage: "x" } })],
      ["getMediaFile .git/config", action("getMediaFile", { path: ".git/config" })],
      [
        "persistEntry .git/config",
        action(
          "persistEntry",
          {
            dataFiles: [{ slug: "x", path: ".git/config", raw: fsmonitor }],
            assets: [],
            options: {
              collectionName: "berita",
              commitMessage: "x",
              useWorkflow: true,
              status: "draft",
              newEntry: true,
            },
          },
          { [EDITOR_HEADER]: "attacker-page-1" },
        ),
      ],
      [
        "persistMedia .git/config",
        action("persistMedia", {
          asset: { path: ".git/config", content: b64(fsmonitor), encoding: "base64" },
          options: { commitMessage: "x" },
        }),
      ],
      [
        "asset .git/config in a draft",
        action(
          "persistEntry",
          {
            dataFiles: [{ slug: "2026-01-01-x", path: "content/berita/2026-01-01-x.md", raw: "---\ntitle: x\n---\n" }],
            assets: [
              { path: "content/media/berita/../../../.git/config", content: b64(fsmonitor), encoding: "base64" },
            ],
            options: {
              collectionName: "berita",
              commitMessage: "x",
              useWorkflow: true,
              status: "draft",
              newEntry: true,
            },
          },
          { [EDITOR_HEADER]: "attacker-page-1" },
        ),
      ],
      ["..", action("getMediaFile", { path: "content/media/../../.git/config" })],
      ["%2e%2e", action("getMediaFile", { path: "content/media/%2e%2e/%2e%2e/package.json" })],
      [
        "backslashes",
        action("deleteFiles", { paths: ["content\\media\\..\\..\\package.json"], options: { commitMessage: "x" } }),
      ],
      ["absolute path", action("getMediaFile", { path: join(cms.cloneDir, "package.json") })],
      ["/etc", action("getMediaFile", { path: "/etc/hostname" })],
      [
        "symlink into .git",
        action("persistMedia", {
          asset: { path: "content/media/halaman/tautan/config", content: b64(fsmonitor), encoding: "base64" },
          options: { commitMessage: "x" },
        }),
      ],
      ["symlink read", action("getMediaFile", { path: "content/media/halaman/tautan/config" })],
      ["media folder outside", action("getMedia", { mediaFolder: "." })],
      ["entries outside", action("entriesByFolder", { folder: "scripts", extension: "ts", depth: 1 })],
      ["another branch", action("getMediaFile", { path: "content/media/berita/x.jpg", branch: "cms/berita/lain" })],
      [
        "straight to main",
        action(
          "persistEntry",
          {
            dataFiles: [{ slug: "2026-01-01-x", path: "content/berita/2026-01-01-x.md", raw: "---\ntitle: x\n---\n" }],
            assets: [],
            options: { collectionName: "berita", commitMessage: "x", useWorkflow: false, status: "draft" },
          },
          { [EDITOR_HEADER]: "attacker-page-1" },
        ),
      ],
      [
        "DNS rebinding (Host)",
        action(
          "getEntry",
          { path: "content/_data/site.yml" },
          { host: `rebind.attacker.example:${cms.port}`, origin: "http://rebind.attacker.example" },
        ),
      ],
      [
        "another site (Origin)",
        action(
          "deleteFiles",
          { paths: ["content/media/berita/x.jpg"], options: { commitMessage: "x" } },
          { origin: "https://attacker.example" },
        ),
      ],
      [
        "another local page (Origin)",
        action("getEntry", { path: "content/_data/site.yml" }, { origin: "http://127.0.0.1:9999" }),
      ],
      [
        "preflight from another site",
        call(undefined, { origin: "https://attacker.example", "access-control-request-method": "POST" }, "OPTIONS"),
      ],
    ];
    for (const [name, attack] of attacks) {
      const reply = await attack;
      expect.soft(reply.status, name).toBeGreaterThanOrEqual(400);
      expect.soft(reply.status, name).toBeLessThan(500);
      // A message Decap can show (`{ error }`), in Indonesian.
      expect.soft(reply.json.error ?? "", name).toMatch(/^Permintaan ditolak: /);
      expect.soft(String(reply.headers["access-control-allow-origin"]), name).not.toMatch(/attacker|9999/);
    }
    const big = await call(Buffer.alloc(51 * 1024 * 1024, 0x20), { origin: ADMIN });
    expect(big.status).toBe(413);
    expect(big.json.error).toMatch(/50 MB/);

    expect(await snapshot()).toEqual(before);
    expect(before.config).not.toMatch(/fsmonitor/);
    // Refusals are reported in the terminal, with what was asked.
    expect(logged.filter((l) => l.startsWith("Penjaga CMS menolak")).length).toBeGreaterThanOrEqual(attacks.length);
    expect(logged.join("\n")).toMatch(/menolak aksi persistMedia .*"\.github\/workflows\/evil\.yml"/);

    // The next commit (a legitimate save) runs no command from an attacker's fsmonitor.
    const saved = await action(
      "persistEntry",
      {
        dataFiles: [
          { slug: "2026-01-02-sah", path: "content/berita/2026-01-02-sah.md", raw: "---\ntitle: Sah\n---\n" },
        ],
        assets: [],
        options: {
          collectionName: "berita",
          commitMessage: "Create Berita “2026-01-02-sah”",
          useWorkflow: true,
          status: "draft",
          newEntry: true,
        },
      },
      { [EDITOR_HEADER]: "editor-page-1" },
    );
    expect(saved.status).toBe(200);
    await git("status");
    expect(
      await stat(marker).then(
        () => "ran",
        () => "not run",
      ),
    ).toBe("not run");
  }, 120_000);

  it("lets the admin's own requests through: read, save a draft with media, review, publish, upload, delete media", async () => {
    const page = { [EDITOR_HEADER]: "editor-page-2" };
    const preflight = await call(
      undefined,
      {
        origin: ADMIN,
        "access-control-request-method": "POST",
        "access-control-request-headers": `content-type,${EDITOR_HEADER}`,
      },
      "OPTIONS",
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers["access-control-allow-origin"]).toBe(ADMIN);
    expect(String(preflight.headers["access-control-allow-headers"])).toContain(EDITOR_HEADER);

    expect((await call({ action: "info" }, { origin: ADMIN })).json).toMatchObject({ type: "local_git" });
    const list = await action("entriesByFolder", { folder: "content/berita", extension: "md", depth: 1 }, page);
    expect(list.status).toBe(200);
    const first = (list.json as unknown as { file: { path: string } }[])[0]!.file.path;
    expect((await action("getEntry", { path: first }, page)).json).toMatchObject({ file: { path: first } });
    expect(
      (await action("entriesByFiles", { files: [{ path: "content/_data/site.yml", label: "Situs" }] }, page)).status,
    ).toBe(200);
    const nested = await action("entriesByFolder", { folder: "content/halaman", extension: "md", depth: 3 }, page);
    expect(
      (nested.json as unknown as { file: { path: string } }[]).some((e) =>
        e.file.path.startsWith("content/halaman/ppid/"),
      ),
    ).toBe(true);
    const media = await action("getMedia", { mediaFolder: "content/media/berita" }, page);
    expect(media.status).toBe(200);
    const mediaPath = (media.json as unknown as { path: string }[]).find((m) => m.path.endsWith(".jpg"))!.path;
    expect((await action("getMediaFile", { path: mediaPath }, page)).json).toMatchObject({ path: mediaPath });

    const slug = "2026-01-03-berita-lengkap";
    const path = `content/berita/${slug}.md`;
    const image = "content/media/berita/foto-uji-abc.jpg";
    const save = await action(
      "persistEntry",
      {
        dataFiles: [{ slug, path, raw: "---\ntitle: Berita lengkap\n---\nIsi.\n" }],
        assets: [{ path: image, content: b64("jpeg"), encoding: "base64" }],
        options: {
          newEntry: true,
          commitMessage: `Create Berita “${slug}”`,
          collectionName: "berita",
          useWorkflow: true,
          hasSubfolders: true,
          unpublished: false,
          status: "draft",
        },
      },
      page,
    );
    expect(save.json).toEqual({ message: "entry persisted" });
    const branch = `cms/berita/${slug}`;
    expect(await git("show", `${branch}:${path}`)).toContain("Berita lengkap");
    expect((await action("unpublishedEntries", {}, page)).json as unknown as string[]).toContain(`berita/${slug}`);
    const entry = await action("unpublishedEntry", { id: `berita/${slug}` }, page);
    expect((entry.json as unknown as { diffs: { path: string }[] }).diffs.map((d) => d.path).sort()).toEqual(
      [path, image].sort(),
    );
    expect(
      (await action("unpublishedEntryDataFile", { collection: "berita", slug, path, id: path }, page)).json,
    ).toEqual({ data: "---\ntitle: Berita lengkap\n---\nIsi.\n" });
    expect(
      (await action("unpublishedEntryMediaFile", { collection: "berita", slug, path: image, id: image }, page)).json,
    ).toMatchObject({ path: image, content: b64("jpeg") });
    expect(
      (await action("updateUnpublishedEntryStatus", { collection: "berita", slug, newStatus: "pending_publish" }, page))
        .status,
    ).toBe(200);
    expect(await git("config", `branch.${branch}.description`)).toBe("decap-cms/pending_publish");
    expect((await action("getDeployPreview", { collection: "berita", slug }, page)).status).toBe(200);
    expect((await action("publishUnpublishedEntry", { collection: "berita", slug }, page)).status).toBe(200);
    expect(await git("show", `main:${path}`)).toContain("Berita lengkap");

    // A data file (file collection "data") is saved as a draft named after the file.
    const site = (await action("entriesByFiles", { files: [{ path: "content/_data/site.yml" }] }, page))
      .json as unknown as { data: string }[];
    const siteSave = await action(
      "persistEntry",
      {
        dataFiles: [{ slug: "site", path: "content/_data/site.yml", raw: `${site[0]!.data}\n` }],
        assets: [],
        options: {
          newEntry: false,
          commitMessage: "Update Data situs “site”",
          collectionName: "data",
          useWorkflow: true,
          unpublished: false,
          status: "draft",
        },
      },
      page,
    );
    expect(siteSave.json).toEqual({ message: "entry persisted" });
    expect((await action("deleteUnpublishedEntry", { collection: "data", slug: "site" }, page)).status).toBe(200);

    // The media library uploads and deletes straight on main, inside the media folders.
    const upload = "content/media/galeri/unggahan-uji-abc.jpg";
    expect(
      (
        await action(
          "persistMedia",
          { asset: { path: upload, content: b64("jpeg2"), encoding: "base64" }, options: { commitMessage: "Upload" } },
          page,
        )
      ).json,
    ).toMatchObject({ path: upload });
    expect((await action("deleteFiles", { paths: [upload], options: { commitMessage: "Delete" } }, page)).status).toBe(
      200,
    );
    expect(await git("ls-tree", "--name-only", "main", upload)).toBe("");
    // A draft can be discarded.
    await action(
      "persistEntry",
      {
        dataFiles: [{ slug: "buang", path: "content/agenda/buang.md", raw: "---\ntitle: Buang\n---\n" }],
        assets: [],
        options: { newEntry: true, commitMessage: "c", collectionName: "agenda", useWorkflow: true, status: "draft" },
      },
      page,
    );
    expect((await action("deleteUnpublishedEntry", { collection: "agenda", slug: "buang" }, page)).status).toBe(200);
    expect(await git("branch", "--list", "cms/agenda/buang")).toBe("");
  }, 120_000);

  it("refuses a save based on a version the page never read (another editor saved in between), in Indonesian", async () => {
    const [a, b] = [{ [EDITOR_HEADER]: "editor-page-a" }, { [EDITOR_HEADER]: "editor-page-b" }];
    const slug = "2026-01-04-dua-editor";
    const path = `content/berita/${slug}.md`;
    const persist = (page: Record<string, string>, raw: string, newEntry = false) =>
      action(
        "persistEntry",
        {
          dataFiles: [{ slug, path, raw }],
          assets: [],
          options: {
            newEntry,
            commitMessage: "c",
            collectionName: "berita",
            useWorkflow: true,
            status: "draft",
            unpublished: !newEntry,
          },
        },
        page,
      );
    const read = (page: Record<string, string>) =>
      action("unpublishedEntryDataFile", { collection: "berita", slug, path, id: path }, page);

    expect((await persist(a, "---\ntitle: Versi awal\n---\n", true)).status).toBe(200);
    // Someone else creating the same entry at the same time does not overwrite it.
    const twin = await persist(b, "---\ntitle: Kembaran\n---\n", true);
    expect(twin.status).toBe(409);
    expect(twin.json.error).toMatch(/sudah ada/);

    await read(a);
    await read(b);
    expect((await persist(b, "---\ntitle: Versi B\n---\n")).status).toBe(200);
    const stale = await persist(a, "---\ntitle: Versi A\n---\n");
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatch(/sudah diubah editor lain.*TIDAK disimpan.*muat ulang/s);
    expect(await git("show", `cms/berita/${slug}:${path}`)).toContain("Versi B");
    // A page that never said who it is cannot save over anything either.
    expect(
      (
        await call(
          {
            action: "persistEntry",
            params: {
              branch: "main",
              dataFiles: [{ slug, path, raw: "x" }],
              assets: [],
              options: { collectionName: "berita", commitMessage: "c", useWorkflow: true, status: "draft" },
            },
          },
          { origin: ADMIN },
        )
      ).status,
    ).toBe(409);

    // After reading B's version (a reload), A saves on top of it.
    expect((await read(a)).json).toEqual({ data: "---\ntitle: Versi B\n---\n" });
    expect((await persist(a, "---\ntitle: Versi B lalu A\n---\n")).status).toBe(200);
    expect(await git("show", `cms/berita/${slug}:${path}`)).toContain("Versi B lalu A");
  }, 60_000);

  it("lists a draft's own files only, after another entry with media was published on main", async () => {
    const page = { [EDITOR_HEADER]: "editor-page-c" };
    const draft = "2026-01-05-draf-lama";
    await action(
      "persistEntry",
      {
        dataFiles: [{ slug: draft, path: `content/berita/${draft}.md`, raw: "---\ntitle: Draf lama\n---\n" }],
        assets: [],
        options: { newEntry: true, commitMessage: "c", collectionName: "berita", useWorkflow: true, status: "draft" },
      },
      page,
    );
    const other = "2026-01-06-terbit-dulu";
    const image = "content/media/berita/terbit-dulu-xyz.jpg";
    await action(
      "persistEntry",
      {
        dataFiles: [{ slug: other, path: `content/berita/${other}.md`, raw: "---\ntitle: Terbit dulu\n---\n" }],
        assets: [{ path: image, content: b64("jpeg3"), encoding: "base64" }],
        options: { newEntry: true, commitMessage: "c", collectionName: "berita", useWorkflow: true, status: "draft" },
      },
      page,
    );
    expect((await action("publishUnpublishedEntry", { collection: "berita", slug: other }, page)).status).toBe(200);

    const entry = await action("unpublishedEntry", { collection: "berita", slug: draft }, page);
    expect(entry.status).toBe(200);
    const { diffs, updatedAt } = entry.json as unknown as { diffs: { path: string }[]; updatedAt: string };
    // GitHub's compare API (base...head) lists only the draft's own change; so does the guard.
    expect(diffs.map((d) => d.path)).toEqual([`content/berita/${draft}.md`]);
    expect(Number.isNaN(Date.parse(updatedAt))).toBe(false);
    // The draft itself was not rewritten.
    expect(
      await git("merge-base", "--is-ancestor", "main", `cms/berita/${draft}`).then(
        () => true,
        () => false,
      ),
    ).toBe(false);
  }, 60_000);
});
