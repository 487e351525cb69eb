/**
 * Content on `main` that the build refuses (a hand-made commit): `npm start` keeps serving the
 * last good site and writes the problems beside the admin page (`PROBLEMS_FILE`); the admin
 * polls that file and shows a banner with each `file:line`, field, message and fix, so an editor
 * learns why a publish does not appear. Only on a local admin (127.0.0.1/localhost): the deployed
 * site never has the file, and GitHub's PR check (`npm run review`) stops such content there.
 */
import type { Problem } from "../content/model.ts";
import { problemLine } from "../content/problems.ts";
import { showNotice } from "./notice.ts";

/** Written by `npm run build -- --problems` into the admin folder of the site being served. */
export const PROBLEMS_FILE = "masalah-konten.json";

export interface ProblemsReport {
  problems: Problem[];
}

const POLL_MS = 3000;
const BANNER_ID = "warta-masalah-konten";

export function problemNoticeText(report: ProblemsReport): { title: string; lines: string[] } {
  return {
    title:
      `Situs lokal TIDAK diperbarui: konten di cabang main memuat ${report.problems.length} masalah, jadi situs terakhir yang benar tetap tampil ` +
      "dan entri yang diterbitkan sesudahnya belum muncul. Perbaiki berkas di bawah ini; situs dibangun ulang sendiri sesudahnya.",
    lines: report.problems.map(problemLine),
  };
}

export function installProblemNotice(win: Window & typeof globalThis): void {
  const host = win.location.hostname;
  if (host !== "127.0.0.1" && host !== "localhost") return;
  const doc = win.document;
  const url = new URL(PROBLEMS_FILE, win.location.href).href;
  let shown = "";

  const render = (report: ProblemsReport | undefined) => {
    const key = report ? JSON.stringify(report.problems) : "";
    if (key === shown) return;
    shown = key;
    doc.getElementById(BANNER_ID)?.remove();
    if (!report || report.problems.length === 0) return;
    showNotice(doc, {
      id: BANNER_ID,
      ...problemNoticeText(report),
      colours: { background: "#fff4e5", text: "#5a2d00", border: "#b45309" },
      zIndex: 100000,
    });
  };

  const poll = async () => {
    try {
      const res = await win.fetch(url, { cache: "no-store" });
      render(res.ok ? ((await res.json()) as ProblemsReport) : undefined);
    } catch {
      // the local server is restarting: keep what is shown
    }
  };
  void poll();
  win.setInterval(() => void poll(), POLL_MS);
}
