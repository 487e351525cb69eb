/** `npm run monev` arguments, and the monthly workflow that runs it. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runCommand } from "../../src/command/command.ts";
import { monevCommand } from "../../src/monev/command.ts";

const ROOT = join(import.meta.dirname, "../..");

async function run(argv: string[], env: Record<string, string> = {}, now = new Date("2026-12-03T10:00:00+07:00")) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(monevCommand, argv, { env, now, out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

describe("npm run monev", () => {
  it("explains itself with --help, in Indonesian", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Cara pakai: npm run monev/);
    expect(out).toContain("bulan laporan");
    expect(out).not.toMatch(/\b(Usage|Options|the month|this text)\b/);
    expect(out).toMatch(/--month YYYY-MM/);
    expect(out).toMatch(/--git-only/);
    expect(out).toMatch(/--no-screenshots/);
  });

  it("names the expected form of a wrong month, in Indonesian, before doing any work", async () => {
    for (const month of ["2026-13", "11/2026", "2026-1"]) {
      const { code, err } = await run(["--month", month], { GITHUB_TOKEN: "ghp_never_used" });
      expect(code, month).toBe(2);
      expect(err).toContain(`Bulan "${month}" tidak dikenali`);
      expect(err).toContain("YYYY-MM");
      expect(err).not.toContain("ghp_never_used");
    }
  });

  it("refuses a month that has not begun, naming the expected form, before doing any work", async () => {
    const { code, err } = await run([
      "--month",
      "2027-01",
      "--git-only",
      "--content",
      join(ROOT, "test/monev/no-such-content"),
    ]);
    expect(code).toBe(2);
    expect(err).toContain("Bulan Januari 2027 (2027-01) belum dimulai");
    expect(err).toContain("YYYY-MM");
    expect(err).toContain("--month 2026-11");
    // The current month is allowed (a report so far).
    expect(
      (await run(["--month", "2026-12", "--git-only", "--content", join(ROOT, "test/monev/no-such-content")])).err,
    ).toMatch(/^Folder konten/);
  });

  it("asks for the month when none is given, and refuses unknown arguments", async () => {
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringContaining("--month YYYY-MM") });
    expect(await run(["--month"])).toMatchObject({ code: 2, err: expect.stringContaining("--month memerlukan nilai") });
    expect(await run(["--month", "2026-11", "--bulan"])).toMatchObject({
      code: 2,
      err: expect.stringContaining("Argumen --bulan tidak dikenal"),
    });
  });

  it("reports a content folder that cannot be read without writing anything", async () => {
    const { code, err } = await run([
      "--month",
      "2026-11",
      "--git-only",
      "--content",
      join(ROOT, "test/monev/no-such-content"),
    ]);
    expect(code).toBe(2);
    expect(err).toMatch(/^Folder konten .*no-such-content tidak ditemukan.*--content DIR/);
  });
});

describe("the monthly workflow", () => {
  it("is a valid workflow that reports on the previous month on the 1st and attaches it to a release", async () => {
    const text = await readFile(join(ROOT, ".github/workflows/monev.yml"), "utf8");
    expect(validateWorkflow(text).errors).toEqual([]);
    const wf = parse(text) as {
      on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
      permissions: Record<string, string>;
      jobs: Record<
        string,
        {
          permissions: Record<string, string>;
          steps: { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> }[];
        }
      >;
    };
    expect(wf.on.schedule.map((s) => s.cron.split(" ")[2])).toEqual(["1"]);
    expect(wf.on.workflow_dispatch).toBeDefined();
    expect(wf.permissions).toEqual({});
    const job = Object.values(wf.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: "read", "pull-requests": "read", actions: "read" });
    const steps = job.steps;
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout"))?.with?.["fetch-depth"]).toBe(0);
    const report = steps.find((s) => s.run?.includes("npm run monev"))!;
    expect(report.run).toContain("--previous-month");
    expect(report.env?.GITHUB_TOKEN).toBe("${{ secrets.GITHUB_TOKEN }}");
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact"))?.with?.path).toContain(
      "${{ steps.monev.outputs.pdf }}",
    );
    const release = wf.jobs.rilis!;
    expect(release.permissions).toEqual({ contents: "write" });
    const publish = release.steps.find((s) => s.run?.includes("gh release"))!;
    expect(publish.run).toContain('tag="monev-$MONTH"');
    expect(publish.env?.MONTH).toBe("${{ needs.laporan.outputs.month }}");
  });
});
