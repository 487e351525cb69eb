import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitHub, explainError, ForgeError, PERMISSIONS, splitRepo } from "../../src/forge/github.ts";
import { FakeGitHub } from "./fake-github.ts";

let fake: FakeGitHub;
beforeEach(async () => {
  fake = await new FakeGitHub().start();
});
afterEach(() => fake.stop());

describe("createGitHub", () => {
  it("takes the base URL from GITHUB_API_URL like GitHub Actions sets it", async () => {
    const before = process.env.GITHUB_API_URL;
    process.env.GITHUB_API_URL = `${fake.url}/`;
    try {
      const gh = createGitHub({ token: fake.token });
      const repo = await gh.rest.repos.get({ owner: fake.owner, repo: fake.repo });
      expect(repo.data.full_name).toBe(fake.fullName);
      expect(fake.requests.map((r) => r.path)).toEqual([`/repos/${fake.fullName}`]);
    } finally {
      if (before === undefined) delete process.env.GITHUB_API_URL;
      else process.env.GITHUB_API_URL = before;
    }
  });

  it("retries a server error and succeeds", async () => {
    fake.fail({ method: "GET", path: /\/pulls\/3$/, status: 502, body: { message: "Server Error" }, times: 1 });
    fake.addPull({ number: 3, author: "yoga-p", headSha: "a".repeat(40) });
    const gh = createGitHub({ token: fake.token, baseUrl: fake.url, paceWrites: false });
    const pull = await gh.rest.pulls.get({ owner: fake.owner, repo: fake.repo, pull_number: 3 });
    expect(pull.data.number).toBe(3);
    expect(fake.requests.filter((r) => r.path.endsWith("/pulls/3"))).toHaveLength(2);
  });

  it("waits out a primary rate limit and retries, with a warning", async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    fake.fail({
      method: "GET",
      path: new RegExp(`^/repos/${fake.fullName}$`),
      status: 429,
      body: { message: "API rate limit exceeded" },
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": reset },
      times: 1,
    });
    const warnings: string[] = [];
    const gh = createGitHub({ token: fake.token, baseUrl: fake.url, paceWrites: false, warn: (m) => warnings.push(m) });
    const repo = await gh.rest.repos.get({ owner: fake.owner, repo: fake.repo });
    expect(repo.data.default_branch).toBe("main");
    expect(warnings.join("\n")).toContain("GitHub membatasi jumlah permintaan (GET");
  });

  it("refuses an empty token before any request", () => {
    expect(() => createGitHub({ token: "", baseUrl: fake.url })).toThrow(/GITHUB_TOKEN/);
    expect(fake.requests).toEqual([]);
  });
});

describe("explainError", () => {
  const op = { id: "membaca repositori", permission: PERMISSIONS.metadata };
  it("keeps an already explained error and wraps a network failure", () => {
    const explained = new ForgeError(403, "a");
    expect(explainError(explained, op, "o/r")).toBe(explained);
    expect(explainError(new Error("ECONNREFUSED"), op, "o/r").message).toBe(
      "Gagal membaca repositori di o/r: ECONNREFUSED",
    );
  });

  it("names a malformed repository and the fix", () => {
    expect(() => splitRepo("situs")).toThrow(/tulis pemilik\/nama/);
    expect(splitRepo("dinas-contoh/situs.web")).toEqual({ owner: "dinas-contoh", repo: "situs.web" });
  });
});
