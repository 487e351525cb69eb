/**
 * Invalid content that still reaches `main` (a hand-made commit past the admin's check), with
 * `npm start` running (issue 12 point 1): the last good site stays served, the terminal lists the
 * problem as file:line and fix, the admin page shows the same in a notice, and once the file is
 * fixed, an entry published in the meantime appears. Real `scripts/start.ts` in its own process,
 * real decap-server clone, real builds, the admin page in Debian's Chromium.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS } from "../../src/monev/browser.ts";
import { PROBLEMS_FILE, type ProblemsReport } from "../../src/cms/problem-notice.ts";
import { makeContentRepo } from "../../src/cms/content-repo.ts";
import { eventually } from "../e2e/admin/editor.ts";

const run = promisify(execFile);
const START = fileURLToPath(new URL("../../scripts/start.ts", import.meta.url));
const PROJECT = fileURLToPath(new URL("../../", import.meta.url));

let tmp: string;
let repo: string;
let child: ChildProcess;
let output = "";
let site: string;
let browser: Browser | undefined;

const clone = () => join(repo, ".cache", "cms-repo");
const commit = async (file: string, text: string, message: string) => {
  await writeFile(join(clone(), file), text);
  await run("git", ["add", file], { cwd: clone() });
  await run("git", ["commit", "--quiet", "-m", message], { cwd: clone() });
};
const status = async (path: string) => (await fetch(new URL(path, site), { cache: "no-store" })).status;

const BROKEN = "content/agenda/agenda-rusak.md";
const agenda = (end: string) =>
  `---\ntitle: Agenda rusak\ndate: 2026-11-20T09:00\nstart: 2026-12-10T10:00\nend: ${end}\nplace: Aula Diskominfo\ndivision: ikp\nsummary: Agenda yang ditulis tangan.\n---\n\nIsi agenda.\n`;
const ANNOUNCEMENT = "content/pengumuman/pengumuman-sesudahnya.md";

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "warta-start-problems-"));
  repo = await makeContentRepo(join(tmp, "repo"), {
    keep: { berita: 1, galeri: 1, agenda: 1, pengumuman: 1, "informasi-publik": 1 },
  });
  child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      START,
      "--repo",
      repo,
      "--out",
      join(tmp, "site"),
      "--port",
      "0",
      "--cms-port",
      "0",
      "--no-search",
      "--now",
      "2026-12-01T12:00:00+07:00",
    ],
    {
      // As `npm start` runs: from the project (Eleventy, tsx and the build cache are found there).
      cwd: PROJECT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout!.on("data", (c: Buffer) => void (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => void (output += c.toString()));
  site = await eventually(
    "npm start to serve",
    async () => {
      if (child.exitCode !== null) throw new Error(`npm start exited (${child.exitCode}):\n${output}`);
      return /Situs berjalan di (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)?.[1];
    },
    300_000,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; npm start said:\n${output}`);
  });
}, 320_000);

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGINT");
    await exited;
  }
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("npm start with content on main that the build refuses", () => {
  it("keeps the last good site, names the problem in the terminal and the admin, and shows later publishes once fixed", async () => {
    expect(await status("/")).toBe(200);
    expect(await status(`/admin/${PROBLEMS_FILE}`)).toBe(404);

    await commit(BROKEN, agenda("2026-12-10T08:00"), "Hand-made agenda ending before it starts");
    const report = await eventually(
      "the problems beside the admin",
      async () => {
        const res = await fetch(new URL(`/admin/${PROBLEMS_FILE}`, site), { cache: "no-store" });
        return res.ok ? ((await res.json()) as ProblemsReport) : undefined;
      },
      300_000,
    );
    expect(report.problems).toContainEqual(
      expect.objectContaining({
        file: BROKEN,
        line: 5,
        field: "end",
        message: "waktu selesai harus sesudah waktu mulai",
      }),
    );
    // The terminal: file:line, field, message and fix.
    expect(output).toMatch(
      /content\/agenda\/agenda-rusak\.md:5 {2}end {2}waktu selesai harus sesudah waktu mulai {2}→ ubah "end"/,
    );
    // The last good site is still served.
    expect(await status("/")).toBe(200);
    expect(await status("/agenda/")).toBe(200);

    // The admin page shows the notice (no login needed: it is there for whoever opens the admin).
    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    const page = await browser.newPage();
    await page.goto(new URL("/admin/", site).href, { waitUntil: "commit" });
    const notice = page.getByRole("alert").filter({ hasText: "Situs lokal TIDAK diperbarui" });
    await notice.waitFor({ timeout: 60_000 });
    // The line `npm run check` prints (the page shows runs of spaces as one).
    expect(await notice.innerText()).toMatch(
      /content\/agenda\/agenda-rusak\.md:5 +end +waktu selesai harus sesudah waktu mulai +→ ubah "end" menjadi waktu yang sama dengan atau sesudah "start"/,
    );

    // A valid publish meanwhile waits; fixing the broken file brings both in, and the notice goes.
    await commit(
      ANNOUNCEMENT,
      "---\ntitle: Pengumuman sesudahnya\ndate: 2026-11-25T09:00\nexpires: 2027-01-31T23:59\nsummary: Pengumuman sah yang terbit sesudah agenda rusak.\ndivision: ikp\n---\n\nIsi pengumuman.\n",
      "A valid announcement",
    );
    await commit(BROKEN, agenda("2026-12-10T12:00"), "Fix the agenda's end");
    await eventually(
      "the announcement on the site",
      async () => (await status("/pengumuman/pengumuman-sesudahnya/")) === 200,
      300_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}; npm start said:\n${output.slice(-3000)}`);
    });
    expect(await status("/agenda/agenda-rusak/")).toBe(200);
    expect(await status(`/admin/${PROBLEMS_FILE}`)).toBe(404);
    await notice.waitFor({ state: "detached", timeout: 30_000 });
  }, 900_000);
});
