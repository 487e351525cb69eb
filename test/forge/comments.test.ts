import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { upsertPullRequestComment } from "../../src/forge/comments.ts";
import { createGitHub, type GitHub } from "../../src/forge/github.ts";
import { REVIEW_MARKER } from "../../src/forge/names.ts";
import { FakeGitHub } from "./fake-github.ts";

let fake: FakeGitHub;
let gh: GitHub;
beforeEach(async () => {
  fake = await new FakeGitHub().start();
  gh = createGitHub({ token: fake.token, baseUrl: fake.url, paceWrites: false });
});
afterEach(() => fake.stop());

const target = () => ({ owner: fake.owner, repo: fake.repo, pullNumber: 7 });

describe("upsertPullRequestComment", () => {
  it("creates the comment once, then updates the same comment", async () => {
    fake.addComment(7, "editor-satu", "Mohon dicek, Pak.");
    const first = await upsertPullRequestComment(gh, { ...target(), body: "## Laporan pemeriksaan\nVersi 1" });
    expect(first.created).toBe(true);
    const second = await upsertPullRequestComment(gh, { ...target(), body: "## Laporan pemeriksaan\nVersi 2" });
    expect(second).toEqual({ id: first.id, created: false });

    const ours = (fake.comments.get(7) ?? []).filter((c) => c.body?.includes(REVIEW_MARKER));
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toBe(`${REVIEW_MARKER}\n## Laporan pemeriksaan\nVersi 2`);
    expect(fake.writes()).toEqual([
      `POST /repos/${fake.fullName}/issues/7/comments`,
      `PATCH /repos/${fake.fullName}/issues/comments/${first.id}`,
    ]);
  });

  it("finds its comment on a later page of a long discussion", async () => {
    for (let i = 0; i < 130; i++) fake.addComment(7, "warga", `komentar ${i}`);
    const ours = fake.addComment(7, "github-actions[bot]", `${REVIEW_MARKER}\nlama`, "Bot");
    fake.addComment(7, "warga", "sesudahnya");

    const result = await upsertPullRequestComment(gh, { ...target(), body: "baru" });
    expect(result).toEqual({ id: ours.id, created: false });
    const listPages = fake.requests
      .filter((r) => r.method === "GET" && r.path.endsWith("/issues/7/comments"))
      .map((r) => r.query.page ?? "1");
    expect(listPages).toEqual(["1", "2"]);
    expect(fake.writes()).toEqual([`PATCH /repos/${fake.fullName}/issues/comments/${ours.id}`]);
    expect(fake.comments.get(7)!.length).toBe(132);
  });

  it("does not write when the body is unchanged", async () => {
    await upsertPullRequestComment(gh, { ...target(), body: "sama" });
    await upsertPullRequestComment(gh, { ...target(), body: "sama" });
    expect(fake.writes()).toHaveLength(1);
  });

  it("keeps separate comments for separate markers", async () => {
    const review = await upsertPullRequestComment(gh, { ...target(), body: "laporan" });
    const other = await upsertPullRequestComment(gh, {
      ...target(),
      marker: "<!-- warta:persetujuan -->",
      body: "status",
    });
    expect(other.created).toBe(true);
    expect(other.id).not.toBe(review.id);
  });

  it("explains a missing permission in plain words", async () => {
    fake.fail({
      method: "POST",
      path: /\/comments$/,
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    await expect(upsertPullRequestComment(gh, { ...target(), body: "x" })).rejects.toThrow(/pull-requests: write/);
  });
});
