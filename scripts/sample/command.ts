/**
 * `npm run sample`: (re)generates the sample Dinas's pictures and PDFs in content/media/.
 * Deterministic: running it twice changes nothing; `--check` verifies the committed files.
 */
import { join, relative, resolve } from "node:path";
import { defineCommand, EXIT } from "../../src/command/command.ts";
import { generateSample } from "./generate.ts";

export const SAMPLE_HELP = `Cara pakai: npm run sample -- [pilihan]

Membuat setiap gambar dan PDF yang dirujuk konten contoh (content/) ke content/media/: ilustrasi
(SVG yang dirender ke JPEG dengan sharp), logo dan bagan organisasi (PNG) serta dokumen A4
(pdf-lib). Semua nama dan angka fiktif. Hasilnya sama persis, byte demi byte, setiap kali.

Pilihan:
  --content FOLDER  folder konten (bawaan: content)
  --check           tidak menulis apa pun; keluar 1 bila berkas hasil berbeda dari yang ada
  --quiet           hanya cetak ringkasan dan masalah
  -h, --help        tampilkan bantuan ini

Kode keluar: 0 selesai; 1 bila konten merujuk berkas /media/ yang tidak ada, atau dengan --check
bila berkas yang ada bukan hasil perintah ini; 2 kesalahan pemakaian.`;

export const sampleCommand = defineCommand({
  usage: "npm run sample",
  help: SAMPLE_HELP,
  options: {
    content: { type: "string", default: "content" },
    check: { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
  },
  run: async ({ values }, io) => {
    const contentDir = resolve(values.content);
    const report = await generateSample({ contentDir, check: values.check });
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    if (!values.quiet)
      for (const f of report.files) io.out(`${f.status.padEnd(9)} ${kb(f.size).padStart(9)}  media/${f.path}`);
    const count = (s: string) => report.files.filter((f) => f.status === s).length;
    io.out(
      `${report.files.length} berkas, ${(report.totalBytes / 1024 / 1024).toFixed(2)} MB: ${count("written")} ditulis, ${count("unchanged")} tidak berubah${values.check ? `, ${count("differs")} berbeda` : ""}`,
    );
    for (const m of report.missing)
      io.err(
        `hilang: ${relative(process.cwd(), join(contentDir, m.file))} merujuk ${m.path}, yang tidak ada → tambahkan ke scripts/sample/images.ts atau documents.ts, atau perbaiki alamatnya`,
      );
    for (const u of report.unreferenced)
      io.err(`tidak dipakai: ${relative(process.cwd(), join(contentDir, "media", u))} tidak dirujuk konten mana pun`);
    return report.missing.length > 0 || count("differs") > 0 ? EXIT.problems : EXIT.ok;
  },
});
