import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GitLedger, latestByKey, parseLedger, recordKey, type LedgerRecord } from "../../src/social/ledger.ts";
import { git, makeRepos, type Repos } from "./git.ts";

let repos: Repos;
beforeEach(async () => (repos = await makeRepos(2)));
afterEach(() => repos.cleanup());

const record = (url: string, state: LedgerRecord["state"], run = "r1"): LedgerRecord => ({
  url,
  channel: "telegram",
  state,
  run,
  at: "2025-11-03T02:00:00.000Z",
});

describe("GitLedger", () => {
  it("reads an empty ledger while the branch does not exist", async () => {
    const ledger = new GitLedger({ repoDir: repos.clones[0]!, remote: "origin" });
    expect(await ledger.read()).toEqual({ text: "", records: [] });
  });

  it("writes a commit on the branch that another checkout reads from the tip", async () => {
    const a = new GitLedger({ repoDir: repos.clones[0]!, remote: "origin" });
    const snapshot = await a.read();
    expect(await a.append(snapshot, [record("https://d.go.id/berita/a/", "pending")], "claim")).toBe(true);
    expect(await a.append(snapshot, [record("https://d.go.id/berita/a/", "posted")], "result")).toBe(true);

    // The other clone names the remote by path: a URL or path works as well as a remote name.
    const b = new GitLedger({ repoDir: repos.clones[1]!, remote: repos.remote });
    const read = await b.read();
    expect(read.records.map((r) => r.state)).toEqual(["pending", "posted"]);
    expect(read.tip).toBe(snapshot.tip);
    expect(
      latestByKey(read.records).get(recordKey({ url: "https://d.go.id/berita/a/", channel: "telegram" }))?.state,
    ).toBe("posted");
    const files = await git(repos.remote, "ls-tree", "--name-only", "warta-ledger");
    expect(files.trim().split("\n")).toEqual(["README.md", "ledger.jsonl"]);
    expect((await git(repos.remote, "log", "--format=%s", "warta-ledger")).trim().split("\n")).toEqual([
      "result",
      "claim",
    ]);
  });

  it("refuses a write based on a stale tip (another run pushed first)", async () => {
    const a = new GitLedger({ repoDir: repos.clones[0]!, remote: "origin" });
    const b = new GitLedger({ repoDir: repos.clones[1]!, remote: "origin" });
    const seenByA = await a.read();
    const seenByB = await b.read();
    expect(await b.append(seenByB, [record("https://d.go.id/x/", "pending", "b")], "b claims")).toBe(true);
    expect(await a.append(seenByA, [record("https://d.go.id/x/", "pending", "a")], "a claims")).toBe(false);
    const final = await a.read();
    expect(final.records.map((r) => r.run)).toEqual(["b"]);

    // Also once the branch exists: a's next write from an old snapshot is refused too.
    const old = await a.read();
    expect(await b.append(await b.read(), [record("https://d.go.id/y/", "posted", "b")], "b again")).toBe(true);
    expect(await a.append(old, [record("https://d.go.id/y/", "pending", "a")], "a late")).toBe(false);
  });

  it("lets exactly one of two simultaneous writers win", async () => {
    const a = new GitLedger({ repoDir: repos.clones[0]!, remote: "origin" });
    const b = new GitLedger({ repoDir: repos.clones[1]!, remote: "origin" });
    await a.append(await a.read(), [record("https://d.go.id/seed/", "baseline", "seed")], "seed");
    const [sa, sb] = await Promise.all([a.read(), b.read()]);
    const results = await Promise.all([
      a.append(sa, [record("https://d.go.id/z/", "pending", "a")], "a"),
      b.append(sb, [record("https://d.go.id/z/", "pending", "b")], "b"),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await a.read()).records).toHaveLength(2);
  });

  it("leaves the checkout's work tree, index and branches alone", async () => {
    const clone = repos.clones[0]!;
    const head = await git(clone, "rev-parse", "HEAD");
    const ledger = new GitLedger({ repoDir: clone, remote: "origin" });
    await ledger.append(await ledger.read(), [record("https://d.go.id/a/", "posted")], "x");
    await ledger.read();
    expect(await git(clone, "status", "--porcelain")).toBe("");
    expect(await git(clone, "rev-parse", "HEAD")).toBe(head);
    // No local branch, no leftover scratch ref (git may update the remote-tracking ref; that is harmless).
    const refs = (await git(clone, "for-each-ref", "--format=%(refname)")).trim().split("\n");
    expect(refs.filter((r) => !r.startsWith("refs/remotes/"))).toEqual(["refs/heads/main"]);
  });

  it("throws, rather than reporting a conflict, when the remote rejects the push for another reason", async () => {
    await repos.hook("echo 'protected branch' >&2; exit 1");
    const ledger = new GitLedger({ repoDir: repos.clones[0]!, remote: "origin" });
    await expect(ledger.append(await ledger.read(), [record("https://d.go.id/a/", "posted")], "x")).rejects.toThrow(
      /pre-receive hook declined|protected branch/,
    );
  });

  it("stops at a broken line rather than skipping it", () => {
    expect(() => parseLedger('{"url":"u","channel":"x","state":"posted"}\nnot json\n')).toThrow(
      "ledger.jsonl baris 2 bukan JSON yang sah",
    );
  });
});
