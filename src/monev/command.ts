/** `npm run monev`: argument parsing, progress and exit codes around `runMonev`. */
import { existsSync } from "node:fs";
import { appendFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { FutureMonthError, MonthFormatError, parseMonth, previousMonth } from "./month.ts";
import type { MonevOptions, MonevResult } from "./run.ts";
import { defineCommand, type CommandIO } from "../command/command.ts";

export const MONEV_HELP = `Cara pakai: npm run monev -- --month YYYY-MM [pilihan]

Laporan monitoring dan evaluasi bulanan (SOP langkah 9): setiap konten yang ditampilkan situs
pada bulan itu dengan waktunya per langkah SOP dalam waktu kerja (jam pelayanan di
content/_data/site.yml, hari libur dan cuti bersama di content/_data/libur.yml) dibanding
standar (menu ≤ 180, penyerahan ≤ 60, editing ≤ 60, penyaringan ≤ 15, penayangan ≤ 15 menit),
capaian program kerja, konten ditolak, menunggu dan tidak ditayangkan (draf/dikecualikan),
media sosial, tangkapan layar menu dan halaman yang diperbarui, undangan rapat evaluasi,
daftar hadir, notulen dan rencana tindak lanjut.
Menulis satu folder berisi monev-YYYY-MM.html, monev-YYYY-MM.pdf (hardcopy A4), berkas CSV dan
tangkapan-layar/. Bila satu langkah gagal, tidak ada yang ditulis.

Pilihan:
  --month YYYY-MM     bulan laporan, menurut zona waktu situs (mis. 2026-11); bulan yang
                      belum dimulai ditolak
  --previous-month    bulan sebelum bulan ini (dipakai workflow bulanan)
  --out FOLDER        folder laporan (bawaan: laporan/monev-YYYY-MM)
  --repo PEMILIK/NAMA repositori GitHub (bawaan: GITHUB_REPOSITORY, lalu site.repo)
  --git-only          tanpa GitHub: hanya riwayat Git lokal (commit cabang draf, persetujuan
                      pada commit penggabungan, waktu penggabungan, cabang yang menunggu);
                      laporan menyebut angka yang memerlukan GitHub
  --no-screenshots    tanpa membangun situs dan tanpa tangkapan layar
  --content FOLDER    folder konten (bawaan: content)
  -h, --help          teks ini

Lingkungan:
  GITHUB_TOKEN    akses baca pull request, isi repositori dan actions (tidak pernah dicetak);
                  bila kosong, laporan dibuat seperti --git-only
  GITHUB_API_URL  alamat REST API (diisi oleh GitHub Actions)
  CHROMIUM_PATH   peramban untuk tangkapan layar dan PDF (bawaan: /usr/bin/chromium)
  GITHUB_OUTPUT   menerima month=, label=, out= dan pdf= (GitHub Actions)

Angka media sosial diambil dari cabang catatan unggahan (warta-ledger): diambil dari origin,
atau pada --git-only dibaca dari repositori lokal.

Kode keluar: 0 laporan ditulis, 2 masukan salah (bulan, argumen, konten), 3 kegagalan GitHub
atau Git, 1 lainnya.`;

export const monevCommand = defineCommand({
  usage: "npm run monev",
  help: MONEV_HELP,
  options: {
    month: { type: "string" },
    "previous-month": { type: "boolean", default: false },
    out: { type: "string" },
    repo: { type: "string" },
    content: { type: "string" },
    "git-only": { type: "boolean", default: false },
    "no-screenshots": { type: "boolean", default: false },
  },
  run: ({ values }, io) =>
    monev(
      {
        month: values.month,
        previous: values["previous-month"],
        out: values.out,
        repo: values.repo,
        contentDir: values.content,
        gitOnly: values["git-only"],
        ...(values["no-screenshots"] ? { screenshots: false } : {}),
      },
      io,
    ),
});

async function monev(
  options: Partial<MonevOptions> & { gitOnly?: boolean; repo?: string; previous?: boolean },
  io: CommandIO,
): Promise<number> {
  const now = io.now ?? new Date();
  if (!options.month && !options.previous) {
    io.err(
      "Bulan laporan belum diisi: tulis --month YYYY-MM, mis. npm run monev -- --month 2026-11 (atau --previous-month untuk bulan lalu).",
    );
    return 2;
  }
  try {
    // Checked before anything is loaded; the site's time zone is applied by runMonev.
    if (options.month) {
      const month = parseMonth(options.month, "Asia/Jakarta");
      if (month.start.getTime() > now.getTime()) throw new FutureMonthError(month, now);
    }
  } catch (error) {
    if (error instanceof MonthFormatError || error instanceof FutureMonthError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }

  const contentDir = resolve(options.contentDir ?? "content");
  if (!existsSync(join(contentDir, "_data", "site.yml"))) {
    io.err(
      `Folder konten ${contentDir} tidak ditemukan atau tidak berisi _data/site.yml: jalankan dari folder situs, atau tunjuk foldernya dengan --content DIR.`,
    );
    return 2;
  }

  const token = io.env.GITHUB_TOKEN ?? "";
  const useGitHub = !options.gitOnly && token !== "";
  if (!options.gitOnly && !token) {
    io.err(
      "GITHUB_TOKEN tidak diisi: laporan dibuat dari riwayat Git lokal saja (seperti --git-only); angka yang memerlukan GitHub ditandai di laporan.",
    );
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
      const lines = [
        `month=${r.month.id}`,
        `label=${r.month.label}`,
        `out=${result.outDir}`,
        `pdf=${join(result.outDir, r.files.pdf)}`,
      ];
      await appendFile(io.env.GITHUB_OUTPUT, `${lines.join("\n")}\n`);
    }
    const published = r.history.items.filter((i) => i.status === "tayang").length;
    const hidden = r.history.items.filter((i) => i.status === "tidak-tayang").length;
    io.out(
      `${published} konten tayang, ${hidden} tidak ditayangkan (dikecualikan/draf/terjadwal), ${r.history.items.length - published - hidden} ditolak/ditutup/menunggu; ${result.files.length} berkas di ${result.outDir}`,
    );
    return 0;
  } catch (error) {
    // Matched by name: the heavy modules (Octokit, the site build) load only when a report is made.
    const name = error instanceof Error ? error.name : "";
    if (
      name === "MonthFormatError" ||
      name === "FutureMonthError" ||
      name === "ContentError" ||
      name === "TeamError" ||
      name === "WorkCalendarError"
    ) {
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
