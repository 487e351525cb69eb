import { join } from "node:path";
import { rm } from "node:fs/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { flagUrgent } from "../../src/review/run.ts";
import { FakeGitHub } from "../forge/fake-github.ts";
import { contentFixture } from "../forge/team-fixture.ts";

let fake: FakeGitHub;
let root: string;
beforeEach(async () => {
  fake = await new FakeGitHub().start();
  root = await contentFixture();
  fake.addPull({
    number: 7,
    author: "yoga-p",
    headSha: "b".repeat(40),
    headRef: "cms/informasi-publik/peringatan-banjir",
    title: "Peringatan dini banjir",
  });
});
afterEach(async () => {
  await fake.stop();
  await rm(root, { recursive: true, force: true });
});

describe("an urgent (serta-merta) entry without the label", () => {
  it("labels the pull request and asks every official at once", async () => {
    const asked = await flagUrgent({
      token: fake.token,
      baseUrl: fake.url,
      owner: fake.owner,
      repo: fake.repo,
      pullNumber: 7,
      author: "yoga-p",
      contentDir: join(root, "content"),
    });
    expect(asked.sort()).toEqual(["Hendra-W", "ratna-k"]);
    const P = `/repos/${fake.fullName}`;
    expect(fake.writes()).toEqual([`POST ${P}/issues/7/labels`, `POST ${P}/pulls/7/requested_reviewers`]);
    expect(fake.requests.find((r) => r.path.endsWith("/labels"))!.body).toEqual({ labels: ["serta-merta"] });
  });
});
