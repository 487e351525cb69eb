/**
 * The GitHub commands: `npm run governance -- plan|apply|check` (the decree → GitHub settings)
 * and `npm run approval` (merge on an official's approval, close on rejection), kept out of
 * `scripts/` so the whole path (files → checks → API) is testable against a local server.
 */
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { defineCommand, EXIT, UsageError, type CommandIO } from "../command/command.ts";
import { describeOutcome, readEvent, runApproval, type ApprovalEvent } from "./approval.ts";
import { createGitHub, ForgeError, splitRepo } from "./github.ts";
import { applyGovernance, formatApplied, formatPlan, hasDrift, planGovernance } from "./governance.ts";
import { DRIFT } from "./repo-settings.ts";
import { CODEOWNERS_PATH } from "./names.ts";
import { loadGovernance, TeamError } from "./team.ts";

export const GOVERNANCE_HELP = `Cara pakai: npm run governance -- <plan|apply|check> [pilihan]

Menerapkan SK tim (content/_data/team.yml) ke pengaturan GitHub:
  .github/CODEOWNERS      baris pertama "*": setiap berkas (konten, kode, skrip, package.json)
                          dimiliki semua pejabat
  ruleset pada site.branch wajib pull request, 1 persetujuan, tinjauan pemilik kode, persetujuan
                          lama gugur saat ada commit baru, pemeriksaan "Pemeriksaan konten" wajib,
                          tanpa force push, tanpa penghapusan, tak seorang pun boleh melewati
                          (admin juga tidak)
  ruleset pada warta-ledger tanpa force push, tanpa penghapusan (catatan unggahan media sosial)
  environment             github-pages, warta-server, media-sosial, tata-kelola: hanya dapat
                          dipakai dari site.branch (secret-nya tidak pernah sampai ke pull request)
  label                   ditolak, serta-merta

Perintah:
  plan    tampilkan apa yang akan diubah apply (hanya membaca)
  apply   buat/perbarui ruleset, environment dan label, lalu tulis .github/CODEOWNERS di folder
          ini; commit berkas itu dan gabungkan lewat pull request (ruleset tidak mengizinkan
          cara lain)
  check   bandingkan pengaturan di GitHub dengan team.yml; keluar 1 bila berbeda (workflow harian)

Pilihan:
  --repo PEMILIK/NAMA repositori (bawaan: site.repo di content/_data/site.yml)
  --content FOLDER    folder konten (bawaan: content); CODEOWNERS ditulis ke FOLDER/../.github/
  -h, --help          teks ini

Lingkungan:
  GITHUB_TOKEN        token akun berperan admin; fine-grained: "Administration: read and write",
                      "Actions: read", "Contents: read", "Issues: read and write" (classic:
                      "repo"). check memerlukan yang sama untuk melihat daftar bypass (GITHUB_TOKEN
                      bawaan workflow tidak bisa). Token kedaluwarsa: lihat
                      docs/penyiapan-github.md, langkah 5
  GITHUB_API_URL      alamat REST API (bawaan https://api.github.com; diisi GitHub Actions)

Kode keluar: 0 beres, 1 ada perbedaan (check), 2 team.yml/site.yml atau argumen salah, 3 GitHub menolak.`;

export const governanceCommand = defineCommand({
  usage: "npm run governance",
  help: GOVERNANCE_HELP,
  options: {
    repo: { type: "string" },
    content: { type: "string", default: "content" },
  },
  positionals: true,
  run: async ({ values, positionals }, io) => {
    const [command, ...extra] = positionals;
    if (command !== "plan" && command !== "apply" && command !== "check") {
      throw new UsageError(
        command
          ? `Perintah ${command} tidak dikenal: pilih plan, apply atau check.`
          : "Perintah belum ditulis: pilih plan, apply atau check, mis. npm run governance -- plan.",
      );
    }
    if (extra.length > 0) throw new UsageError(`Argumen ${extra.join(" ")} tidak dikenal: tulis satu perintah saja.`);
    if (!values.content) throw new UsageError("--content memerlukan nama folder.");
    return governance(command, values.content, values.repo, io);
  },
});

async function governance(
  command: "plan" | "apply" | "check",
  content: string,
  repoName: string | undefined,
  io: CommandIO,
): Promise<number> {
  const contentDir = resolve(content);
  const codeownersFile = join(dirname(contentDir), CODEOWNERS_PATH);
  try {
    // Everything about the files is settled before the first request.
    const gov = await loadGovernance(contentDir);
    const { owner, repo } = splitRepo(repoName ?? gov.site.repo);
    const gh = createGitHub({
      token: io.env.GITHUB_TOKEN ?? "",
      baseUrl: io.env.GITHUB_API_URL || undefined,
      paceWrites: io.paceWrites,
    });
    const local = await readFile(codeownersFile, "utf8").catch(() => null);
    const plan = await planGovernance(gh, {
      owner,
      repo,
      team: gov.team,
      site: gov.site,
      teamFile: gov.teamFile,
      localCodeowners: local,
    });

    if (command === "apply") {
      const result = await applyGovernance(gh, plan, async (text) => {
        await mkdir(dirname(codeownersFile), { recursive: true });
        await writeFile(codeownersFile, text);
      });
      io.out(formatPlan(plan, "plan"));
      io.out(formatApplied(result, codeownersFile));
      return EXIT.ok;
    }

    const report = formatPlan(plan, command);
    io.out(report);
    if (io.env.GITHUB_STEP_SUMMARY) {
      await appendFile(io.env.GITHUB_STEP_SUMMARY, `### Tata kelola (${command})\n\n\`\`\`\n${report}\n\`\`\`\n`).catch(
        () => {},
      );
    }
    if (command === "check" && hasDrift(plan)) {
      io.err(
        `${DRIFT}: pengaturan GitHub berbeda dari content/_data/team.yml (baris bertanda ${DRIFT} atau ! di atas). Jalankan \`npm run governance -- apply\` dengan token admin, lalu gabungkan perubahan CODEOWNERS lewat pull request.`,
      );
      return EXIT.problems;
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof TeamError) {
      io.err(error.message);
      return EXIT.usage;
    }
    if (error instanceof ForgeError) {
      io.err(error.message);
      return error.status === 0 ? EXIT.usage : EXIT.remote;
    }
    throw error;
  }
}

export const APPROVAL_HELP = `Cara pakai: npm run approval [-- --pr N] [--content FOLDER]

Menindaklanjuti pull request setelah tinjauan pejabat (SOP langkah 7–8), seperti dijalankan
GitHub Actions:
  persetujuan pejabat (team.yml) pada commit terakhir + semua pemeriksaan hijau + bukan draf
      → gabungkan (merge commit), jalankan deploy.yml, hapus cabang draf cms/ (sudah hilang: tidak apa)
  ... tetapi pejabat yang menyetujui sendiri mengirim perubahan terakhir → komentar: pejabat
      lain harus menyetujui
  ... tetapi pull request mengubah .github/workflows/ → komentar: orang yang harus menggabungkan
      (GITHUB_TOKEN tidak pernah boleh mengubah berkas workflow)
  tinjauan atau komentar "/tolak <alasan>" oleh pejabat, atau label "ditolak" oleh pejabat
      → label ditolak, komentar berisi alasan, pull request ditutup (cabang disimpan)
  label "ditolak" oleh orang lain → label dilepas lagi
  label "serta-merta" → tinjauan diminta dari semua pejabat sekaligus
  persetujuan oleh bukan-pejabat → tidak ada tindakan

Pilihan:
  --pr N             nilai pull request N sekarang (tanpa event; mis. setelah run gagal)
  --content FOLDER   folder konten berisi _data/team.yml dan site.yml (bawaan: content)
  -h, --help         teks ini

Lingkungan (diisi GitHub Actions):
  GITHUB_TOKEN        perlu contents: write, pull-requests: write, checks: read,
                      statuses: read, actions: write
  GITHUB_EVENT_NAME   pull_request_review | issue_comment | pull_request | workflow_run
  GITHUB_EVENT_PATH   isi event (JSON)
  GITHUB_REPOSITORY   pemilik/nama (bawaan: site.repo)
  GITHUB_API_URL      alamat REST API
  GITHUB_OUTPUT       menerima merged=true|false

Kode keluar: 0 selesai (termasuk "tidak ada yang perlu dilakukan"), 2 masukan salah, 3 GitHub menolak.`;

export const approvalCommand = defineCommand({
  usage: "npm run approval",
  help: APPROVAL_HELP,
  options: {
    pr: { type: "string" },
    content: { type: "string", default: "content" },
  },
  run: async ({ values }, io) => {
    const pr = values.pr === undefined ? undefined : Number(values.pr);
    if (pr !== undefined && !(Number.isInteger(pr) && pr > 0))
      throw new UsageError(`--pr memerlukan nomor pull request, mis. --pr 42 (bukan "${values.pr}").`);
    return approval(values.content, pr, io);
  },
});

async function approval(content: string, pr: number | undefined, io: CommandIO): Promise<number> {
  try {
    const gov = await loadGovernance(resolve(content));
    let target: { pullNumbers: number[]; event: ApprovalEvent } | null;
    if (pr !== undefined) target = { pullNumbers: [pr], event: { kind: "checks-completed" } };
    else {
      const name = io.env.GITHUB_EVENT_NAME ?? "";
      const path = io.env.GITHUB_EVENT_PATH;
      if (!name || !path) {
        io.err(
          "Tidak ada event: isi GITHUB_EVENT_NAME dan GITHUB_EVENT_PATH (GitHub Actions mengisinya), atau tulis --pr N.",
        );
        return EXIT.usage;
      }
      target = readEvent(name, JSON.parse(await readFile(path, "utf8")) as Parameters<typeof readEvent>[1]);
    }
    if (!target || target.pullNumbers.length === 0) {
      io.out(
        `Tidak ada yang perlu dilakukan untuk event ${io.env.GITHUB_EVENT_NAME ?? "(tanpa nama)"}: tidak ada pull request yang perlu ditindaklanjuti.`,
      );
      await output(io, false);
      return EXIT.ok;
    }
    const { owner, repo } = splitRepo(io.env.GITHUB_REPOSITORY || gov.site.repo);
    const gh = createGitHub({ token: io.env.GITHUB_TOKEN ?? "", baseUrl: io.env.GITHUB_API_URL || undefined });
    let merged = false;
    for (const pullNumber of target.pullNumbers) {
      const outcome = await runApproval(
        gh,
        { owner, repo, team: gov.team, branch: gov.site.branch, timeZone: gov.site.timeZone },
        pullNumber,
        target.event,
      );
      merged ||= outcome.merged;
      io.out(describeOutcome(outcome));
    }
    await output(io, merged);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof TeamError || (error instanceof ForgeError && error.status === 0)) {
      io.err(error.message);
      return EXIT.usage;
    }
    if (error instanceof ForgeError) {
      io.err(error.message);
      return EXIT.remote;
    }
    throw error;
  }
}

async function output(io: CommandIO, merged: boolean) {
  if (io.env.GITHUB_OUTPUT) await appendFile(io.env.GITHUB_OUTPUT, `merged=${merged}\n`);
}
