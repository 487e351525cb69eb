/**
 * Git-only mode on a throwaway repository with known commits: merges and direct commits on
 * main in the month (WIB), their times, and items per division from the entries' front matter.
 */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchGitHistory, GitHistoryError } from "../../src/monev/git.ts";
import { planVsActual } from "../../src/monev/metrics.ts";
import type { MonthHistory } from "../../src/monev/model.ts";
import { parseMonth } from "../../src/monev/month.ts";
import { readLocalLedger } from "../../src/monev/social.ts";

let repo: string;
let november: MonthHistory;

function git(args: string[], at?: string): string {
  const env = { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };
  if (at) Object.assign(env, { GIT_AUTHOR_DATE: at, GIT_COMMITTER_DATE: at });
  return execFileSync(
    "git",
    ["-c", "user.name=Uji", "-c", "user.email=uji@localhost", "-c", "init.defaultBranch=main", ...args],
    { cwd: repo, env, encoding: "utf8" },
  );
}

async function write(file: string, text: string) {
  await mkdir(dirname(join(repo, file)), { recursive: true });
  await writeFile(join(repo, file), text);
}

const entry = (title: string, division: string | undefined, date: string) =>
  `---\ntitle: ${title}\ndate: ${date}\nsummary: Ringkasan untuk pengujian laporan bulanan.\n${division ? `division: ${division}\n` : ""}---\nIsi.\n`;

/** A draft branch from main with one commit per `commits`, merged with a merge commit at `mergedAt`. */
async function mergeBranch(
  branch: string,
  commits: { file: string; text: string; at: string }[],
  mergedAt: string,
  subject: string,
) {
  git(["checkout", "-q", "-b", branch, "main"]);
  for (const c of commits) {
    await write(c.file, c.text);
    git(["add", "-A"]);
    git(["commit", "-q", "-m", `Create ${c.file}`], c.at);
  }
  git(["checkout", "-q", "main"]);
  git(["merge", "-q", "--no-ff", "-m", subject, branch], mergedAt);
}

beforeAll(async () => {
  repo = await mkdtemp(join(os.tmpdir(), "warta-monev-git-"));
  git(["init", "-q"]);
  await write("README.md", "Situs\n");
  await write("content/berita/2026-10-01-lama.md", entry("Berita Lama Oktober", "ikp", "2026-10-01T09:00"));
  git(["add", "-A"]);
  git(["commit", "-q", "-m", "Awal"], "2026-10-01T09:00:00+07:00");

  // 23:50 WIB on 31 October: October, although the branch's work continues below.
  await mergeBranch(
    "cms/berita/2026-10-31-akhir-oktober",
    [
      {
        file: "content/berita/2026-10-31-akhir-oktober.md",
        text: entry("Akhir Oktober", "aptika", "2026-10-31T20:00"),
        at: "2026-10-31T20:00:00+07:00",
      },
    ],
    "2026-10-31T23:50:00+07:00",
    "Merge pull request #20 from dinas/cms/berita/2026-10-31-akhir-oktober",
  );
  // Submitted 23:10 WIB 31 October, merged 00:15 WIB 1 November (17:15 UTC on 31 October): November.
  await mergeBranch(
    "cms/berita/2026-11-01-awal",
    [
      {
        file: "content/berita/2026-11-01-awal.md",
        text: entry("Awal November", "statistik", "2026-11-01T00:00"),
        at: "2026-10-31T23:10:00+07:00",
      },
    ],
    "2026-11-01T00:15:00+07:00",
    "Merge pull request #21 from dinas/cms/berita/2026-11-01-awal",
  );
  // Two commits on the branch: the first one is the submission.
  await mergeBranch(
    "cms/agenda/rapat-spbe",
    [
      {
        file: "content/agenda/rapat-spbe.md",
        text: entry("Rapat SPBE", "aptika", "2026-11-10T08:00"),
        at: "2026-11-10T09:00:00+07:00",
      },
      {
        file: "content/agenda/rapat-spbe.md",
        text: entry("Rapat Koordinasi SPBE", "aptika", "2026-11-10T08:00"),
        at: "2026-11-10T09:30:00+07:00",
      },
    ],
    "2026-11-10T10:00:00+07:00",
    "Terbitkan: Rapat Koordinasi SPBE (#22)",
  );
  // A direct commit changing an older entry.
  await write("content/berita/2026-10-01-lama.md", entry("Berita Lama Oktober (ralat)", "ikp", "2026-10-01T09:00"));
  git(["commit", "-q", "-am", "Ralat berita lama"], "2026-11-15T08:00:00+07:00");
  // A code change and a media file are not content items; a deletion is not a publication.
  await mergeBranch(
    "fitur/grafik",
    [{ file: "src/app.ts", text: "export {};\n", at: "2026-11-16T08:00:00+07:00" }],
    "2026-11-16T09:00:00+07:00",
    "Merge pull request #23 from dinas/fitur/grafik",
  );
  await write("content/media/berita/foto.jpg", "jpg");
  git(["add", "-A"]);
  git(["commit", "-q", "-m", "Foto"], "2026-11-17T08:00:00+07:00");
  git(["rm", "-q", "content/berita/2026-10-31-akhir-oktober.md"]);
  git(["commit", "-q", "-m", "Hapus"], "2026-11-18T08:00:00+07:00");
  // 00:05 WIB on 1 December: December.
  await mergeBranch(
    "cms/pengumuman/libur",
    [
      {
        file: "content/pengumuman/libur.md",
        text: entry("Libur Akhir Tahun", undefined, "2026-12-01T00:00"),
        at: "2026-11-30T22:00:00+07:00",
      },
    ],
    "2026-12-01T00:05:00+07:00",
    "Merge pull request #24 from dinas/cms/pengumuman/libur",
  );

  // The posting ledger branch, as the social run leaves it.
  git(["checkout", "-q", "--orphan", "warta-ledger"]);
  git(["rm", "-rq", "--cached", "."]);
  await write(
    "ledger.jsonl",
    `${JSON.stringify({ url: "https://situs.example/berita/awal/", channel: "facebook", state: "posted", at: "2026-11-01T00:30:00+07:00", run: "r1", remoteUrl: "https://facebook.example/1" })}\n`,
  );
  git(["add", "ledger.jsonl"]);
  git(["commit", "-q", "-m", "ledger"], "2026-11-01T00:30:00+07:00");
  git(["checkout", "-q", "-f", "main"]);

  november = await fetchGitHistory({ repoDir: repo, branch: "main", month: parseMonth("2026-11", "Asia/Jakarta") });
});
afterAll(() => rm(repo, { recursive: true, force: true }));

describe("git-only history", () => {
  it("lists the entries merged or committed on main in the month, in WIB", () => {
    expect(november.source).toBe("git");
    expect(november.items.map((i) => [i.title, i.collection, i.division, i.change, i.pr])).toEqual([
      ["Awal November", "berita", "statistik", "baru", 21],
      ["Rapat Koordinasi SPBE", "agenda", "aptika", "baru", 22],
      ["Berita Lama Oktober (ralat)", "berita", "ikp", "perubahan", undefined],
    ]);
    expect(november.items.every((i) => i.status === "tayang")).toBe(true);
  });

  it("knows the merge time and the first commit of the merged branch", () => {
    const [first, second, direct] = november.items;
    expect(first!.merged!.toISOString()).toBe("2026-10-31T17:15:00.000Z");
    expect(first!.submitted!.toISOString()).toBe("2026-10-31T16:10:00.000Z");
    expect(second!.submitted!.toISOString()).toBe("2026-11-10T02:00:00.000Z");
    expect(second!.merged!.toISOString()).toBe("2026-11-10T03:00:00.000Z");
    expect(direct!.submitted!.toISOString()).toBe(direct!.merged!.toISOString());
    // The branch's last save stands for the end of editing; a one-commit branch has none.
    expect(second!.ready!.toISOString()).toBe("2026-11-10T02:30:00.000Z");
    expect(first!.ready).toBeUndefined();
    // What only GitHub knows stays unknown.
    expect(november.items.some((i) => i.inReview || i.deployed)).toBe(false);
  });

  it("counts items per division against the work programme", () => {
    const programme = {
      year: 2026,
      items: [
        { month: 11, collection: "berita" as const, division: "statistik", planned: 1 },
        { month: 11, collection: "agenda" as const, division: "aptika", planned: 2 },
        { month: 11, collection: "berita" as const, division: "ikp", planned: 1 },
        { month: 10, collection: "berita" as const, division: "persandian", planned: 5 },
      ],
    };
    const divisions = {
      items: ["ikp", "aptika", "statistik", "persandian"].map((id) => ({ id, name: id.toUpperCase() })),
    };
    const plan = planVsActual(programme, divisions, parseMonth("2026-11", "Asia/Jakarta"), november.items);
    expect(plan.byDivision.map((d) => [d.key, d.planned, d.published]).sort()).toEqual([
      ["aptika", 2, 1],
      ["ikp", 1, 0],
      ["statistik", 1, 1],
    ]);
    // The correction to an older item is not new output.
    expect(plan.silentDivisions).toEqual(["ikp", "persandian"]);
    expect([plan.planned, plan.published]).toEqual([4, 2]);
  });

  it("puts the boundary merges in October and December", async () => {
    const october = await fetchGitHistory({
      repoDir: repo,
      branch: "main",
      month: parseMonth("2026-10", "Asia/Jakarta"),
    });
    expect(october.items.map((i) => i.title)).toEqual(["Berita Lama Oktober", "Akhir Oktober"]);
    const december = await fetchGitHistory({
      repoDir: repo,
      branch: "main",
      month: parseMonth("2026-12", "Asia/Jakarta"),
    });
    expect(december.items.map((i) => [i.title, i.collection, i.division])).toEqual([
      ["Libur Akhir Tahun", "pengumuman", undefined],
    ]);
  });

  it("in WIT (UTC+9) the 23:50 WIB merge of 31 October already falls in November", async () => {
    const wit = await fetchGitHistory({ repoDir: repo, branch: "main", month: parseMonth("2026-11", "Asia/Jayapura") });
    expect(wit.items.map((i) => i.title)).toContain("Akhir Oktober");
  });

  it("reads the posting ledger from the local branch", async () => {
    const ledger = await readLocalLedger(repo);
    expect(ledger?.source).toBe("warta-ledger");
    expect(ledger?.records.map((r) => [r.channel, r.state])).toEqual([["facebook", "posted"]]);
  });

  it("names the missing branch and how to fetch it", async () => {
    const error = await fetchGitHistory({
      repoDir: repo,
      branch: "produksi",
      month: parseMonth("2026-11", "Asia/Jakarta"),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHistoryError);
    expect((error as Error).message).toMatch(/Cabang "produksi".*git fetch origin produksi/);
  });
});
