/** `npm run social` end to end: arguments, output, exit codes, the job summary, a real ledger. */
import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeContentFixture, markdown, removeContentFixture } from "../content/fixture.ts";
import { git, makeRepos, type Repos } from "./git.ts";
import { servers } from "./harness.ts";
import { SECRETS, type FakePlatforms, type FakeSite } from "./platforms.ts";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");

let platforms: FakePlatforms;
let site: FakeSite;
let closeServers: () => Promise<void>;
let contentDir: string;
let repos: Repos;

beforeAll(async () => {
  ({ platforms, site, close: closeServers } = await servers());
  contentDir = await makeContentFixture({ data: { site: { url: site.url } } });
  repos = await makeRepos(1);
});
afterAll(async () => {
  await closeServers();
  await removeContentFixture(contentDir);
  await repos.cleanup();
});

async function social(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "scripts/social.ts"), ...args],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run social", () => {
  it("explains itself and refuses wrong arguments with exit code 2", async () => {
    const help = await social(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--dry-run");
    expect(help.stdout).toContain("TELEGRAM_BOT_TOKEN");
    const wrong = await social(["--all"]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("--all only works with --dry-run");
  });

  it("previews every public item with --dry-run --all and writes the job summary", async () => {
    const summary = path.join(repos.root, "summary.md");
    const { code, stdout } = await social(["--dry-run", "--all", "--content", contentDir, "--channel", "telegram,x"], {
      GITHUB_STEP_SUMMARY: summary,
    });
    expect(code).toBe(0);
    expect(stdout).toContain("── Telegram · /berita/pelatihan-umkm/ ──");
    expect(stdout).toContain(`${site.url}/berita/pelatihan-umkm/`);
    expect(stdout).toMatch(/Item\s+Kanal\s+Status/);
    const markdownSummary = await readFile(summary, "utf8");
    expect(markdownSummary).toContain("| Item | Kanal | Status | Tautan / keterangan |");
    expect(markdownSummary.match(/akan dikirim/g)).toHaveLength(8);
  });

  it("posts a new item once through a real ledger, with tokens masked in all output", async () => {
    const env = {
      MASTODON_URL: platforms.url,
      MASTODON_TOKEN: SECRETS.MASTODON_TOKEN,
      BLUESKY_SERVICE: platforms.url,
      BLUESKY_HANDLE: SECRETS.BLUESKY_HANDLE,
      BLUESKY_APP_PASSWORD: SECRETS.BLUESKY_APP_PASSWORD,
      GITHUB_STEP_SUMMARY: path.join(repos.root, "posted.md"),
    };
    const args = ["--content", contentDir, "--repo", repos.clones[0]!, "--remote", "origin"];
    const baseline = await social(args, env);
    expect(baseline.code).toBe(0);
    expect(baseline.stdout).toContain("8 item lama ditandai sudah terkirim");

    await mkdir(path.join(contentDir, "berita"), { recursive: true });
    await writeFile(
      path.join(contentDir, "berita/2025-11-21-layanan-baru.md"),
      markdown(
        {
          title: "Layanan informasi publik daring dibuka",
          date: "2025-11-21T08:00",
          summary: "Warga kini dapat mengajukan permohonan informasi publik secara daring.",
          division: "ikp",
          tags: ["ppid"],
          cover: { src: "/media/2025/pelatihan.png", alt: "Petugas PPID melayani warga" },
          author: "Tim Humas",
        },
        "Isi berita.",
      ),
    );
    site.deploy("/berita/layanan-baru/", "/media/2025/pelatihan.png");
    const posted = await social(args, env);
    expect(posted.code).toBe(0);
    expect(posted.stdout).toMatch(/Layanan informasi publik daring dibuka\s+Mastodon\s+terkirim\s+http/);
    expect(posted.stdout).toMatch(/Bluesky\s+terkirim\s+https:\/\/bsky\.app\/profile\//);
    expect(platforms.posts.map((p) => p.channel).sort()).toEqual(["bluesky", "mastodon"]);

    const again = await social(args, env);
    expect(again.stdout).toContain("Tidak ada yang perlu dikirim.");
    expect(platforms.posts).toHaveLength(2);

    const output =
      baseline.stdout +
      posted.stdout +
      again.stdout +
      posted.stderr +
      (await readFile(env.GITHUB_STEP_SUMMARY, "utf8")) +
      (await git(repos.remote, "show", "warta-ledger:ledger.jsonl"));
    expect(output).not.toContain(SECRETS.MASTODON_TOKEN);
    expect(output).not.toContain(SECRETS.BLUESKY_APP_PASSWORD);
  });
});
