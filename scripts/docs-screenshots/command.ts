/** `npm run docs:screenshots`: the editors' flow for docs/alur-persetujuan.md, taken in the real admin. */
import { relative } from "node:path";
import { defineCommand, EXIT } from "../../src/command/command.ts";
import { shootEditorFlow } from "./shoot.ts";

export const DOCS_SCREENSHOTS_HELP = `Cara pakai: npm run docs:screenshots [-- pilihan]

Mengambil tangkapan layar sisi redaksi alur persetujuan untuk docs/alur-persetujuan.md: admin
Decap sungguhan (antarmuka bahasa Indonesia) di Chromium Debian (/usr/bin/chromium) terhadap
decap-server mode Git pada repositori sekali pakai dari konten contoh, dan halaman berita publik
dari situs yang dibangun setelah terbit. Setiap permintaan ke host selain 127.0.0.1 diblokir.
Gambar: tangkapan 1280x800 disimpan sebagai PNG palet selebar 1000 px. Sekitar satu menit.

Pilihan:
  --out FOLDER   folder hasil (bawaan: docs/gambar); berkas yang ada ditimpa
  -h, --help     tampilkan bantuan ini

Kode keluar: 0 selesai, 1 gagal (atau ada permintaan yang mencoba keluar dari 127.0.0.1),
2 kesalahan pemakaian.`;

export const docsScreenshotsCommand = defineCommand({
  usage: "npm run docs:screenshots",
  help: DOCS_SCREENSHOTS_HELP,
  options: { out: { type: "string", default: "docs/gambar" } },
  run: async ({ values }, io) => {
    try {
      const { shots, offsite } = await shootEditorFlow({ outDir: values.out, log: (line) => io.out(line) });
      const total = shots.reduce((sum, s) => sum + s.bytes, 0);
      for (const s of shots) io.out(`${relative(process.cwd(), s.file)}  ${(s.bytes / 1024).toFixed(0)} KiB`);
      io.out(`${shots.length} gambar, ${(total / 1024).toFixed(0)} KiB`);
      if (offsite.length) {
        io.err(`Permintaan ke host lain diblokir:\n${offsite.join("\n")}`);
        return EXIT.problems;
      }
      return EXIT.ok;
    } catch (error) {
      io.err(`Tangkapan layar gagal: ${(error as Error).stack ?? String(error)}`);
      return EXIT.problems;
    }
  },
});
