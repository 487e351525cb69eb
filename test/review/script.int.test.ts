/**
 * `npm run review` as GitHub Actions runs it: the pull_request event file, the step summary, and
 * the PR comment posted over real HTTP to a local server answering in GitHub's REST shapes.
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpsOf } from "../../src/review/gps.ts";
import { berita, jpegWithGps, makeRepo, seedSite, type Repo } from "./fixture.ts";

const run = promisify(execFile);
const ROOT = new URL("../..", import.meta.url).pathname;
const TOKEN = "ghs_test-token-that-must-never-be-printed";
const NIK = "3201014508900012";

interface Comment {
  id: number;
  body: string;
}

/** The three issue-comment endpoints the report uses, with GitHub's status codes and shapes. */
function fakeGitHub(comments: Comment[], requests: string[]): Server {
  let nextId = 1000;
  return createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(body));
      };
      const url = new URL(req.url!, "http://127.0.0.1");
      if (req.method === "GET" && url.pathname === "/repos/contoh/situs/issues/7/comments") return send(200, comments);
      if (req.method === "POST" && url.pathname === "/repos/contoh/situs/issues/7/comments") {
        const comment = { id: nextId++, body: (JSON.parse(raw) as { body: string }).body };
        comments.push(comment);
        return send(201, comment);
      }
      const update = /^\/repos\/contoh\/situs\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (req.method === "PATCH" && update) {
        const comment = comments.find((c) => c.id === Number(update[1]));
        if (!comment) return send(404, { message: "Not Found" });
        comment.body = (JSON.parse(raw) as { body: string }).body;
        return send(200, comment);
      }
      send(404, { message: "Not Found" });
    });
  });
}

describe("scripts/review.ts", () => {
  let repo: Repo;
  let server: Server;
  const comments: Comment[] = [];
  const requests: string[] = [];
  let env: NodeJS.ProcessEnv;

  const review = (...args: string[]) =>
    run("node", ["--import", "tsx", join(ROOT, "scripts/review.ts"), "--repo", repo.dir, ...args], {
      cwd: ROOT,
      env,
    }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );

  beforeAll(async () => {
    repo = await makeRepo();
    const base = await seedSite(repo);
    repo.git("checkout", "-q", "-b", "cms/berita/bansos");
    await repo.write(
      "content/berita/2026-11-24-bansos.md",
      berita("Penyaluran bantuan sosial tahap III", `Penerima NIK ${NIK}.`),
    );
    await repo.write("content/media/berita/lokasi.jpg", await jpegWithGps());
    const head = repo.commit("Create Berita “bansos”", "2026-11-24T09:00:00+07:00");
    server = fakeGitHub(comments, requests);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const event = join(repo.dir, "..", `${repo.dir.split("/").pop()}-event.json`);
    await writeFile(
      event,
      JSON.stringify({
        action: "synchronize",
        number: 7,
        pull_request: {
          number: 7,
          created_at: "2026-11-24T02:05:00Z",
          labels: [{ name: "decap-cms/pending_publish" }, { name: "serta-merta" }],
          base: { sha: base, repo: { name: "situs", owner: { login: "contoh" } } },
          head: { sha: head },
        },
        repository: { name: "situs", owner: { login: "contoh" } },
      }),
    );
    env = {
      ...process.env,
      GITHUB_EVENT_PATH: event,
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      GITHUB_STEP_SUMMARY: join(repo.dir, "..", `${repo.dir.split("/").pop()}-summary.md`),
    };
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await repo.dispose();
  });

  it("prints help and rejects unknown arguments", async () => {
    const help = await review("--help");
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Cara pakai: npm run review");
    expect(help.stdout).not.toMatch(/\bUsage\b/);
    const bad = await review("--bogus");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Argumen --bogus tidak dikenal");
  });

  it("posts one comment per pull request, updated in place on the next push", async () => {
    const first = await review("--no-build", "--out", join(repo.dir, "report.md"));
    expect(first.code).toBe(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.startsWith("<!-- warta:review -->")).toBe(true);
    expect(comments[0]!.body).toContain("🚨 **Informasi serta merta** (label `serta-merta`)");
    expect(comments[0]!.body).toContain("(saat pull request dibuat)");
    expect(comments[0]!.body).not.toContain(NIK);
    expect(await readFile(join(repo.dir, "report.md"), "utf8")).toBe(comments[0]!.body);
    expect(await readFile(env.GITHUB_STEP_SUMMARY!, "utf8")).toContain("### Temuan penyaringan");

    await repo.write(
      "content/berita/2026-11-24-bansos.md",
      berita("Penyaluran bantuan sosial tahap III", "Penerima sudah disamarkan."),
    );
    repo.commit("Update Berita “bansos”");
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH!, "utf8"));
    event.pull_request.head.sha = repo.git("rev-parse", "HEAD").trim();
    await writeFile(env.GITHUB_EVENT_PATH!, JSON.stringify(event));
    const second = await review("--no-build");
    // The NIK is gone; the photo's GPS (medium) remains for the official's judgement.
    expect(second.code).toBe(0);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain("⚠️ **Perlu pertimbangan pejabat**");
    expect(requests.filter((r) => r.startsWith("POST"))).toHaveLength(1);
    expect(requests.filter((r) => r.startsWith("PATCH"))).toHaveLength(1);
    expect(requests.every((r) => r.endsWith(`token ${TOKEN}`))).toBe(true);
    for (const out of [first.stdout, first.stderr, second.stdout, second.stderr]) expect(out).not.toContain(TOKEN);
  });

  it("skips the comment with --no-comment", async () => {
    const before = requests.length;
    const result = await review("--no-build", "--no-comment");
    expect(result.stdout).toContain("<!-- warta:review -->");
    expect(requests.length).toBe(before);
  });

  it("--strip-gps removes GPS from the changed photos", async () => {
    const result = await review("--strip-gps");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("GPS dihapus");
    expect(await gpsOf(await readFile(join(repo.dir, "content/media/berita/lokasi.jpg")))).toBeUndefined();
  });
});
