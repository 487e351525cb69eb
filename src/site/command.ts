/**
 * `npm run build`: content → the public site with the admin, replaced in one step or not at all.
 * (`npm start`, which serves and rebuilds it, is the local admin's: src/cms/command.ts.)
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { defineCommand, EXIT, UsageError } from "../command/command.ts";
import { ContentError } from "../content/load.ts";
import type { ProblemsReport } from "../cms/problem-notice.ts";
import { copyAdmin } from "../cms/site.ts";
import { buildSite } from "./build.ts";

export const BUILD_HELP = `Cara pakai: npm run build [-- pilihan]

Membangun situs publik di folder sementara, membuat indeks pencarian (Pagefind), lalu mengganti
folder hasil dalam satu langkah. Bila ada yang gagal (konten tidak valid, berkas media hilang),
tidak ada yang diganti: situs sebelumnya tetap seperti semula.

Pilihan:
  --content FOLDER  folder konten (bawaan: $WARTA_CONTENT atau content)
  --out FOLDER      folder hasil (bawaan: _site)
  --now ISO         bangun seolah-olah saat ini adalah waktu itu, mis. 2026-11-24T12:00:00+07:00
                    (bawaan: $WARTA_NOW atau waktu sekarang); hanya entri yang sudah publik saat
                    itu yang tampil
  --cache FOLDER    folder cache hasil olah gambar dan Markdown (bawaan: .cache)
  --no-search       tanpa indeks pencarian (lebih cepat; /cari/ tidak berfungsi)
  --quiet           tanpa baris kemajuan
  --problems BERKAS bila konten tidak valid, tulis masalahnya ke berkas itu sebagai JSON (npm
                    start menaruhnya di folder admin yang disajikan, yang menampilkannya);
                    dihapus setelah build berhasil
  -h, --help        tampilkan bantuan ini

Hasil olah gambar dan Markdown disimpan di cache antar-build: simpan folder cache (mis. di CI),
maka build ulang tidak mengolah ulang apa pun.

Kode keluar: 0 berhasil, 1 build gagal, 2 kesalahan pemakaian.`;

export const buildCommand = defineCommand({
  usage: "npm run build",
  help: BUILD_HELP,
  options: {
    content: { type: "string" },
    out: { type: "string", default: "_site" },
    now: { type: "string" },
    cache: { type: "string" },
    "no-search": { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    problems: { type: "string" },
  },
  run: async ({ values: args }, io) => {
    const nowText = args.now ?? io.env.WARTA_NOW;
    const now = nowText ? new Date(nowText) : undefined;
    if (now && Number.isNaN(now.getTime()))
      throw new UsageError(`--now: "${nowText}" bukan tanggal-waktu ISO; tulis mis. 2026-11-24T12:00:00+07:00.`);
    const contentDir = args.content ?? (io.env.WARTA_CONTENT || "content");
    try {
      await buildSite({
        contentDir,
        outputDir: args.out,
        now,
        cacheDir: args.cache,
        search: !args["no-search"],
        quiet: args.quiet,
        beforePublish: (dir) => copyAdmin(dir, { contentDir }),
      });
      if (args.problems) await rm(args.problems, { force: true });
      return EXIT.ok;
    } catch (error) {
      if (error instanceof ContentError) {
        io.err(
          `Konten tidak valid: situs TIDAK dibangun, situs lama di ${args.out} tetap utuh.\n` +
            `(Invalid content: nothing was built; the previous output is untouched.)\n\n${error.message}\n\n` +
            `Perbaiki masalah di atas lalu jalankan lagi; npm run check menampilkan daftar yang sama.`,
        );
        if (args.problems) {
          await mkdir(dirname(args.problems), { recursive: true });
          await writeFile(
            args.problems,
            JSON.stringify({ problems: error.problems } satisfies ProblemsReport, null, 2),
          );
        }
      } else {
        io.err(
          `Build gagal; situs lama di ${args.out} tetap utuh.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
      return EXIT.problems;
    }
  },
});
