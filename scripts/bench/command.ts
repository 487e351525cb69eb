/** `npm run bench`: our full build timed against plain Eleventy on the same synthetic Markdown (see run.ts). */
import { defineCommand, EXIT, UsageError } from "../../src/command/command.ts";
import { formatReport, runBench } from "./run.ts";

export const BENCH_HELP = `Cara pakai: npm run bench [-- pilihan]

Membuat situs sintetis di folder sementara (N berita ~600 kata yang memakai enam foto sampul
bersama, beberapa pengumuman dan agenda, berkas data dan logo contoh) lalu, dalam run yang sama,
mengukur build lengkap kita dan build Eleventy polos atas Markdown yang sama (markdown-it bawaan,
satu layout minimal). Setiap build yang diukur berjalan di proses baru:
  cold              build kita dengan folder cache kosong dan tanpa hasil sebelumnya
  second            build kita lagi, tanpa perubahan, cache dan hasil disimpan (npm run build kedua)
  warm              build kita sekali lagi: keadaan tetap build ulang (menimpa hasil cadangan)
  baseline first    Eleventy polos ke folder hasil kosong
  baseline rebuild  Eleventy polos lagi, di atas hasilnya sendiri
Putaran bergantian antara build kita dan pembanding. Mencetak setiap run, median, memori puncak,
bobot halaman beranda, lalu
  ratio cold: X.XX      (median cold kita / median baseline first)
  ratio warm: X.XX      (median warm kita / median baseline rebuild)

Pilihan:
  --items N     jumlah berita yang dibuat (bawaan 4000)
  --runs N      jumlah putaran (bawaan 3; 5 bila --items 1000 atau kurang)
  --search      sertakan indeks pencarian Pagefind pada build kita (bawaan: tanpa, seperti pembanding)
  --no-search   tanpa indeks (bawaan; diterima agar sama dengan npm run build)
  --keep        simpan folder sementara dan cetak alamatnya
  -h, --help    tampilkan bantuan ini

Kode keluar: 0 terukur, 1 sebuah build gagal, 2 kesalahan pemakaian.`;

export const benchCommand = defineCommand({
  usage: "npm run bench",
  help: BENCH_HELP,
  options: {
    items: { type: "string", default: "4000" },
    runs: { type: "string" },
    search: { type: "boolean", default: false },
    "no-search": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
  run: async ({ values: args }, io) => {
    const items = Number(args.items);
    const runs = args.runs === undefined ? (items <= 1000 ? 5 : 3) : Number(args.runs);
    if (!Number.isInteger(items) || items < 1)
      throw new UsageError(`--items: tulis bilangan bulat positif, bukan "${args.items}".`);
    if (!Number.isInteger(runs) || runs < 1)
      throw new UsageError(`--runs: tulis bilangan bulat positif, bukan "${args.runs}".`);
    if (args.search && args["no-search"]) throw new UsageError("--search dan --no-search sekaligus: pilih salah satu.");
    try {
      const result = await runBench({ items, runs, search: args.search, keep: args.keep, log: (line) => io.out(line) });
      io.out(`\n${formatReport(result)}`);
      return EXIT.ok;
    } catch (error) {
      io.err(`Pengukuran gagal: ${error instanceof Error ? error.message : String(error)}`);
      return EXIT.problems;
    }
  },
});
