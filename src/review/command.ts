/**
 * `npm run review`: the pull-request screening report for the official (SOP step 7), posted as
 * one PR comment; or, with --strip-gps, the changed photos rewritten without location metadata.
 */
import { appendFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { defineCommand, EXIT, UsageError } from "../command/command.ts";
import type { PullRequestInfo } from "./run.ts";

export const REVIEW_HELP = `Cara pakai: npm run review -- [--base <ref>] [--head <ref>] [pilihan]

Memeriksa apa yang diubah sebuah pull request dan menulis laporan penyaringan untuk pejabat:
halaman yang berubah beserta alamatnya nanti, masalah validasi, data pribadi dan penanda
informasi dikecualikan (disamarkan), lokasi GPS pada foto, tautan rusak, unggahan media sosial
yang akan dikirim, dan jam SOP.

Pilihan:
  --base <ref>         pangkal perbandingan (bawaan: sha dasar PR di GitHub Actions, selain itu main)
  --head <ref>         ujung perbandingan (bawaan: sha kepala PR di GitHub Actions, selain itu HEAD)
  --repo <folder>      folder repositori (bawaan: .)
  --no-build           tanpa membangun situs
  --output-dir <folder> tempat situs dibangun (bawaan: <repo>/_site)
  --out <berkas>       juga menulis laporan Markdown ke berkas ini
  --no-comment         tanpa mengirim komentar ke PR (bila tidak: dikirim saat GITHUB_TOKEN ada pada event PR)
  --artifact-url <url> tautan ke hasil build situs yang diunggah, ditampilkan di laporan (atau WARTA_SITE_ARTIFACT_URL)
  --strip-gps [berkas] menghapus metadata GPS/EXIF dari gambar yang disebut, atau dari setiap gambar
                       yang berubah antara base dan head; lalu meng-commit hasilnya
  -h, --help           teks ini

Di GitHub Actions, event pull_request (GITHUB_EVENT_PATH) memberi base, head, nomor, label dan
waktu pembuatan; laporan juga ditambahkan ke GITHUB_STEP_SUMMARY.

Kode keluar: 0 tidak ada yang menghalangi, 1 terhalang (validasi, build atau temuan berat), 2 salah pakai.`;

export const reviewCommand = defineCommand({
  usage: "npm run review",
  help: REVIEW_HELP,
  options: {
    base: { type: "string" },
    head: { type: "string" },
    repo: { type: "string", default: "." },
    "no-build": { type: "boolean", default: false },
    "output-dir": { type: "string" },
    out: { type: "string" },
    "no-comment": { type: "boolean", default: false },
    "artifact-url": { type: "string" },
    "strip-gps": { type: "boolean", default: false },
  },
  // Files to strip, after --strip-gps.
  positionals: true,
  run: async ({ values: args, positionals }, io) => {
    if (positionals.length > 0 && !args["strip-gps"])
      throw new UsageError(`Argumen ${positionals[0]} tidak dikenal: nama berkas hanya diterima setelah --strip-gps.`);
    // Loaded after argument parsing: --help answers without loading the build and image libraries.
    const { flagUrgent, postReport, readPullRequestEvent, runReview } = await import("./run.ts");
    const { LABEL_URGENT } = await import("../forge/names.ts");
    let pr: PullRequestInfo | undefined;
    if (io.env.GITHUB_EVENT_PATH) {
      try {
        pr = await readPullRequestEvent(io.env.GITHUB_EVENT_PATH);
      } catch (error) {
        io.err(`GITHUB_EVENT_PATH tidak dapat dibaca: ${(error as Error).message}`);
        return EXIT.usage;
      }
    }
    const base = args.base ?? pr?.baseSha ?? "main";
    const head = args.head ?? pr?.headSha ?? "HEAD";

    if (args["strip-gps"]) {
      const { changedPhotos, stripPhotos } = await import("./strip-gps.ts");
      const files = positionals.length > 0 ? positionals : await changedPhotos(args.repo, base, head);
      try {
        await stripPhotos(files, ({ file, hadGps }) =>
          io.out(`${hadGps ? "GPS dihapus" : "tanpa GPS, metadata dibersihkan"}: ${file}`),
        );
      } catch (error) {
        io.err((error as Error).message);
        return EXIT.usage;
      }
      if (files.length === 0) io.out("Tidak ada gambar yang berubah.");
      return EXIT.ok;
    }

    let result;
    try {
      result = await runReview({
        repoDir: args.repo,
        base,
        head,
        build: !args["no-build"],
        outputDir: args["output-dir"],
        pullRequest: pr,
        artifactUrl: args["artifact-url"] ?? io.env.WARTA_SITE_ARTIFACT_URL,
        log: (line) => io.err(`${line}…`),
      });
    } catch (error) {
      io.err(
        `Pemeriksaan gagal: ${(error as Error).message}\n(periksa --base/--head: keduanya harus commit di ${args.repo}; di GitHub Actions pakai fetch-depth: 0)`,
      );
      return EXIT.usage;
    }

    io.out(result.markdown.replace(/\n$/, ""));
    if (args.out) await writeFile(args.out, result.markdown);
    if (io.env.GITHUB_STEP_SUMMARY) await appendFile(io.env.GITHUB_STEP_SUMMARY, result.markdown);

    const token = io.env.GITHUB_TOKEN;
    if (pr && token && !args["no-comment"]) {
      try {
        const { id, created } = await postReport(result.markdown, {
          token,
          owner: pr.owner,
          repo: pr.repo,
          pullNumber: pr.number,
        });
        io.err(`PR #${pr.number}: komentar ${id} ${created ? "dibuat" : "diperbarui"}`);
      } catch (error) {
        // The step summary still has the report; the check's result must not depend on the comment.
        io.err(`Komentar PR tidak terkirim: ${(error as Error).message}`);
      }
      if (result.report.urgentReason && !pr.labels.includes(LABEL_URGENT) && pr.author) {
        try {
          const asked = await flagUrgent({
            token,
            owner: pr.owner,
            repo: pr.repo,
            pullNumber: pr.number,
            author: pr.author,
            contentDir: join(args.repo, "content"),
          });
          io.err(
            `PR #${pr.number}: serta-merta — label dipasang, tinjauan diminta dari ${asked.join(", ") || "tidak ada"}`,
          );
        } catch (error) {
          io.err(`PR tidak dapat ditandai serta-merta: ${(error as Error).message}`);
        }
      }
    }
    return result.exitCode;
  },
});
