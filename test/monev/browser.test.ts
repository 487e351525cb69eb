/**
 * The whole report in Debian's Chromium: the sample site built once (no search index), a few
 * screenshots, and the PDF read back with poppler's pdftotext/pdfinfo. The menu is cut to two
 * entries so the run stays small: 2 menus + 3 updated pages = 5 pages, 10 screenshots.
 */
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotPageCount } from "../../src/monev/report.ts";
import { runMonev, type MonevResult } from "../../src/monev/run.ts";
import { VIEWPORTS } from "../../src/monev/screenshots.ts";
import { RecordedGitHub } from "./github-server.ts";
import { ledgerRecords, recordedPulls, recordedRuns, REPO, TOKEN } from "./history.ts";

/** Sections before and after the screenshots: summary, times, programme, rejected/waiting, social | invitation, attendance, minutes, follow-up. */
const FIXED_PAGES = 5 + 4;

const ROOT = join(import.meta.dirname, "../..");
let work: string;
let server: RecordedGitHub;
let november: MonevResult;

/** The PDF's text in reading order, whitespace collapsed (table cells wrap over several lines). */
const pdfText = (file: string) => execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
const pdfPages = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))?.[1]);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

beforeAll(async () => {
  work = await mkdtemp(join(os.tmpdir(), "warta-monev-browser-"));
  await cp(join(ROOT, "content"), join(work, "content"), { recursive: true });
  await writeFile(
    join(work, "content/_data/menu.yml"),
    "items:\n  - label: Beranda\n    url: /\n  - label: Berita\n    url: /berita/\n",
  );
  server = await new RecordedGitHub(REPO, TOKEN, recordedPulls(), recordedRuns()).start();
  november = await runMonev({
    month: "2026-11",
    contentDir: join(work, "content"),
    out: join(work, "laporan", "monev-2026-11"),
    github: { token: TOKEN, repo: REPO, baseUrl: server.url },
    ledger: { records: ledgerRecords(), source: "cabang warta-ledger" },
    now: new Date("2026-12-01T08:00:00+07:00"),
    log: () => {},
  });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await rm(work, { recursive: true, force: true });
});

describe("the November report", () => {
  it("writes the HTML, the PDF, the CSV files and the screenshots, and nothing half-done beside them", async () => {
    const out = november.outDir;
    expect((await readdir(out)).sort()).toEqual([
      "monev-2026-11-konten.csv",
      "monev-2026-11-media-sosial.csv",
      "monev-2026-11-program-kerja.csv",
      "monev-2026-11.html",
      "monev-2026-11.pdf",
      "tangkapan-layar",
    ]);
    expect(await readdir(join(work, "laporan"))).toEqual(["monev-2026-11"]);
    const csv = await readFile(join(out, "monev-2026-11-konten.csv"), "utf8");
    // #14 (HKSN, a draft) was merged in December: waiting in November, as before.
    expect(csv.trimEnd().split("\r\n")).toHaveLength(1 + 7);
  });

  it("prints on A4 with one page per section, the screenshots as compact thumbnails", async () => {
    const pdf = join(november.outDir, "monev-2026-11.pdf");
    // 2 menus (3 large rows a page) + 3 updated pages (8 a page).
    const least = FIXED_PAGES + screenshotPageCount(2, 3);
    expect(least).toBe(11);
    // Each section starts a page; a long section (the SOP times with their tables, the minutes) may run one page over.
    const pages = pdfPages(pdf);
    expect(pages).toBeGreaterThanOrEqual(least);
    expect(pages).toBeLessThanOrEqual(least + 3);
    // Five screenshot pairs as PNG weigh about 2 MB in the PDF; JPEG thumbnails keep it small.
    expect((await stat(pdf)).size).toBeLessThan(600_000);
    expect(execFileSync("pdfinfo", [pdf], { encoding: "utf8" })).toMatch(
      /Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)|Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/,
    );
    const text = pdfText(pdf);
    expect(text).toContain(`Halaman 1 dari ${pages}`);
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
  });

  it("carries the headline figures, the agency's header and the rejection reason in the PDF text", () => {
    const text = pdfText(join(november.outDir, "monev-2026-11.pdf"));
    expect(text).toContain("DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH HIJAU");
    // The running header, on every page.
    expect(text.match(/Laporan Monev November 2026/g)?.length).toBe(
      pdfPages(join(november.outDir, "monev-2026-11.pdf")),
    );
    expect(text).toContain("Bulan November 2026");
    expect(text).toMatch(/Konten tayang \(ditampilkan situs pada bulan ini\) 3\b/);
    expect(text).toContain("1 dari 2 (50%)");
    expect(text).toContain("Foto memuat data pribadi warga (NIK terlihat).");
    expect(text).toMatch(/Capaian program kerja \(entri baru tayang \/ rencana\) 2 ?\/ ?9 /);
    expect(text).toContain("Undangan Rapat Evaluasi Pengelolaan Website dan Media Sosial Bulan November 2026");
    expect(text).toContain("daftar hadir");
    expect(text).toContain("Notulen rapat evaluasi");
    expect(text).toContain("Rencana tindak lanjut");
  });

  it("captures the two menus and the three updated pages at desktop and mobile sizes", async () => {
    const shots = november.report.screenshots!;
    expect(shots.map((s) => `${s.kind} ${s.path}`)).toEqual([
      "menu /",
      "menu /berita/",
      "update /agenda/bimbingan-teknis-ppid-pelaksana/",
      "update /berita/rilis-indeks-pembangunan-tik-2025/",
      "update /pengumuman/pemeliharaan-pusat-data/",
    ]);
    expect((await readdir(join(november.outDir, "tangkapan-layar"))).length).toBe(10 + 1);
    expect((await readdir(join(november.outDir, "tangkapan-layar", "kecil"))).length).toBe(10);
    for (const s of shots) {
      expect(pngSize(await readFile(join(november.outDir, s.desktop)))).toEqual(VIEWPORTS.desktop);
      expect(pngSize(await readFile(join(november.outDir, s.mobile)))).toEqual(VIEWPORTS.mobile);
      const thumb = await readFile(join(november.outDir, s.desktopThumb));
      expect(thumb.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(true);
      expect(thumb.length).toBeLessThan(120_000);
    }
    // The report prints the thumbnails; the full-size PNGs stay beside it.
    const html = await readFile(join(november.outDir, "monev-2026-11.html"), "utf8");
    for (const s of shots) {
      expect(html).toContain(`src="${s.desktopThumb}"`);
      expect(html).not.toContain(`src="${s.desktop}"`);
    }
  });
});

describe("a month with no items, from local Git only", () => {
  it("is a valid report that says so and names what needs GitHub", async () => {
    const repo = join(work, "repo");
    const git = (...args: string[]) =>
      execFileSync(
        "git",
        ["-c", "user.name=Uji", "-c", "user.email=uji@localhost", "-c", "init.defaultBranch=main", ...args],
        {
          cwd: repo,
          env: {
            ...process.env,
            GIT_CONFIG_GLOBAL: "/dev/null",
            GIT_AUTHOR_DATE: "2026-09-01T09:00:00+07:00",
            GIT_COMMITTER_DATE: "2026-09-01T09:00:00+07:00",
          },
        },
      );
    await cp(join(work, "content"), join(repo, "content"), { recursive: true });
    git("init", "-q");
    git("add", "-A");
    git("commit", "-q", "-m", "Awal");
    const result = await runMonev({
      month: "2026-08",
      contentDir: join(repo, "content"),
      repoDir: repo,
      out: join(work, "agustus"),
      screenshots: false,
      now: new Date("2026-12-01T08:00:00+07:00"),
      log: () => {},
    });
    const pdf = join(result.outDir, "monev-2026-08.pdf");
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(FIXED_PAGES + 1);
    expect(pdfPages(pdf)).toBeLessThanOrEqual(FIXED_PAGES + 4);
    const text = pdfText(pdf);
    expect(text).toContain("Tidak ada konten yang tayang pada bulan Agustus 2026.");
    expect(text).toContain("Mode tanpa GitHub.");
    expect(text).toContain("memerlukan akses GitHub");
    expect(text).toContain("Tangkapan layar tidak dibuat");
    expect(result.report.history.items).toEqual([]);
  });
});
