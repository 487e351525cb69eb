/**
 * npm run review [-- --base main --head HEAD] [--no-build] [--no-comment] [--out file] [--strip-gps [files…]]
 * The pull-request screening report. Exit 0 clean or only for the official's judgement,
 * 1 blocked (validation, build, or a high-severity finding), 2 usage or environment errors.
 */
import { appendFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { PullRequestInfo } from "../src/review/run.ts";

const HELP = `Cara pakai: npm run review -- [--base <ref>] [--head <ref>] [pilihan]

Memeriksa apa yang diubah sebuah pull request dan menulis laporan penyaringan untuk pejabat:
halaman yang berubah beserta alamatnya nanti, masalah validasi, data pribadi dan penanda
informasi dikecualikan (disamarkan), lokasi GPS pada foto, tautan rusak, unggahan media sosial
yang akan dikirim, dan jam SOP.

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
  --help               teks ini

Di GitHub Actions, event pull_request (GITHUB_EVENT_PATH) memberi base, head, nomor, label dan
waktu pembuatan; laporan juga ditambahkan ke GITHUB_STEP_SUMMARY.
Kode keluar: 0 tidak ada yang menghalangi, 1 terhalang (validasi, build atau temuan berat), 2 salah pakai.`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
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
        help: { type: "boolean", default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    const option = /option '([^']+)'/.exec((error as Error).message)?.[1];
    process.stderr.write(`${option ? `Argumen ${option} tidak dikenal atau tanpa nilai.` : `Argumen salah: ${(error as Error).message}`}\n\n${HELP}\n`);
    return 2;
  }
  const args = parsed.values;
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (parsed.positionals.length > 0 && !args["strip-gps"]) {
    process.stderr.write(`Unexpected argument: ${parsed.positionals[0]}\n\n${HELP}\n`);
    return 2;
  }

  // Loaded after argument parsing: --help answers without loading the build and image libraries.
  const { flagUrgent, postReport, readPullRequestEvent, runReview } = await import("../src/review/run.ts");
  const { LABEL_URGENT } = await import("../src/forge/names.ts");
  let pr: PullRequestInfo | undefined;
  if (process.env.GITHUB_EVENT_PATH) {
    try {
      pr = await readPullRequestEvent(process.env.GITHUB_EVENT_PATH);
    } catch (error) {
      process.stderr.write(`Cannot read GITHUB_EVENT_PATH: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const base = args.base ?? pr?.baseSha ?? "main";
  const head = args.head ?? pr?.headSha ?? "HEAD";

  if (args["strip-gps"]) {
    const { changedEntries } = await import("../src/review/changes.ts");
    const { stripGps } = await import("../src/review/gps.ts");
    const { IMAGE_EXTENSIONS_WITH_EXIF } = await import("../src/review/files.ts");
    let files = parsed.positionals;
    if (files.length === 0) {
      const changes = await changedEntries(args.repo, base, head);
      files = changes
        .filter((c) => c.status !== "deleted" && c.role === "media" && IMAGE_EXTENSIONS_WITH_EXIF.has(c.path.slice(c.path.lastIndexOf(".")).toLowerCase()))
        .map((c) => `${args.repo}/${c.path}`);
    }
    for (const file of files) {
      try {
        const had = await stripGps(file);
        process.stdout.write(`${had ? "GPS dihapus" : "tanpa GPS, metadata dibersihkan"}: ${file}\n`);
      } catch (error) {
        process.stderr.write(`${file}: ${(error as Error).message}\n`);
        return 2;
      }
    }
    if (files.length === 0) process.stdout.write("Tidak ada gambar yang berubah.\n");
    return 0;
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
      artifactUrl: args["artifact-url"] ?? process.env.WARTA_SITE_ARTIFACT_URL,
      log: (line) => process.stderr.write(`${line}…\n`),
    });
  } catch (error) {
    process.stderr.write(`Review failed: ${(error as Error).message}\n(check --base/--head: both must be commits in ${args.repo}; in Actions use fetch-depth: 0)\n`);
    return 2;
  }

  process.stdout.write(result.markdown);
  if (args.out) await writeFile(args.out, result.markdown);
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, result.markdown);

  const token = process.env.GITHUB_TOKEN;
  if (pr && token && !args["no-comment"]) {
    try {
      const { id, created } = await postReport(result.markdown, { token, owner: pr.owner, repo: pr.repo, pullNumber: pr.number });
      process.stderr.write(`PR #${pr.number}: comment ${id} ${created ? "created" : "updated"}\n`);
    } catch (error) {
      // The step summary still has the report; the check's result must not depend on the comment.
      process.stderr.write(`Could not post the PR comment: ${(error as Error).message}\n`);
    }
    if (result.report.urgentReason && !pr.labels.includes(LABEL_URGENT) && pr.author) {
      try {
        const asked = await flagUrgent({ token, owner: pr.owner, repo: pr.repo, pullNumber: pr.number, author: pr.author, contentDir: join(args.repo, "content") });
        process.stderr.write(`PR #${pr.number}: serta-merta — label added, review requested from ${asked.join(", ") || "no one"}\n`);
      } catch (error) {
        process.stderr.write(`Could not flag the PR as urgent: ${(error as Error).message}\n`);
      }
    }
  }
  return result.exitCode;
}

process.exitCode = await main();
