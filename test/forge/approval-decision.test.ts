import { describe, expect, it } from "vitest";
import {
  checksVerdict,
  decide,
  readEvent,
  rejectionReason,
  type ApprovalEvent,
  type PullState,
} from "../../src/forge/approval.ts";
import type { TeamData } from "../../src/content/schema.ts";

const team: TeamData = {
  decree: { number: "800/017/2026", date: "2026-01-12", title: "Pembentukan Tim Pengelola" },
  members: [
    { name: "Hendra Wiratama", role: "pejabat", position: "Kepala Dinas", github: "Hendra-W" },
    { name: "Ratna Kusumawardani", role: "pejabat", github: "ratna-k" },
    { name: "Yoga Pratama", role: "editor", github: "yoga-p" },
    { name: "Dimas Saputra", role: "petugas", github: "dimas-s" },
  ],
};
const HEAD = "a".repeat(40);
const OLD = "9".repeat(40);
const opts = { branch: "main" };

function pull(overrides: Partial<PullState> = {}): PullState {
  return {
    number: 12,
    state: "open",
    merged: false,
    draft: false,
    title: "Create Berita “banjir”",
    author: "yoga-p",
    baseRef: "main",
    headRef: "cms/berita/banjir",
    headSha: HEAD,
    sameRepo: true,
    labels: ["decap-cms/pending_publish"],
    reviews: [],
    comments: [],
    checkRuns: [{ id: 1, name: "Pemeriksaan konten", status: "completed", conclusion: "success" }],
    statuses: [],
    lastPusher: "yoga-p",
    files: ["content/berita/banjir.md"],
    headCommittedAt: "2026-03-02T01:00:00Z",
    ...overrides,
  };
}
const review = (
  user: string,
  state: PullState["reviews"][number]["state"],
  commitId = HEAD,
  body = "",
  submittedAt = "2026-03-02T03:00:00Z",
) => ({
  user,
  state,
  commitId,
  body,
  submittedAt,
});
const approvedBy = (user: string): ApprovalEvent => ({
  kind: "review",
  reviewer: user,
  state: "APPROVED",
  body: "",
  commitId: HEAD,
});

describe("decide: approval", () => {
  it("merges on a pejabat's approval of the latest commit with green checks", () => {
    const d = decide(approvedBy("ratna-k"), pull({ reviews: [review("ratna-k", "APPROVED")] }), team, opts);
    expect(d).toMatchObject({ action: "merge", approver: { github: "ratna-k" } });
  });

  it("matches GitHub logins case-insensitively", () => {
    const d = decide(approvedBy("hendra-w"), pull({ reviews: [review("hendra-w", "APPROVED")] }), team, opts);
    expect(d).toMatchObject({ action: "merge", approver: { name: "Hendra Wiratama" } });
  });

  it("does nothing on a petugas's or editor's approval", () => {
    for (const login of ["dimas-s", "yoga-p", "stranger"]) {
      const d = decide(approvedBy(login), pull({ reviews: [review(login, "APPROVED")] }), team, opts);
      expect(d.action).toBe("none");
    }
  });

  it("waits when the approval is for an older commit (new commits came after it)", () => {
    const d = decide(approvedBy("ratna-k"), pull({ reviews: [review("ratna-k", "APPROVED", OLD)] }), team, opts);
    expect(d).toMatchObject({ action: "wait", notify: true });
    expect((d as { why: string }).why).toContain("menyetujui ulang");
  });

  it("waits with the failing check named when a check failed", () => {
    const d = decide(
      approvedBy("ratna-k"),
      pull({
        reviews: [review("ratna-k", "APPROVED")],
        checkRuns: [{ id: 1, name: "Pemeriksaan konten", status: "completed", conclusion: "failure" }],
      }),
      team,
      opts,
    );
    expect(d).toMatchObject({ action: "wait", why: expect.stringContaining("gagal (Pemeriksaan konten)") });
  });

  it("waits while the required check has not run or still runs, and merges once it passed", () => {
    const approved = { reviews: [review("ratna-k", "APPROVED")] };
    expect(decide(approvedBy("ratna-k"), pull({ ...approved, checkRuns: [] }), team, opts)).toMatchObject({
      action: "wait",
      why: expect.stringContaining("menunggu"),
    });
    expect(
      decide(
        approvedBy("ratna-k"),
        pull({
          ...approved,
          checkRuns: [{ id: 1, name: "Pemeriksaan konten", status: "in_progress", conclusion: null }],
        }),
        team,
        opts,
      ),
    ).toMatchObject({ action: "wait" });
    // The later run (higher id) of the same check counts.
    const rerun = [
      { id: 1, name: "Pemeriksaan konten", status: "completed", conclusion: "failure" },
      { id: 2, name: "Pemeriksaan konten", status: "completed", conclusion: "success" },
    ];
    expect(decide({ kind: "checks-completed" }, pull({ ...approved, checkRuns: rerun }), team, opts)).toMatchObject({
      action: "merge",
    });
  });

  it("ignores its own running check but not other workflows' checks", () => {
    const base = { reviews: [review("ratna-k", "APPROVED")] };
    const own = { id: 5, name: "Persetujuan pejabat", status: "in_progress", conclusion: null };
    expect(
      decide(approvedBy("ratna-k"), pull({ ...base, checkRuns: [...pull().checkRuns, own] }), team, opts).action,
    ).toBe("merge");
    const lint = { id: 6, name: "lint", status: "completed", conclusion: "failure" };
    expect(
      decide(approvedBy("ratna-k"), pull({ ...base, checkRuns: [...pull().checkRuns, lint] }), team, opts).action,
    ).toBe("wait");
  });

  it("counts a failing commit status as a failing check", () => {
    const d = decide(
      approvedBy("ratna-k"),
      pull({ reviews: [review("ratna-k", "APPROVED")], statuses: [{ context: "ci/legacy", state: "failure" }] }),
      team,
      opts,
    );
    expect(d).toMatchObject({ action: "wait", why: expect.stringContaining("ci/legacy") });
  });

  it("waits while another official asks for changes; merges once that official approves", () => {
    const objection = review("Hendra-W", "CHANGES_REQUESTED", OLD, "Ganti fotonya", "2026-03-02T01:00:00Z");
    expect(
      decide(approvedBy("ratna-k"), pull({ reviews: [objection, review("ratna-k", "APPROVED")] }), team, opts),
    ).toMatchObject({
      action: "wait",
      why: expect.stringContaining("@Hendra-W meminta perubahan"),
    });
    const reconsidered = review("Hendra-W", "APPROVED", HEAD, "", "2026-03-02T04:00:00Z");
    expect(decide(approvedBy("Hendra-W"), pull({ reviews: [objection, reconsidered] }), team, opts)).toMatchObject({
      action: "merge",
    });
  });

  it("does not merge a draft, a closed pull request, another base branch or one labelled ditolak", () => {
    const reviews = [review("ratna-k", "APPROVED")];
    expect(decide(approvedBy("ratna-k"), pull({ reviews, draft: true }), team, opts).action).toBe("wait");
    expect(decide(approvedBy("ratna-k"), pull({ reviews, state: "closed" }), team, opts).action).toBe("none");
    expect(decide(approvedBy("ratna-k"), pull({ reviews, baseRef: "staging" }), team, opts).action).toBe("none");
    expect(decide(approvedBy("ratna-k"), pull({ reviews, labels: ["ditolak"] }), team, opts).action).toBe("none");
  });

  it("tells the official why only when the event is that official's approval", () => {
    const p = pull({ reviews: [review("ratna-k", "APPROVED")], checkRuns: [] });
    expect(decide(approvedBy("ratna-k"), p, team, opts)).toMatchObject({ notify: true });
    expect(decide({ kind: "checks-completed" }, p, team, opts)).toMatchObject({ notify: false });
  });
});

// The ruleset sets require_last_push_approval. GitHub docs (rulesets, "Require approval of the most
// recent reviewable push"): the most recent push must be approved by someone other than the person who
// pushed it. GitHub would answer the merge with 405; decide() says why instead.
describe("decide: the last-push rule", () => {
  it("waits when the approving official pushed the last change, naming the other official", () => {
    const d = decide(
      approvedBy("ratna-k"),
      pull({ lastPusher: "ratna-k", reviews: [review("ratna-k", "APPROVED")] }),
      team,
      opts,
    );
    expect(d).toMatchObject({ action: "wait", notify: true });
    expect(d.action === "wait" && d.why).toBe(
      '@ratna-k sendiri yang mengunggah perubahan terakhir, sehingga GitHub tidak menghitung persetujuannya (aturan "persetujuan atas unggahan terakhir" pada ruleset); pejabat lain (@Hendra-W) perlu menyetujui versi ini',
    );
    // Once another official approves the same version, it merges.
    const d2 = decide(
      approvedBy("Hendra-W"),
      pull({ lastPusher: "RATNA-K", reviews: [review("ratna-k", "APPROVED"), review("Hendra-W", "APPROVED")] }),
      team,
      opts,
    );
    expect(d2).toMatchObject({ action: "merge", approver: { github: "Hendra-W" } });
  });

  it("with a single official who pushed last, asks for someone else to push", () => {
    const solo: TeamData = { ...team, members: team.members.filter((m) => m.github !== "Hendra-W") };
    const d = decide(
      approvedBy("ratna-k"),
      pull({ lastPusher: "ratna-k", reviews: [review("ratna-k", "APPROVED")] }),
      solo,
      opts,
    );
    expect(d.action === "wait" && d.why).toMatch(/minta editor atau petugas yang mengunggah perubahan terakhir/);
  });
});

// GitHub docs (GITHUB_TOKEN permissions): there is no `workflows` permission for GITHUB_TOKEN; GitHub
// refuses its merge of a change under .github/workflows/ ("without `workflows` permission").
describe("decide: a pull request changing workflows", () => {
  it("asks a person to merge it, in Indonesian, and never advises contents: write", () => {
    const files = ["content/berita/banjir.md", ".github/workflows/deploy.yml"];
    const d = decide(approvedBy("ratna-k"), pull({ files, reviews: [review("ratna-k", "APPROVED")] }), team, opts);
    expect(d).toMatchObject({ action: "wait", notify: true });
    const why = d.action === "wait" ? d.why : "";
    expect(why).toContain("mengubah workflow (.github/workflows/deploy.yml)");
    expect(why).toContain("Seorang pejabat atau admin perlu menggabungkannya sendiri");
    expect(why).not.toContain("contents: write");
    // Other files under .github/ merge as usual.
    expect(
      decide(
        approvedBy("ratna-k"),
        pull({ files: [".github/CODEOWNERS"], reviews: [review("ratna-k", "APPROVED")] }),
        team,
        opts,
      ).action,
    ).toBe("merge");
  });
});

// GitHub docs (concurrency): in a group, "any existing pending job … will be canceled" when another
// queues. A /tolak run cancelled that way must not be lost, nor may the next run merge past it.
describe("decide: a rejection whose own run was cancelled", () => {
  const tolak = (at: string) => ({
    user: "Hendra-W",
    body: "/tolak Data penerima bantuan belum diverifikasi.",
    createdAt: at,
  });

  it("the next run (checks completed) rejects instead of merging an earlier approval", () => {
    const p = pull({
      reviews: [review("ratna-k", "APPROVED", HEAD, "", "2026-03-02T03:00:00Z")],
      comments: [tolak("2026-03-02T03:05:00Z")],
    });
    expect(decide({ kind: "checks-completed" }, p, team, opts)).toMatchObject({
      action: "reject",
      by: { github: "Hendra-W" },
      reason: "Data penerima bantuan belum diverifikasi.",
    });

    // A later approval or a later commit answers the rejection; an empty /tolak or a non-pejabat's is none.
    const approvedLater = pull({
      reviews: [review("ratna-k", "APPROVED", HEAD, "", "2026-03-02T04:00:00Z")],
      comments: [tolak("2026-03-02T03:05:00Z")],
    });
    expect(decide({ kind: "checks-completed" }, approvedLater, team, opts).action).toBe("merge");
    const fixedLater = pull({ headCommittedAt: "2026-03-02T03:30:00Z", comments: [tolak("2026-03-02T03:05:00Z")] });
    expect(decide({ kind: "checks-completed" }, fixedLater, team, opts).action).toBe("none");
    const notOfficial = pull({
      reviews: [review("ratna-k", "APPROVED", HEAD, "", "2026-03-02T03:00:00Z")],
      comments: [
        { user: "yoga-p", body: "/tolak saya tidak setuju", createdAt: "2026-03-02T03:05:00Z" },
        { user: "Hendra-W", body: "/tolak", createdAt: "2026-03-02T03:06:00Z" },
      ],
    });
    expect(decide({ kind: "checks-completed" }, notOfficial, team, opts).action).toBe("merge");
  });
});

describe("decide: rejection and urgency", () => {
  it("rejects on '/tolak <alasan>' from a pejabat, in a review or a comment", () => {
    const p = pull();
    expect(
      decide(
        {
          kind: "review",
          reviewer: "ratna-k",
          state: "CHANGES_REQUESTED",
          body: "/tolak Memuat NIK warga.",
          commitId: HEAD,
        },
        p,
        team,
        opts,
      ),
    ).toEqual({
      action: "reject",
      by: team.members[1],
      reason: "Memuat NIK warga.",
    });
    expect(
      decide({ kind: "comment", author: "Hendra-W", body: "/TOLAK  Bukan informasi publik" }, p, team, opts),
    ).toMatchObject({
      action: "reject",
      reason: "Bukan informasi publik",
    });
  });

  it("rejection wins over an approval in the same review", () => {
    const p = pull({ reviews: [review("ratna-k", "APPROVED", HEAD, "/tolak salah unggah")] });
    expect(
      decide(
        { kind: "review", reviewer: "ratna-k", state: "APPROVED", body: "/tolak salah unggah", commitId: HEAD },
        p,
        team,
        opts,
      ).action,
    ).toBe("reject");
  });

  it("asks for the reason when '/tolak' has none; ignores it from a non-pejabat", () => {
    expect(decide({ kind: "comment", author: "ratna-k", body: "/tolak" }, pull(), team, opts)).toMatchObject({
      action: "ask-reason",
    });
    expect(decide({ kind: "comment", author: "yoga-p", body: "/tolak jelek" }, pull(), team, opts)).toMatchObject({
      action: "none",
    });
    expect(rejectionReason("/tolakan ini")).toBeNull();
    expect(rejectionReason("Mohon /tolak")).toBeNull();
  });

  it("the ditolak label by a pejabat takes the reason from that official's latest words", () => {
    const p = pull({
      reviews: [review("ratna-k", "APPROVED", OLD, "Bagus, lanjut", "2026-03-01T00:00:00Z")],
      comments: [
        {
          user: "ratna-k",
          body: "Foto kedua memperlihatkan wajah anak tanpa izin.",
          createdAt: "2026-03-02T05:00:00Z",
        },
        { user: "github-actions[bot]", body: "<!-- warta:review -->\nLaporan", createdAt: "2026-03-02T06:00:00Z" },
      ],
    });
    expect(decide({ kind: "labeled", label: "ditolak", sender: "ratna-k" }, p, team, opts)).toMatchObject({
      action: "reject",
      reason: "Foto kedua memperlihatkan wajah anak tanpa izin.",
    });
    const noWords = pull({ reviews: [review("ratna-k", "APPROVED", HEAD, "Bagus, lanjut")] });
    expect(decide({ kind: "labeled", label: "ditolak", sender: "ratna-k" }, noWords, team, opts)).toMatchObject({
      action: "ask-reason",
    });
  });

  it("undoes the ditolak label put by a non-pejabat", () => {
    expect(decide({ kind: "labeled", label: "ditolak", sender: "dimas-s" }, pull(), team, opts)).toEqual({
      action: "undo-rejection-label",
      sender: "dimas-s",
    });
  });

  it("serta-merta asks every pejabat except the author", () => {
    expect(decide({ kind: "labeled", label: "serta-merta", sender: "yoga-p" }, pull(), team, opts)).toEqual({
      action: "request-reviewers",
      reviewers: ["Hendra-W", "ratna-k"],
    });
    expect(
      decide({ kind: "labeled", label: "serta-merta", sender: "ratna-k" }, pull({ author: "RATNA-K" }), team, opts),
    ).toEqual({
      action: "request-reviewers",
      reviewers: ["Hendra-W"],
    });
  });
});

describe("checksVerdict and readEvent", () => {
  it("requires the required check to succeed (skipped is not enough)", () => {
    const p = pull({ checkRuns: [{ id: 1, name: "Pemeriksaan konten", status: "completed", conclusion: "skipped" }] });
    expect(checksVerdict(p, ["Pemeriksaan konten"], [])).toEqual({
      green: false,
      failing: ["Pemeriksaan konten"],
      pending: [],
    });
    const other = pull({
      checkRuns: [...pull().checkRuns, { id: 2, name: "opsional", status: "completed", conclusion: "skipped" }],
    });
    expect(checksVerdict(other, ["Pemeriksaan konten"], []).green).toBe(true);
  });

  it("reads the events GitHub Actions delivers", () => {
    expect(
      readEvent("pull_request_review", {
        action: "submitted",
        pull_request: { number: 3 },
        review: { user: { login: "ratna-k" }, state: "approved", body: null, commit_id: HEAD },
      }),
    ).toEqual({
      pullNumbers: [3],
      event: { kind: "review", reviewer: "ratna-k", state: "APPROVED", body: "", commitId: HEAD },
    });
    expect(
      readEvent("pull_request", {
        action: "labeled",
        pull_request: { number: 4 },
        label: { name: "serta-merta" },
        sender: { login: "yoga-p" },
      }),
    ).toEqual({
      pullNumbers: [4],
      event: { kind: "labeled", label: "serta-merta", sender: "yoga-p" },
    });
    expect(
      readEvent("issue_comment", {
        issue: { number: 5, pull_request: {} },
        comment: { user: { login: "ratna-k" }, body: "/tolak x" },
      })?.event,
    ).toEqual({
      kind: "comment",
      author: "ratna-k",
      body: "/tolak x",
    });
    expect(readEvent("issue_comment", { issue: { number: 5 }, comment: { body: "/tolak x" } })).toBeNull();
    expect(
      readEvent("workflow_run", {
        workflow_run: { conclusion: "success", pull_requests: [{ number: 6 }, { number: 7 }] },
      })?.pullNumbers,
    ).toEqual([6, 7]);
    expect(
      readEvent("workflow_run", { workflow_run: { conclusion: "failure", pull_requests: [{ number: 6 }] } }),
    ).toBeNull();
    expect(readEvent("push", {})).toBeNull();
  });
});
