/** `npm run monev`: argument parsing, progress and exit codes around `runMonev`. */
import { existsSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { MonthFormatError, parseMonth, previousMonth } from "./month.ts";
import type { MonevOptions, MonevResult } from "./run.ts";

export interface CommandIO {
  env: Readonly<Record<string, string | undefined>>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** The clock (tests); default now. */
  now?: Date;
}

export const MONEV_HELP = `Usage: npm run monev -- --month YYYY-MM [options]

Monthly monitoring & evaluation report (SOP step 9) in Bahasa Indonesia: every item of the
month with its time per SOP step against the standard (edit ≤ 60, filter ≤ 15, publish ≤ 15
minutes), output against the work programme, rejected and waiting items, social media posts,
screenshots of the main menus and updated pages, an attendance list and a follow-up plan.
Writes a folder with monev-YYYY-MM.html, monev-YYYY-MM.pdf (A4 hardcopy), CSV files and
tangkapan-layar/*.png. Nothing is written when any step fails.

Options:
  --month YYYY-MM     the month, in the site's time zone (e.g. 2026-11)
  --previous-month    the month before the current one (what the monthly workflow uses)
  --out DIR           report folder (default: laporan/monev-YYYY-MM)
  --repo OWNER/NAME   GitHub repository (default: GITHUB_REPOSITORY, then site.repo)
  --git-only          no GitHub: local Git history only (commit and merge times, items per
                      division); the report names the figures that need GitHub
  --no-screenshots    do not build the site or capture pages
  --content DIR       content folder (default: content)
  -h, --help          this text

Environment:
  GITHUB_TOKEN    read access to pull requests, contents and actions (never printed);
                  without it the report falls back to --git-only
  GITHUB_API_URL  REST base URL (set by GitHub Actions)
  CHROMIUM_PATH   the browser for screenshots and the PDF (default: /usr/bin/chromium)
  GITHUB_OUTPUT   receives month=, label=, out= and pdf= (GitHub Actions)

The social media figures come from the posting ledger branch (warta-ledger): fetched from
origin, or in --git-only mode read from the local repository.

Exit codes: 0 written, 2 bad input (month, arguments, content), 3 GitHub or Git failure, 1 other.`;

export async function runMonevCommand(argv: string[], io: CommandIO): Promise<number> {
  const options: Partial<MonevOptions> & { gitOnly?: boolean; repo?: string; previous?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value (see --help)`);
      return v;
    };
    try {
      if (a === "-h" || a === "--help") {
        io.out(MONEV_HELP);
        return 0;
      } else if (a === "--month") options.month = value();
      else if (a.startsWith("--month=")) options.month = a.slice("--month=".length);
      else if (a === "--previous-month") options.previous = true;
      else if (a === "--out") options.out = value();
      else if (a === "--repo") options.repo = value();
      else if (a === "--content") options.contentDir = value();
      else if (a === "--git-only") options.gitOnly = true;
      else if (a === "--no-screenshots") options.screenshots = false;
      else throw new UsageError(`Unknown argument: ${a}\n\n${MONEV_HELP}`);
    } catch (error) {
      if (error instanceof UsageError) {
        io.err(error.message);
        return 2;
      }
      throw error;
    }
  }
  const now = io.now ?? new Date();
  if (!options.month && !options.previous) {
    io.err("Bulan laporan belum diisi: tulis --month YYYY-MM, mis. npm run monev -- --month 2026-11 (atau --previous-month untuk bulan lalu).");
    return 2;
  }
  try {
    // Checked before anything is loaded; the site's time zone is applied by runMonev.
    if (options.month) parseMonth(options.month, "Asia/Jakarta");
  } catch (error) {
    if (error instanceof MonthFormatError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }

  const contentDir = resolve(options.contentDir ?? "content");
  if (!existsSync(join(contentDir, "_data", "site.yml"))) {
    io.err(`Folder konten ${contentDir} tidak ditemukan atau tidak berisi _data/site.yml: jalankan dari folder situs, atau tunjuk foldernya dengan --content DIR.`);
    return 2;
  }

  const token = io.env.GITHUB_TOKEN ?? "";
  const useGitHub = !options.gitOnly && token !== "";
  if (!options.gitOnly && !token) {
    io.err("GITHUB_TOKEN tidak diisi: laporan dibuat dari riwayat Git lokal saja (seperti --git-only); angka yang memerlukan GitHub ditandai di laporan.");
  }

  try {
    const { runMonev } = await import("./run.ts");
    const { loadGovernance } = await import("../forge/team.ts");
    let month = options.month;
    let repo = options.repo || io.env.GITHUB_REPOSITORY || "";
    if (!month || (useGitHub && !repo)) {
      // The site's time zone and repository, without loading every entry.
      const gov = await loadGovernance(contentDir);
      month ??= previousMonth(now, gov.site.timeZone).id;
      repo ||= gov.site.repo;
    }
    const result: MonevResult = await runMonev({
      month,
      now,
      contentDir,
      out: options.out,
      screenshots: options.screenshots,
      github: useGitHub ? { token, repo, baseUrl: io.env.GITHUB_API_URL || undefined } : undefined,
      log: (line) => io.out(line),
    });
    const r = result.report;
    // For the monthly workflow: the release is named after the month the script worked out.
    if (io.env.GITHUB_OUTPUT) {
      const lines = [`month=${r.month.id}`, `label=${r.month.label}`, `out=${result.outDir}`, `pdf=${join(result.outDir, r.files.pdf)}`];
      await appendFile(io.env.GITHUB_OUTPUT, `${lines.join("\n")}\n`);
    }
    const published = r.history.items.filter((i) => i.status === "tayang").length;
    io.out(`${published} konten tayang, ${r.history.items.length - published} ditolak/ditutup/menunggu; ${result.files.length} berkas di ${result.outDir}`);
    return 0;
  } catch (error) {
    // Matched by name: the heavy modules (Octokit, the site build) load only when a report is made.
    const name = error instanceof Error ? error.name : "";
    if (name === "MonthFormatError" || name === "ContentError" || name === "TeamError") {
      io.err(`Laporan tidak ditulis.\n${(error as Error).message}`);
      return 2;
    }
    if (name === "ForgeError" || name === "GitHistoryError") {
      io.err(`Laporan tidak ditulis.\n${(error as Error).message}`);
      return name === "ForgeError" && (error as { status?: number }).status === 0 ? 2 : 3;
    }
    io.err(`Laporan tidak ditulis: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

class UsageError extends Error {}
