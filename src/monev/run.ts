/**
 * `runMonev`: gather the month (GitHub or local Git, and the posting ledger), compute the SOP
 * figures, build the site as it stood at the month's end, capture it, and write the report
 * folder (HTML, PDF, CSV, screenshots). Everything is written to a temporary folder beside the
 * target and moved into place only when all of it succeeded: a failure leaves no half report.
 */
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { Browser } from "playwright-core";
import { loadValidContent } from "../content/load.ts";
import { absoluteUrl } from "../content/urls.ts";
import { createGitHub, splitRepo } from "../forge/github.ts";
import { GitLedger, type LedgerRecord } from "../social/ledger.ts";
import { chromiumPath, launchChromium } from "./browser.ts";
import { itemsCsv, planCsv, socialCsv } from "./csv.ts";
import { fetchGitHistory } from "./git.ts";
import { fetchGitHubHistory } from "./github.ts";
import { planVsActual, STEPS, stepSummary, type Clock } from "./metrics.ts";
import type { MonthHistory } from "./model.ts";
import type { ReportMonth } from "./month.ts";
import { FutureMonthError, isoDayRange, parseMonth, previousMonth } from "./month.ts";
import { renderPdf } from "./pdf.ts";
import { carryOver, divisionName, findings, renderReport, type MonevReport } from "./report.ts";
import { pagesToCapture, takeScreenshots } from "./screenshots.ts";
import { firstPosted, noLedger, readLocalLedger, summarizeSocial } from "./social.ts";
import { nextMeeting, workCalendar, workingMinutes } from "./worktime.ts";

export type LedgerInput =
  /** Records already read (tests, or another reader). */
  | { records: readonly LedgerRecord[]; source: string }
  /** Fetch the ledger branch from a Git remote (default in GitHub mode: `origin`). */
  | { remote: string; branch?: string }
  /** Only what the local repository already has (default in git-only mode). */
  | { local: true; branch?: string }
  | { none: string };

export interface MonevOptions {
  /** `YYYY-MM` */
  month: string;
  /** Content folder (default `content`). */
  contentDir?: string;
  /** Report folder (default `laporan/monev-YYYY-MM`). */
  out?: string;
  /** The site's Git repository (default: the working directory). */
  repoDir?: string;
  /** Measure from GitHub; absent means git-only mode. */
  github?: { token: string; repo: string; baseUrl?: string };
  ledger?: LedgerInput;
  /** Capture screenshots (default true). */
  screenshots?: boolean;
  /** A site already built from the content; default: build one (as of the month's end) into a temporary folder. */
  siteDir?: string;
  /** Chromium to use (default CHROMIUM_PATH or /usr/bin/chromium). */
  chromium?: string;
  /** Image and Markdown caches of the site build (default `.cache`). */
  cacheDir?: string;
  /** The evaluation meeting (default: 09.00 on the third working day after the report). */
  meetingAt?: Date;
  /** Where it is held (default: the office's meeting room at site.address). */
  meetingPlace?: string;
  /** The report's clock (default now). */
  now?: Date;
  log?: (line: string) => void;
}

export interface MonevResult {
  outDir: string;
  /** Files written, relative to `outDir`. */
  files: string[];
  report: MonevReport;
}

export async function runMonev(options: MonevOptions): Promise<MonevResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? new Date();
  const contentDir = resolve(options.contentDir ?? "content");
  const repoDir = resolve(options.repoDir ?? ".");

  log(`Memuat konten dari ${contentDir}`);
  const content = await loadValidContent(contentDir);
  const month = parseMonth(options.month, content.site.timeZone);
  // A month that has not begun has no history: a report of it would read as "nothing happened".
  if (month.start.getTime() > now.getTime()) throw new FutureMonthError(month, now);
  const calendar = await workCalendar(content.site, contentDir);
  const clock: Clock = (from, to) => workingMinutes(from, to, calendar);
  const outDir = resolve(options.out ?? join("laporan", `monev-${month.id}`));
  log(`Laporan monev ${month.label} → ${outDir}`);

  // 1. Everything remote is read before anything is written.
  const readHistory = async (m: ReportMonth): Promise<MonthHistory> => {
    if (options.github) {
      const { owner, repo } = splitRepo(options.github.repo);
      const gh = createGitHub({
        token: options.github.token,
        baseUrl: options.github.baseUrl,
        paceWrites: false,
        warn: log,
      });
      return fetchGitHubHistory({
        gh,
        owner,
        repo,
        branch: content.site.branch,
        month: m,
        team: content.team,
        now,
        log,
      });
    }
    return fetchGitHistory({ repoDir, branch: content.site.branch, month: m, team: content.team, log });
  };
  if (!options.github) log("Mode tanpa GitHub: hanya riwayat Git lokal");
  const history = await readHistory(month);
  const ledger = await readLedger(
    options.ledger ?? (options.github ? { remote: "origin" } : { local: true }),
    repoDir,
    log,
  );
  for (const item of history.items) {
    if (item.status !== "tayang" || !item.url) continue;
    const posted = firstPosted(ledger.records, absoluteUrl(content.site.url, item.url), item.merged);
    if (posted) item.posted = posted;
  }

  // 2. The figures.
  const files = {
    html: `monev-${month.id}.html`,
    pdf: `monev-${month.id}.pdf`,
    csv: [`monev-${month.id}-konten.csv`, `monev-${month.id}-program-kerja.csv`, `monev-${month.id}-media-sosial.csv`],
  };
  const figures = (m: ReportMonth, h: MonthHistory): MonevReport => ({
    month: m,
    generatedAt: now,
    site: content.site,
    team: content.team,
    divisions: content.divisions,
    history: h,
    steps: STEPS.map((step) =>
      stepSummary(
        h.items.filter((i) => i.status === "tayang"),
        step,
        { clock, menuUpdates: h.menuUpdates },
      ),
    ),
    clock,
    calendar: {
      hours: content.site.serviceHours.map((x) => `${x.days} ${x.hours}`).join("; "),
      holidays: [...calendar.holidays.values()]
        .filter((x) => isoDayRange(m).includes(x.date))
        .map((x) => ({ date: x.date, name: x.name })),
      yearSource: calendar.completeYears.get(m.year),
      holidayFileFound: calendar.holidayFileFound,
    },
    plan: planVsActual(content.programme, content.divisions, m, h.items),
    social: ledger.available ? summarizeSocial(ledger.records, m, ledger.source) : noLedger(ledger.source),
    screenshots: undefined,
    missingPages: [],
    files: { pdf: files.pdf, csv: files.csv },
  });
  const report = figures(month, history);
  const social = report.social;
  // Last month's findings, carried into this month's follow-up with how they stand now.
  log(`Temuan bulan lalu (${previousOf(month).label})`);
  report.carriedOver = carryOver(
    findings(figures(previousOf(month), await readHistory(previousOf(month)))),
    findings(report),
  );
  report.meeting = {
    at: options.meetingAt ?? nextMeeting(now, calendar),
    place: options.meetingPlace ?? `Ruang Rapat ${content.site.agency}, ${content.site.address}`,
  };

  // 3. Write into a temporary folder, then move it into place.
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  const temp = await mkdtemp(join(parent, `.${basename(outDir)}.tmp-`));
  let builtSite: string | undefined;
  let browser: Browser | undefined;
  try {
    browser = await launchChromium(options.chromium ?? chromiumPath());
    if (options.screenshots !== false) {
      let siteDir = options.siteDir;
      if (!siteDir) {
        builtSite = await mkdtemp(join(os.tmpdir(), "warta-monev-site-"));
        siteDir = join(builtSite, "site");
        // The site as it stood when the month ended (items dated later stay hidden).
        const asOf = new Date(Math.min(month.end.getTime() - 1, now.getTime()));
        log("Membangun situs untuk tangkapan layar");
        const { buildSite } = await import("../site/build.ts");
        await buildSite({
          contentDir,
          outputDir: siteDir,
          now: asOf,
          search: false,
          cacheDir: options.cacheDir,
          log: (line) => log(`  ${line}`),
        });
      }
      const { pages, missing } = pagesToCapture(
        content.menu,
        history.items.filter((i) => i.status === "tayang"),
        siteDir,
      );
      log(`Tangkapan layar: ${pages.length} halaman × 2 lebar`);
      report.screenshots = await takeScreenshots({ browser, siteDir, pages, outDir: temp, log });
      report.missingPages = missing;
    }

    const divisionOf = (id: string | undefined) => divisionName(report, id);
    const htmlFile = join(temp, files.html);
    await writeFile(htmlFile, renderReport(report));
    await writeFile(join(temp, files.csv[0]!), itemsCsv(history.items, month, now, divisionOf, clock));
    await writeFile(join(temp, files.csv[1]!), planCsv(report.plan, month, divisionOf));
    await writeFile(join(temp, files.csv[2]!), socialCsv(social, month));
    log("Membuat PDF (hardcopy)");
    await renderPdf({
      browser,
      htmlFile,
      pdfFile: join(temp, files.pdf),
      agency: content.site.agency,
      title: `Laporan Monev ${month.label}`,
    });
    await browser.close();
    browser = undefined;
    await swapInto(temp, outDir);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  } finally {
    await browser?.close().catch(() => undefined);
    if (builtSite) await rm(builtSite, { recursive: true, force: true });
  }

  const written = [
    files.html,
    files.pdf,
    ...files.csv,
    ...(report.screenshots ?? []).flatMap((s) => [s.desktop, s.mobile, s.desktopThumb, s.mobileThumb]),
  ];
  log(`Selesai: ${outDir}`);
  return { outDir, files: written, report };
}

async function readLedger(
  input: LedgerInput,
  repoDir: string,
  log: (line: string) => void,
): Promise<{ available: boolean; records: readonly LedgerRecord[]; source: string }> {
  if ("records" in input) return { available: true, records: input.records, source: input.source };
  if ("none" in input) return { available: false, records: [], source: input.none };
  const branch = input.branch ?? "warta-ledger";
  if ("local" in input) {
    const local = await readLocalLedger(repoDir, branch);
    if (!local)
      return {
        available: false,
        records: [],
        source: `cabang ${branch} tidak ada di repositori lokal (ambil dengan git fetch origin ${branch})`,
      };
    log(`Catatan unggahan: ${local.records.length} baris dari ${local.source} (lokal)`);
    return { available: true, ...local };
  }
  log(`Membaca catatan unggahan dari ${input.remote}/${branch}`);
  try {
    const snapshot = await new GitLedger({ repoDir, remote: input.remote, branch }).read();
    log(`  ${snapshot.records.length} baris`);
    return { available: true, records: snapshot.records, source: `cabang ${branch}` };
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`Catatan unggahan media sosial (cabang ${branch} di ${input.remote}) tidak dapat dibaca: ${why}`);
  }
}

/** Replaces `outDir` with `ready`; the previous report is removed only once the new one is in place. */
async function swapInto(ready: string, outDir: string): Promise<void> {
  const old = `${outDir}.old-${process.pid}-${Date.now()}`;
  let hadOld = false;
  try {
    await rename(outDir, old);
    hadOld = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  try {
    await rename(ready, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** The month before `month`. */
const previousOf = (month: ReportMonth) => previousMonth(month.start, month.timeZone);
