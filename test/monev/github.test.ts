/**
 * Timings from a recorded pull-request history served over HTTP in GitHub's REST shapes:
 * known items give known durations and compliance shares, in WIB, across month boundaries.
 */
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGitHub, ForgeError } from "../../src/forge/github.ts";
import { loadGovernance, type Governance } from "../../src/forge/team.ts";
import { fetchGitHubHistory } from "../../src/monev/github.ts";
import { ITEM_STEPS, stepMinutes, stepSummary, waitingMinutes, type Step } from "../../src/monev/metrics.ts";
import type { MonevItem, MonthHistory } from "../../src/monev/model.ts";
import { parseMonth } from "../../src/monev/month.ts";
import { runMonev } from "../../src/monev/run.ts";
import { RecordedGitHub } from "./github-server.ts";
import { ledgerRecords, recordedPulls, recordedRuns, REPO, TOKEN } from "./history.ts";

const ROOT = join(import.meta.dirname, "../..");
let server: RecordedGitHub;
let gov: Governance;
let november: MonthHistory;
let novemberRequests: string[];
const NOW = new Date("2026-12-01T08:00:00+07:00");

const fetchMonth = (month: string, now = NOW) => {
  const gh = createGitHub({ token: TOKEN, baseUrl: server.url, paceWrites: false, warn: () => {} });
  return fetchGitHubHistory({
    gh,
    owner: "diskominfo-lembahhijau",
    repo: "situs",
    branch: "main",
    month: parseMonth(month, "Asia/Jakarta"),
    team: gov.team,
    now,
  });
};
const byPr = (history: MonthHistory, pr: number) => history.items.find((i) => i.pr === pr);
const minutes = (item: MonevItem | undefined) =>
  Object.fromEntries(ITEM_STEPS.map((s) => [s, item ? stepMinutes(item, s) : "missing"]));

beforeAll(async () => {
  server = await new RecordedGitHub(REPO, TOKEN, recordedPulls(), recordedRuns()).start();
  gov = await loadGovernance(join(ROOT, "content"));
  november = await fetchMonth("2026-11");
  novemberRequests = [...server.requests];
});
afterAll(() => server.stop());

describe("items of the month from the pull-request history", () => {
  it("takes published items by merge time in WIB, waiting and rejected ones by opening time", () => {
    const summary = november.items.map((i) => `#${i.pr} ${i.status}`).sort();
    expect(summary).toEqual([
      "#11 tayang",
      "#12 tayang",
      "#13 tayang",
      "#14 menunggu",
      "#15 ditolak",
      "#16 menunggu",
      "#18 ditutup",
    ]);
    // #13 was merged at 17:41 UTC on 31 October: 00:41 WIB on 1 November.
    expect(byPr(november, 13)?.merged?.toISOString()).toBe("2026-10-31T17:41:00.000Z");
    expect(november.source).toBe("github");
  });

  it("measures each step against the SOP: hand-over to Decap's In review, editing to Ready, filter to the official's approval, publish to the deploy", () => {
    expect(minutes(byPr(november, 11))).toEqual({ handover: 10, edit: 35, filter: 15, publish: 16 });
    // No Decap labels: hand-over unmeasured, the first review request ends editing; the editor's own approval is not filtering; scheduled: publish not judged.
    expect(minutes(byPr(november, 12))).toEqual({ handover: undefined, edit: 120, filter: 30, publish: undefined });
    expect(byPr(november, 12)).toMatchObject({
      readyFrom: "review-request",
      approver: "Drs. Hendra Wiratama, M.Si.",
      scheduled: true,
    });
    // Crosses midnight WIB into November.
    expect(minutes(byPr(november, 13))).toEqual({ handover: 20, edit: 30, filter: 20, publish: 12 });
    expect(byPr(november, 13)).toMatchObject({
      readyFrom: "label",
      change: "perubahan",
      division: "ikp",
      collection: "agenda",
    });
  });

  it("finds the deploy that carried each merge: the first successful run at or after it, after a scheduled item's own date", () => {
    expect(byPr(november, 11)?.deployed?.toISOString()).toBe("2026-11-02T03:16:00.000Z");
    expect(byPr(november, 11)?.deployRunUrl).toMatch(/runs\/90004$/);
    expect(byPr(november, 12)?.deployed?.toISOString()).toBe("2026-11-22T02:10:00.000Z");
    expect(byPr(november, 13)?.deployed?.toISOString()).toBe("2026-10-31T17:52:00.000Z");
    expect(november.warnings).toEqual([]);
  });

  it("computes the share within the standard per step and names the slowest items", () => {
    const published = november.items.filter((i) => i.status === "tayang");
    const [edit, filter, publish] = (["edit", "filter", "publish"] as Step[]).map((s) => stepSummary(published, s));
    expect([edit!.within, edit!.measured, edit!.share]).toEqual([2, 3, 2 / 3]);
    expect([filter!.within, filter!.measured, filter!.share]).toEqual([1, 3, 1 / 3]);
    expect([publish!.within, publish!.measured, publish!.unmeasured, publish!.share]).toEqual([1, 2, 1, 1 / 2]);
    expect(edit!.slowest.map((s) => [s.item.pr, s.minutes])).toEqual([
      [12, 120],
      [11, 35],
      [13, 30],
    ]);
    expect(filter!.slowest[0]?.item.title).toBe("Pemeliharaan Pusat Data pada Sabtu, 28 November 2026");
  });

  it("reads the rejecting official and the reason, and tells closed-without-rejection apart", () => {
    expect(byPr(november, 15)).toMatchObject({
      status: "ditolak",
      title: "Penyerahan Bantuan Perangkat kepada Warga Desa Sukamaju",
      division: "ikp",
      rejection: {
        by: "Ratna Kusumawardani, S.Sos., M.A.P. (Kepala Bidang Informasi dan Komunikasi Publik)",
        reason: "Foto memuat data pribadi warga (NIK terlihat).",
      },
    });
    expect(byPr(november, 18)?.rejection).toBeUndefined();
  });

  it("measures waiting until the month's end in WIB: merged after midnight on 1 December is still waiting in November", () => {
    const late = byPr(november, 14)!;
    expect(waitingMinutes(late, parseMonth("2026-11", "Asia/Jakarta"), NOW)).toBe(120);
    expect(late.laterState).toBe("tayang 1 Desember 2026");
    expect(waitingMinutes(byPr(november, 16)!, parseMonth("2026-11", "Asia/Jakarta"), NOW)).toBe(5 * 1440 + 14 * 60);
    // During the month, waiting runs to "now".
    const midMonth = new Date("2026-11-25T12:00:00+07:00");
    expect(waitingMinutes(byPr(november, 16)!, parseMonth("2026-11", "Asia/Jakarta"), midMonth)).toBe(120);
  });

  it("puts the boundary items in the neighbouring months", async () => {
    const october = await fetchMonth("2026-10");
    expect(october.items.map((i) => `#${i.pr} ${i.status}`).sort()).toEqual(["#13 menunggu", "#8 tayang", "#9 tayang"]);
    const december = await fetchMonth("2026-12");
    // #14 (HKSN) is a draft: merged, but the site never showed it, so it is not "tayang" (issue 13, point 1).
    expect(december.items.map((i) => `#${i.pr} ${i.status} ${i.hidden}`)).toEqual(["#14 tidak-tayang draf"]);
  });

  it("follows every page of every list and stops listing at the first pull request older than the month", () => {
    // Two per page: #14 #16 | #12 #15 | #17 #18 | #11 #13 | #9 (older: stop) — #8 is never read.
    expect(novemberRequests.filter((r) => r.endsWith("/pulls"))).toHaveLength(5);
    expect(novemberRequests.filter((r) => r.endsWith("/actions/workflows/deploy.yml/runs")).length).toBeGreaterThan(1);
    expect(novemberRequests.some((r) => /\/(issues|pulls)\/(8|9)\//.test(r))).toBe(false);
    // The code change (#17) is looked at (its files) but not measured.
    expect(novemberRequests).toContain("GET /repos/diskominfo-lembahhijau/situs/pulls/17/files");
    expect(novemberRequests).not.toContain("GET /repos/diskominfo-lembahhijau/situs/issues/17/timeline");
  });

  it("gives a month with no pull requests an empty history", async () => {
    const empty = await fetchMonth("2026-08");
    expect(empty.items).toEqual([]);
  });
});

describe("an API failure mid-way", () => {
  it("fails with a plain message and writes no report", async () => {
    const parent = await mkdtemp(join(os.tmpdir(), "warta-monev-fail-"));
    server.failures.push({
      path: /\/issues\/13\/timeline$/,
      status: 403,
      message: "Resource not accessible by integration",
    });
    try {
      const out = join(parent, "monev-2026-11");
      const error = await runMonev({
        month: "2026-11",
        contentDir: join(ROOT, "content"),
        out,
        github: { token: TOKEN, repo: REPO, baseUrl: server.url },
        ledger: { records: ledgerRecords(), source: "rekaman" },
        screenshots: false,
        now: NOW,
        log: () => {},
      }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ForgeError);
      expect((error as ForgeError).message).toMatch(/membaca riwayat pull request.*403.*Resource not accessible/);
      expect(await readdir(parent)).toEqual([]);
    } finally {
      server.failures.length = 0;
      await rm(parent, { recursive: true, force: true });
    }
  });

  it("refuses a wrong token before anything is written", async () => {
    const gh = createGitHub({ token: "ghp_wrong", baseUrl: server.url, paceWrites: false, warn: () => {} });
    const error = await fetchGitHubHistory({
      gh,
      owner: "diskominfo-lembahhijau",
      repo: "situs",
      branch: "main",
      month: parseMonth("2026-11", "Asia/Jakarta"),
      team: gov.team,
      now: NOW,
    }).then(
      () => undefined,
      (e: unknown) => e as ForgeError,
    );
    expect(error?.status).toBe(401);
    expect(error?.message).not.toContain("ghp_wrong");
  });
});
