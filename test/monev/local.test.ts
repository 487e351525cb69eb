/**
 * The monthly figures from local Git alone, on a throwaway repository with known history
 * (`buildLocalHistory` in history.ts): what counts as "tayang" (the site's own visibility rule),
 * each SOP step's times from branch commits and the approval line in merge commits, and those
 * times in working minutes against the service hours and the holiday calendar.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadValidContent } from "../../src/content/load.ts";
import { fetchGitHistory } from "../../src/monev/git.ts";
import { countsAsOutput, planVsActual, stepMinutes, stepSummary, type Clock } from "../../src/monev/metrics.ts";
import type { MonthHistory } from "../../src/monev/model.ts";
import { parseMonth } from "../../src/monev/month.ts";
import { parseDays, parseHours, workCalendar, workingMinutes, type WorkCalendar } from "../../src/monev/worktime.ts";
import { buildLocalHistory } from "./history.ts";

const ROOT = join(import.meta.dirname, "../..");
const NOVEMBER = parseMonth("2026-11", "Asia/Jakarta");
let repo: string;
let november: MonthHistory;
let calendar: WorkCalendar;
let clock: Clock;

beforeAll(async () => {
  repo = await mkdtemp(join(os.tmpdir(), "warta-monev-local-"));
  buildLocalHistory(repo);
  const content = await loadValidContent(join(ROOT, "content"));
  // The sample office's service hours (site.yml) and the holiday file (libur.yml).
  calendar = await workCalendar(content.site, join(ROOT, "content"));
  clock = (from, to) => workingMinutes(from, to, calendar);
  november = await fetchGitHistory({ repoDir: repo, branch: "main", month: NOVEMBER, team: content.team });
}, 60_000);
afterAll(() => rm(repo, { recursive: true, force: true }));

const titled = (h: MonthHistory, title: string) => h.items.find((i) => i.title === title);

describe("tayang means what the site showed", () => {
  it("never counts drafts, exempt entries or entries dated after the month; lists them apart", () => {
    const shown = november.items.filter((i) => i.status === "tayang").map((i) => i.title);
    expect(shown).toEqual(["Sosialisasi Terjadwal", "Rapat Jumat Sore", "Draf Oktober", "Rapat Selasa"]);
    const hidden = november.items.filter((i) => i.status === "tidak-tayang").map((i) => [i.title, i.hidden]);
    expect(hidden).toEqual([
      ["Persiapan HKSN", "draf"],
      ["Data Pribadi Pemohon", "dikecualikan"],
      ["Pojok Literasi", "terjadwal"],
    ]);
  });

  it("counts a scheduled item in the month it went live, and a draft made public as new", async () => {
    expect(titled(november, "Sosialisasi Terjadwal")).toMatchObject({
      status: "tayang",
      scheduled: true,
      change: "baru",
    });
    expect(titled(november, "Sosialisasi Terjadwal")!.liveAt!.toISOString()).toBe("2026-11-03T02:00:00.000Z");
    expect(titled(november, "Draf Oktober")).toMatchObject({ status: "tayang", change: "baru" });
    const december = await fetchGitHistory({
      repoDir: repo,
      branch: "main",
      month: parseMonth("2026-12", "Asia/Jakarta"),
    });
    expect(december.items.filter((i) => i.status === "tayang").map((i) => i.title)).toEqual(["Pojok Literasi"]);
    const october = await fetchGitHistory({
      repoDir: repo,
      branch: "main",
      month: parseMonth("2026-10", "Asia/Jakarta"),
    });
    // Merged in October but dated November, or still a draft: not shown in October.
    expect(october.items.filter((i) => i.status === "tayang").map((i) => i.title)).toEqual(["Berita Lama"]);
    expect(october.items.find((i) => i.title === "Sosialisasi Terjadwal")).toMatchObject({
      status: "tidak-tayang",
      hidden: "terjadwal",
    });
  });

  it("keeps hidden entries out of the work programme's output", () => {
    const plan = planVsActual(
      { year: 2026, items: [{ month: 11, collection: "berita", division: "ikp", planned: 9 }] },
      { items: [{ id: "ikp", name: "IKP" }] },
      NOVEMBER,
      november.items,
    );
    expect([plan.published, plan.planned]).toEqual([4, 9]);
    expect(november.items.filter(countsAsOutput).map((i) => i.title)).toEqual([
      "Sosialisasi Terjadwal",
      "Rapat Jumat Sore",
      "Draf Oktober",
      "Rapat Selasa",
    ]);
  });
});

describe("each SOP step from local Git alone", () => {
  it("reads submission, end of editing and the official's approval from commits", () => {
    const friday = titled(november, "Rapat Jumat Sore")!;
    expect(friday.submitted!.toISOString()).toBe("2026-11-06T09:00:00.000Z");
    expect(friday.ready!.toISOString()).toBe("2026-11-06T09:30:00.000Z");
    expect(friday.approved!.toISOString()).toBe("2026-11-09T01:05:00.000Z");
    expect(friday).toMatchObject({ pr: 31, approver: "Ratna Kusumawardani, S.Sos., M.A.P.", readyFrom: "last-commit" });
  });

  it("computes each step's compliance, and says which steps it cannot time", () => {
    const published = november.items.filter((i) => i.status === "tayang");
    const summary = (step: Parameters<typeof stepSummary>[1]) =>
      stepSummary(published, step, { clock, menuUpdates: november.menuUpdates });
    const edit = summary("edit");
    const filter = summary("filter");
    const menu = summary("menu");
    expect([edit.within, edit.measured]).toEqual([2, 2]);
    // Draf Oktober's branch has one commit: no end of editing, so its filtering is not timed.
    expect([filter.within, filter.measured, filter.unmeasured]).toEqual([1, 2, 2]);
    expect(filter.slowest[0]).toMatchObject({ item: { title: "Rapat Selasa" }, minutes: 80 });
    expect([menu.within, menu.measured, menu.slowest[0]?.minutes]).toEqual([0, 1, 300]);
    // Hand-over ("In review") and the deploy are not in Git: measured nowhere, never guessed.
    expect(summary("handover").measured).toBe(0);
    expect(summary("publish").measured).toBe(0);
  });

  it("lists draft branches not merged by the month's end as waiting, with Decap's status", () => {
    const waiting = november.items.filter((i) => i.status === "menunggu");
    expect(waiting.map((i) => [i.title, i.laterState])).toEqual([
      ["Lomba Video Pendek", "status Decap kini: Ditinjau"],
    ]);
  });
});

describe("working time", () => {
  it("measures a Friday-evening submission in working minutes, and keeps the clock time beside it", () => {
    const friday = titled(november, "Rapat Jumat Sore")!;
    // Friday service ends at 16.00: saved 16.00 and 16.30, approved Monday 08.05.
    expect(stepMinutes(friday, "edit", clock)).toBe(0);
    expect(stepMinutes(friday, "edit")).toBe(30);
    expect(stepMinutes(friday, "filter", clock)).toBe(5);
    expect(stepMinutes(friday, "filter")).toBe(2 * 1440 + 15 * 60 + 35);
  });

  it("skips national holidays and cuti bersama from the office's holiday file", () => {
    // Wed 23 Dec 15.00 → Mon 28 Dec 09.00: 24 Dec cuti bersama, 25 Dec Natal, then the weekend.
    expect(workingMinutes(new Date("2026-12-23T15:00:00+07:00"), new Date("2026-12-28T09:00:00+07:00"), calendar)).toBe(
      30 + 60,
    );
    expect(calendar.completeYears.get(2026)).toMatch(/SKB/);
  });

  it("reads the service hours the site shows", () => {
    expect(parseDays("Senin–Kamis")).toEqual([1, 2, 3, 4]);
    expect(parseDays("Jumat")).toEqual([5]);
    expect(parseDays("Libur")).toBeUndefined();
    expect(parseHours("08.00–11.00 dan 13.30–16.00 WIB")).toEqual([
      [480, 660],
      [810, 960],
    ]);
  });
});
