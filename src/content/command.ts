/**
 * `npm run check`: loads and validates the content folder and lists every problem. With --fix,
 * first rewrites the files the admin saves in the format Decap CMS writes them.
 */
import { defineCommand, EXIT, type CommandIO } from "../command/command.ts";
import { renderingInspector } from "../markdown/index.ts";
import { formatContent } from "../cms/stored-format.ts";
import { formatProblems, loadContent } from "./load.ts";
import { collections, type CollectionName } from "./schema.ts";

export const CHECK_HELP = `Cara pakai: npm run check [-- --dir FOLDER] [--fix] [--json]

Memeriksa konten (berkas data, setiap entri Markdown, berkas media) dan mencantumkan setiap
masalah sebagai  berkas:baris  kolom  pesan  → perbaikan.

Pilihan:
  --dir FOLDER   folder konten (bawaan: content)
  --fix          lebih dulu menulis ulang entri dan berkas data dalam format simpanan admin
                 (Decap CMS), sehingga suntingan di admin hanya mengubah baris yang disunting
  --json         cetak {"problems": [...], "counts": {...}} sebagai JSON, bukan teks
  -h, --help     tampilkan bantuan ini

Kode keluar: 0 konten valid, 1 ada masalah, 2 kesalahan pemakaian.`;

/** Sites at least this big get a progress line on stderr. */
const PROGRESS_FROM = 500;

export const checkCommand = defineCommand({
  usage: "npm run check",
  help: CHECK_HELP,
  options: {
    dir: { type: "string", default: "content" },
    json: { type: "boolean", default: false },
    fix: { type: "boolean", default: false },
  },
  run: async ({ values: args }, io) => {
    let result;
    let fixRefused = 0;
    try {
      if (args.fix) {
        const { changed, refused } = await formatContent(args.dir, { fix: true });
        for (const file of changed) io.err(`Diformat ulang seperti simpanan admin: ${file}`);
        for (const file of refused) io.err(`${file}: TIDAK diformat ulang, karena admin (Decap CMS) akan membaca isinya lain dari situs (mis. baris yang diawali angka dan titik, seperti "2008.", menjadi daftar bernomor) → gabungkan baris seperti itu dengan baris sebelumnya, lalu jalankan lagi npm run check -- --fix`);
        fixRefused = refused.length;
      }
      // Bodies are checked from the parse the build renders (and cached for it).
      result = await loadContent(args.dir, { onProgress: progress(io), inspectBodies: renderingInspector() });
    } catch (error) {
      io.err(`${(error as Error).message}\n(tunjuk folder konten dengan --dir; lihat --help)`);
      return EXIT.usage;
    }
    const { content, problems } = result;
    const counts = Object.fromEntries(
      (Object.keys(collections) as CollectionName[]).map((name) => [name, content.entries[name].length]),
    ) as Record<CollectionName, number>;

    if (args.json) {
      io.out(JSON.stringify({ problems, counts }, null, 2));
    } else if (problems.length > 0) {
      io.out(formatProblems(problems));
    } else {
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      const parts = (Object.keys(counts) as CollectionName[]).map((name) => `${collections[name].label} ${counts[name]}`);
      io.out(`Konten valid: ${total} entri (${parts.join(", ")}), ${content.divisions.items.length} bidang.`);
    }
    return problems.length > 0 || fixRefused > 0 ? EXIT.problems : EXIT.ok;
  },
});

/** At most five progress lines a second, and only on big sites. */
function progress(io: CommandIO): (done: number, total: number) => void {
  let lastShown = 0;
  return (done, total) => {
    if (total < PROGRESS_FROM) return;
    const now = Date.now();
    if (done !== total && now - lastShown < 200) return;
    lastShown = now;
    const line = `Memeriksa konten… ${done}/${total}`;
    if (io.progress) io.progress(line, done === total);
    else if (done === total) io.err(line);
  };
}
