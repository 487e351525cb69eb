import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runApproval, type ApprovalContext } from "../../src/forge/approval.ts";
import { runCommand as run } from "../../src/command/command.ts";
import { approvalCommand } from "../../src/forge/command.ts";
import { createGitHub, type GitHub } from "../../src/forge/github.ts";
import { loadGovernance } from "../../src/forge/team.ts";
import { englishWords } from "../english.ts";
import { FakeGitHub } from "./fake-github.ts";
import { contentFixture } from "./team-fixture.ts";

const HEAD = "a".repeat(40);
const OLD = "9".repeat(40);

let fake: FakeGitHub;
let gh: GitHub;
let root: string;
let ctx: ApprovalContext;
/** Everything `npm run approval` printed in this test. */
let logged: string[] = [];

beforeEach(async () => {
  fake = await new FakeGitHub().start();
  gh = createGitHub({ token: fake.token, baseUrl: fake.url, paceWrites: false });
  root = await contentFixture();
  const gov = await loadGovernance(join(root, "content"));
  ctx = { owner: fake.owner, repo: fake.repo, team: gov.team, branch: "main", timeZone: "Asia/Jakarta" };
  fake.addPull({
    number: 12,
    author: "yoga-p",
    headSha: HEAD,
    headRef: "cms/berita/banjir-bandang",
    title: "Create Berita “banjir-bandang”",
  });
  fake.addCheckRun(HEAD, "Pemeriksaan konten", "completed", "success");
});
afterEach(async () => {
  // What officials read on the pull request and admins in the workflow log is Indonesian.
  const comments = [...fake.comments.values()].flat().map((c) => c.body);
  expect(englishWords([...comments, ...logged].join("\n")), "English in the approval output").toEqual([]);
  logged = [];
  await fake.stop();
  await rm(root, { recursive: true, force: true });
});

const P = () => `/repos/${fake.fullName}`;
const approve = (by: string, commit = HEAD) => {
  fake.addReview(12, { by, state: "APPROVED", commit });
  return { kind: "review" as const, reviewer: by, state: "APPROVED" as const, body: "", commitId: commit };
};

describe("merge on approval", () => {
  it("merges with a pejabat approval and green checks, starts the deploy, then deletes the draft branch", async () => {
    const outcome = await runApproval(gh, ctx, 12, approve("ratna-k"));
    expect(outcome).toMatchObject({ merged: true, deployStarted: true, decision: { action: "merge" } });

    // The dispatch comes right after the merge: nothing later (comment, branch) can keep the deploy back.
    expect(fake.writes()).toEqual([
      `PUT ${P()}/pulls/12/merge`,
      `POST ${P()}/actions/workflows/deploy.yml/dispatches`,
      `POST ${P()}/issues/12/comments`,
      `DELETE ${P()}/git/refs/heads/cms/berita/banjir-bandang`,
    ]);
    const merge = fake.requests.find((r) => r.method === "PUT")!.body as Record<string, string>;
    expect(merge).toMatchObject({
      sha: HEAD,
      merge_method: "merge",
      commit_title: "Terbitkan: Create Berita “banjir-bandang” (#12)",
    });
    expect(merge.commit_message).toMatch(
      /^Disetujui oleh Ratna Kusumawardani \(Kepala Bidang IKP\), @ratna-k pada \d{1,2} \w+ \d{4} pukul \d{2}\.\d{2} WIB\./,
    );
    expect(fake.pulls.get(12)!.merged).toBe(true);
    expect(fake.branches.has("cms/berita/banjir-bandang")).toBe(false);
    expect(fake.dispatches).toEqual([{ workflow: "deploy.yml", ref: "main" }]);
    expect(fake.comments.get(12)![0]!.body).toContain("Disetujui dan diterbitkan");
  });

  // GitHub docs (git refs): deleting a missing reference answers 422 "Reference does not exist". With
  // "Automatically delete head branches" on, GitHub deletes the branch at the merge itself.
  it("still deploys when GitHub already deleted the head branch (422 on delete)", async () => {
    fake.fail({
      method: "DELETE",
      path: /\/git\/refs\//,
      status: 422,
      body: {
        message: "Reference does not exist",
        documentation_url: "https://docs.github.com/rest/git/refs#delete-a-reference",
      },
    });
    const outcome = await runApproval(gh, ctx, 12, approve("ratna-k"));
    expect(outcome).toMatchObject({ merged: true, deployStarted: true });
    expect(fake.dispatches).toEqual([{ workflow: "deploy.yml", ref: "main" }]);
  });

  it("a branch gone as 404 is fine too; another delete failure is reported after the deploy started", async () => {
    fake.fail({ method: "DELETE", path: /\/git\/refs\//, status: 404, body: { message: "Not Found" }, times: 1 });
    expect((await runApproval(gh, ctx, 12, approve("ratna-k"))).deployStarted).toBe(true);

    fake.addPull({ number: 13, author: "yoga-p", headSha: "c".repeat(40) });
    fake.addCheckRun("c".repeat(40), "Pemeriksaan konten", "completed", "success");
    fake.fail({
      method: "DELETE",
      path: /\/git\/refs\//,
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    fake.addReview(13, { by: "ratna-k", state: "APPROVED", commit: "c".repeat(40) });
    await expect(runApproval(gh, ctx, 13, { kind: "checks-completed" })).rejects.toThrow(/menghapus cabang draf/);
    expect(fake.dispatches).toHaveLength(2);
  });

  it("does not merge when the approving official pushed last, and says why on the pull request", async () => {
    fake.commits.set(HEAD, { author: "ratna-k", committer: "ratna-k" });
    const outcome = await runApproval(gh, ctx, 12, approve("ratna-k"));
    expect(outcome.merged).toBe(false);
    expect(fake.writes()).toEqual([`POST ${P()}/issues/12/comments`]);
    expect(fake.comments.get(12)![0]!.body).toContain("@ratna-k sendiri yang mengunggah perubahan terakhir");
    expect(fake.comments.get(12)![0]!.body).toContain("pejabat lain (@Hendra-W) perlu menyetujui");
  });

  it("a change made on github.com counts its author as the pusher (committer web-flow)", async () => {
    fake.commits.set(HEAD, { author: "Hendra-W", committer: "web-flow" });
    expect((await runApproval(gh, ctx, 12, approve("hendra-w"))).merged).toBe(false);
    expect((await runApproval(gh, ctx, 12, approve("ratna-k"))).merged).toBe(true);
  });

  it("asks a person to merge a pull request that changes a workflow", async () => {
    fake.pullFiles.set(12, ["content/berita/banjir-bandang.md", ".github/workflows/review.yml"]);
    const outcome = await runApproval(gh, ctx, 12, approve("ratna-k"));
    expect(outcome.merged).toBe(false);
    expect(fake.writes()).toEqual([`POST ${P()}/issues/12/comments`]);
    const body = fake.comments.get(12)![0]!.body!;
    expect(body).toContain("mengubah workflow (.github/workflows/review.yml)");
    expect(body).toContain('tekan "Merge pull request"');
    expect(body).not.toContain("contents: write");
  });

  it("when GitHub still refuses a workflow change, the comment says a person must merge (no contents: write advice)", async () => {
    fake.fail({
      method: "PUT",
      path: /\/merge$/,
      status: 403,
      body: {
        message:
          "refusing to allow a GitHub App to create or update workflow `.github/workflows/review.yml` without `workflows` permission",
      },
    });
    await expect(runApproval(gh, ctx, 12, approve("ratna-k"))).rejects.toThrow(
      /perlu menggabungkan pull request ini sendiri/,
    );
    const body = fake.comments.get(12)![0]!.body!;
    expect(body).toContain("Disetujui, tetapi GitHub menolak penggabungan");
    expect(body).toContain("Seorang pejabat atau admin perlu menggabungkan pull request ini sendiri");
    expect(body).not.toContain("contents: write");
    expect(fake.dispatches).toEqual([]);
  });

  it("does not merge on a petugas's approval", async () => {
    const outcome = await runApproval(gh, ctx, 12, approve("dimas-s"));
    expect(outcome.decision.action).toBe("none");
    expect(fake.writes()).toEqual([]);
  });

  it("does not merge when a check failed, and tells the official why", async () => {
    fake.addCheckRun(HEAD, "Pemeriksaan konten", "completed", "failure");
    const outcome = await runApproval(gh, ctx, 12, approve("Hendra-W"));
    expect(outcome.merged).toBe(false);
    expect(fake.writes()).toEqual([`POST ${P()}/issues/12/comments`]);
    expect(fake.comments.get(12)![0]!.body).toMatch(/Pemeriksaan otomatis gagal \(Pemeriksaan konten\)/);
    expect(fake.pulls.get(12)!.merged).toBe(false);
  });

  it("does not merge on a stale approval of an older commit", async () => {
    const outcome = await runApproval(gh, ctx, 12, approve("ratna-k", OLD));
    expect(outcome.decision).toMatchObject({ action: "wait" });
    expect(fake.writes().some((w) => w.includes("/merge"))).toBe(false);
  });

  it("merges later when the checks finish after the approval (workflow_run)", async () => {
    fake.checkRuns.set(HEAD, []);
    fake.addCheckRun(HEAD, "Pemeriksaan konten", "in_progress");
    expect((await runApproval(gh, ctx, 12, approve("ratna-k"))).merged).toBe(false);
    fake.addCheckRun(HEAD, "Pemeriksaan konten", "completed", "success");
    expect((await runApproval(gh, ctx, 12, { kind: "checks-completed" })).merged).toBe(true);
  });

  it("reports in plain words when GitHub refuses the merge (ruleset not satisfied)", async () => {
    fake.fail({
      method: "PUT",
      path: /\/merge$/,
      status: 405,
      body: {
        message:
          "Repository rule violations found\n\nAt least 1 approving review is required by reviewers with write access.",
      },
    });
    await expect(runApproval(gh, ctx, 12, approve("ratna-k"))).rejects.toThrow(/aturan cabang belum terpenuhi/);
    expect(fake.dispatches).toEqual([]);
    expect(fake.comments.get(12)![0]!.body).toMatch(/GitHub menolak penggabungan[\s\S]*aturan cabang belum terpenuhi/);
  });

  it("refuses to merge a commit pushed after the decision (409)", async () => {
    fake.fail({
      method: "PUT",
      path: /\/merge$/,
      status: 409,
      body: { message: "Head branch was modified. Review and try the merge again." },
    });
    await expect(runApproval(gh, ctx, 12, approve("ratna-k"))).rejects.toThrow(/ada commit baru/);
  });
});

describe("rejection", () => {
  it("'/tolak <alasan>' by a pejabat labels, records the reason and closes; the branch stays", async () => {
    fake.addReview(12, {
      by: "ratna-k",
      state: "CHANGES_REQUESTED",
      commit: HEAD,
      body: "/tolak Foto memuat NIK warga pada KTP.",
    });
    const outcome = await runApproval(gh, ctx, 12, {
      kind: "review",
      reviewer: "ratna-k",
      state: "CHANGES_REQUESTED",
      body: "/tolak Foto memuat NIK warga pada KTP.",
      commitId: HEAD,
    });
    expect(outcome.decision.action).toBe("reject");
    expect(fake.writes()).toEqual([
      `POST ${P()}/issues/12/labels`,
      `POST ${P()}/issues/12/comments`,
      `PATCH ${P()}/pulls/12`,
    ]);
    const pull = fake.pulls.get(12)!;
    expect(pull.state).toBe("closed");
    expect(pull.merged).toBe(false);
    expect(pull.labels.map((l) => l.name)).toContain("ditolak");
    const record = fake.comments.get(12)!.at(-1)!.body!;
    expect(record).toContain("<!-- warta:ditolak -->");
    expect(record).toContain("Ditolak oleh Ratna Kusumawardani (Kepala Bidang IKP), @ratna-k");
    expect(record).toContain("**Alasan:** Foto memuat NIK warga pada KTP.");
    expect(fake.branches.has("cms/berita/banjir-bandang")).toBe(true);
  });

  it("a /tolak whose run was cancelled in the queue is acted on by the next run, not merged past", async () => {
    approve("ratna-k");
    fake.addComment(12, "Hendra-W", "/tolak Data penerima bantuan belum diverifikasi.");
    const outcome = await runApproval(gh, ctx, 12, { kind: "checks-completed" });
    expect(outcome).toMatchObject({ merged: false, decision: { action: "reject", by: { github: "Hendra-W" } } });
    expect(fake.writes()).toEqual([
      `POST ${P()}/issues/12/labels`,
      `POST ${P()}/issues/12/comments`,
      `PATCH ${P()}/pulls/12`,
    ]);
    expect(fake.pulls.get(12)!.merged).toBe(false);
  });

  it("the ditolak label by a pejabat closes with the reason they wrote", async () => {
    fake.addComment(12, "Hendra-W", "Informasi ini termasuk yang dikecualikan (Pasal 17).");
    fake.pulls.get(12)!.labels.push({
      id: 1,
      node_id: "L",
      url: "",
      name: "ditolak",
      description: null,
      color: "d73a4a",
      default: false,
    });
    await runApproval(gh, ctx, 12, { kind: "labeled", label: "ditolak", sender: "hendra-w" });
    expect(fake.writes()).toEqual([`POST ${P()}/issues/12/comments`, `PATCH ${P()}/pulls/12`]);
    expect(fake.comments.get(12)!.at(-1)!.body).toContain(
      "**Alasan:** Informasi ini termasuk yang dikecualikan (Pasal 17).",
    );
  });

  it("the ditolak label by a non-pejabat is removed again and nothing closes", async () => {
    fake.pulls.get(12)!.labels.push({
      id: 1,
      node_id: "L",
      url: "",
      name: "ditolak",
      description: null,
      color: "d73a4a",
      default: false,
    });
    await runApproval(gh, ctx, 12, { kind: "labeled", label: "ditolak", sender: "dimas-s" });
    expect(fake.writes()).toEqual([`DELETE ${P()}/issues/12/labels/ditolak`, `POST ${P()}/issues/12/comments`]);
    expect(fake.pulls.get(12)!.state).toBe("open");
  });
});

describe("serta-merta", () => {
  it("requests every pejabat as reviewer at once", async () => {
    await runApproval(gh, ctx, 12, { kind: "labeled", label: "serta-merta", sender: "yoga-p" });
    expect(fake.writes()).toEqual([`POST ${P()}/pulls/12/requested_reviewers`]);
    expect(fake.requests.at(-1)!.body).toEqual({ reviewers: ["Hendra-W", "ratna-k"] });
  });

  it("names the fix when an official is not a collaborator (422)", async () => {
    fake.fail({
      method: "POST",
      path: /requested_reviewers$/,
      status: 422,
      body: {
        message:
          "Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the dinas-contoh/situs repository.",
      },
    });
    await expect(runApproval(gh, ctx, 12, { kind: "labeled", label: "serta-merta", sender: "yoga-p" })).rejects.toThrow(
      /meminta ulasan pejabat \(422, GitHub: “Reviews may only be requested from collaborators.*harus kolaborator dengan akses tulis/s,
    );
  });
});

describe("npm run approval (the workflow entry)", () => {
  const runCommand = async (eventName: string, payload: unknown, extra: Record<string, string> = {}) => {
    const eventPath = join(root, "event.json");
    const outputPath = join(root, "output.txt");
    await writeFile(eventPath, JSON.stringify(payload));
    await writeFile(outputPath, "");
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(approvalCommand, ["--content", join(root, "content")], {
      env: {
        GITHUB_TOKEN: fake.token,
        GITHUB_API_URL: fake.url,
        GITHUB_REPOSITORY: fake.fullName,
        GITHUB_EVENT_NAME: eventName,
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_OUTPUT: outputPath,
        ...extra,
      },
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    logged.push(...out, ...err);
    return { code, out: out.join("\n"), err: err.join("\n"), output: await readFile(outputPath, "utf8") };
  };

  it("merges on the workflow_run after the checks and sets merged=true", async () => {
    fake.addReview(12, { by: "ratna-k", state: "APPROVED", commit: HEAD });
    const r = await runCommand("workflow_run", {
      workflow_run: { conclusion: "success", pull_requests: [{ number: 12 }] },
    });
    expect(r).toMatchObject({ code: 0, output: "merged=true\n" });
    expect(r.out).toBe("#12: digabung (disetujui @ratna-k); deploy dijalankan");
  });

  it("does nothing for a non-pejabat approval and sets merged=false", async () => {
    fake.addReview(12, { by: "yoga-p", state: "APPROVED", commit: HEAD });
    const r = await runCommand("pull_request_review", {
      action: "submitted",
      pull_request: { number: 12 },
      review: { user: { login: "yoga-p" }, state: "approved", body: "", commit_id: HEAD },
    });
    expect(r).toMatchObject({ code: 0, output: "merged=false\n" });
    expect(r.out).toContain("tidak ada tindakan");
    expect(fake.writes()).toEqual([]);
  });

  it("exits 3 with the plain message when the token lacks a permission", async () => {
    fake.addReview(12, { by: "ratna-k", state: "APPROVED", commit: HEAD });
    fake.fail({
      method: "PUT",
      path: /\/merge$/,
      status: 403,
      body: { message: "Resource not accessible by integration" },
    });
    const r = await runCommand("pull_request_review", {
      action: "submitted",
      pull_request: { number: 12 },
      review: { user: { login: "ratna-k" }, state: "approved", body: "", commit_id: HEAD },
    });
    expect(r.code).toBe(3);
    expect(r.err).toContain("Token tidak diizinkan menggabungkan pull request");
    expect(r.err).toContain("`permissions: contents: write`");
  });

  it("refuses a broken team.yml before any request", async () => {
    await writeFile(
      join(root, "content/_data/team.yml"),
      (await readFile(join(root, "content/_data/team.yml"), "utf8")).replaceAll("role: pejabat", "role: editor"),
    );
    const r = await runCommand("workflow_run", {
      workflow_run: { conclusion: "success", pull_requests: [{ number: 12 }] },
    });
    expect(r.code).toBe(2);
    expect(r.err).toContain("tidak ada anggota dengan peran pejabat");
    expect(fake.requests).toEqual([]);
  });
});
