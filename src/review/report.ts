/**
 * The screening report as one Markdown comment on the pull request, in Indonesian, for the
 * official who filters (SOP step 7): what changes on the site, what the validator and the
 * screener found, what will be posted to social media, and the SOP clock.
 * Nothing personal is ever echoed: excerpts arrive masked, titles and previews are masked here.
 */
import type { Problem } from "../content/model.ts";
import { collections } from "../content/schema.ts";
import { formatLongDate, formatTime, type TimeZone } from "../content/dates.ts";
import type { ChangedFile } from "./changes.ts";
import { KIND_LABELS, SEVERITY_LABELS, sortFindings, type ScreeningFinding } from "./findings.ts";
import { maskPersonalData, type ScreeningContext } from "./screen.ts";
import { formatMinutes } from "../format/duration.ts";
import type { SopClock } from "./sop.ts";
import { REVIEW_MARKER } from "../forge/names.ts";

export { REVIEW_MARKER };

/** GitHub refuses comments over 65,536 characters; stay well below. */
export const MAX_COMMENT_CHARS = 60_000;

export interface SocialPost {
  entryTitle: string;
  url: string;
  channel: string;
  text: string;
}

export type SocialPreview =
  { available: true; posts: SocialPost[]; channels: string[] } | { available: false; reason: string };

export type BuildOutcome =
  | { status: "ok"; pages?: number; artifactUrl?: string }
  | { status: "failed"; message: string }
  | { status: "skipped" }
  | { status: "unavailable"; reason: string };

export interface ReviewReport {
  changes: ChangedFile[];
  /** Entry titles by repository path (head for new/changed, base for deleted). */
  titles: Map<string, string>;
  problems: Problem[];
  findings: ScreeningFinding[];
  social: SocialPreview;
  clock?: SopClock;
  /** Why the PR is urgent (label or DIP category), when it is. */
  urgentReason?: string;
  /** Where the submission time came from: "PR dibuat" or "commit pertama". */
  submittedFrom?: string;
  build: BuildOutcome;
  timeZone: TimeZone;
  headSha?: string;
  now: Date;
  /** For masking titles and previews. */
  screening?: Partial<ScreeningContext>;
}

export type Verdict = "blocked" | "attention" | "clear";

/** How much of each long list one rendering shows; smaller levels are tried until the comment fits. */
interface Limits {
  /** Finding rows in the table. */
  rows: number;
  /** Whether the remaining findings go into a folded list (or are only counted). */
  restFolded: boolean;
  /** Entries whose social posts are previewed. */
  previews: number;
  /** Changed pages listed before the rest folds away. */
  changes: number;
}

const LEVELS: Limits[] = [
  { rows: 15, restFolded: true, previews: 5, changes: 30 },
  { rows: 8, restFolded: true, previews: 2, changes: 15 },
  { rows: 5, restFolded: false, previews: 1, changes: 10 },
  { rows: 3, restFolded: false, previews: 0, changes: 5 },
];

/** Blocked: validation problems, a high-severity finding, or a failed build. Attention: other findings. */
export function verdictOf(report: Pick<ReviewReport, "problems" | "findings" | "build">): Verdict {
  if (
    report.problems.length > 0 ||
    report.build.status === "failed" ||
    report.findings.some((f) => f.severity === "high")
  )
    return "blocked";
  return report.findings.length > 0 ? "attention" : "clear";
}

// ── Markdown helpers ─────────────────────────────────────────────────────────────

/** Text safe inside a table cell: no pipes, no line breaks, no HTML. */
export function cell(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\|/g, "&#124;")
    .replace(/[\r\n]+/g, " ")
    .trim();
}

const code = (text: string) => (text ? `<code>${cell(text)}</code>` : "");

function details(summary: string, body: string): string {
  return `<details><summary>${summary}</summary>\n\n${body}\n\n</details>`;
}

// ── sections ─────────────────────────────────────────────────────────────────────

/** Items inside a folded list at most: an initial import of thousands of files must still fit. */
const FOLDED_MAX = 150;

function listed(lines: string[]): string {
  const more = lines.length > FOLDED_MAX ? `\n- … dan ${lines.length - FOLDED_MAX} berkas lain` : "";
  return lines.slice(0, FOLDED_MAX).join("\n") + more;
}

const STATUS_LABELS = { added: "Baru", modified: "Diubah", deleted: "Dihapus", renamed: "Dipindah" } as const;

function summaryLine(report: ReviewReport): string {
  const verdict = verdictOf(report);
  const high = report.findings.filter((f) => f.severity === "high").length;
  const parts: string[] = [];
  if (report.problems.length) parts.push(`${report.problems.length} masalah validasi`);
  if (high) parts.push(`${high} temuan berisiko tinggi`);
  if (report.build.status === "failed") parts.push("build situs gagal");
  const others = report.findings.length - high;
  if (verdict === "blocked") {
    return `⛔ **Belum layak disetujui**: ${parts.join(", ")}${others ? `; ditambah ${others} temuan lain untuk diperiksa` : ""}.`;
  }
  if (verdict === "attention")
    return `⚠️ **Perlu pertimbangan pejabat**: ${others} temuan untuk diperiksa sebelum menyetujui.`;
  return "✅ **Tidak ada temuan**: konten valid dan tidak ditemukan data pribadi atau penanda rahasia. Tetap baca isinya sebelum menyetujui.";
}

function changesSection(report: ReviewReport, limit: number): string {
  const mask = (t: string) => maskPersonalData(t, report.screening);
  const entries = report.changes.filter((c) => c.role === "entry");
  const data = report.changes.filter((c) => c.role === "data");
  const media = report.changes.filter((c) => c.role === "media");
  const other = report.changes.filter((c) => c.role === "other");
  const out: string[] = ["### Perubahan di situs", ""];
  if (entries.length === 0) out.push("Tidak ada halaman konten yang berubah.");
  else {
    const row = (c: ChangedFile) => {
      const kind = `${STATUS_LABELS[c.status]} · ${collections[c.collection!].labelSingular}`;
      const title = report.titles.get(c.path) ?? c.path.split("/").pop()!;
      let address = c.status === "deleted" ? `~~${cell(c.url!)}~~ (tidak tersedia lagi)` : code(c.url!);
      if (c.status === "renamed" && c.previousUrl)
        address = `${code(c.previousUrl)} → ${code(c.url!)} (alamat lama tidak berlaku)`;
      return `| ${kind} | ${cell(mask(title))} | ${address} |`;
    };
    const table = (list: ChangedFile[]) =>
      ["| Jenis | Judul | Alamat |", "| --- | --- | --- |", ...list.map(row)].join("\n");
    out.push(table(entries.slice(0, limit)));
    if (entries.length > limit) {
      const rest = entries.slice(limit);
      const more = rest.length > FOLDED_MAX ? `\n\n… dan ${rest.length - FOLDED_MAX} halaman lain.` : "";
      out.push("", details(`${rest.length} halaman lainnya`, table(rest.slice(0, FOLDED_MAX)) + more));
    }
  }
  if (data.length) {
    out.push(
      "",
      `**Pengaturan dan data** (berlaku untuk seluruh situs): ${data.map((c) => `${code(c.path)} ${STATUS_LABELS[c.status].toLowerCase()}`).join(", ")}.`,
    );
  }
  if (media.length) {
    const counts = (["added", "modified", "deleted", "renamed"] as const)
      .map((s) => [s, media.filter((c) => c.status === s).length] as const)
      .filter(([, n]) => n > 0)
      .map(([s, n]) => `${n} ${STATUS_LABELS[s].toLowerCase()}`);
    const list = listed(media.map((c) => `- ${STATUS_LABELS[c.status]}: ${code(c.sitePath ?? c.path)}`));
    out.push("", details(`Berkas media: ${counts.join(", ")}`, list));
  }
  if (other.length) {
    const list = listed(other.map((c) => `- ${STATUS_LABELS[c.status]}: ${code(c.path)}`));
    out.push("", details(`Berkas lain (bukan konten situs): ${other.length}`, list));
  }
  return out.join("\n");
}

function problemRows(problems: Problem[]): string {
  return [
    "| Berkas | Kolom | Masalah | Perbaikan |",
    "| --- | --- | --- | --- |",
    ...problems.map(
      (p) => `| ${code(`${p.file}:${p.line}`)} | ${cell(p.field || "–")} | ${cell(p.message)} | ${cell(p.fix)} |`,
    ),
  ].join("\n");
}

function validationSection(report: ReviewReport): string {
  const out = ["### Hasil validasi", ""];
  if (report.problems.length === 0) {
    out.push("✅ Semua konten sesuai skema.");
    return out.join("\n");
  }
  const changed = new Set(report.changes.flatMap((c) => [c.path, c.previousPath ?? ""]));
  const own = report.problems.filter((p) => changed.has(p.file));
  const elsewhere = report.problems.filter((p) => !changed.has(p.file));
  out.push(`⛔ ${report.problems.length} masalah harus diperbaiki editor sebelum konten dapat diterbitkan.`);
  if (own.length) out.push("", problemRows(own));
  if (elsewhere.length) {
    out.push(
      "",
      details(
        `${elsewhere.length} masalah pada berkas yang tidak diubah di sini (mungkin akibat perubahan data atau sudah ada sebelumnya)`,
        problemRows(elsewhere),
      ),
    );
  }
  return out.join("\n");
}

interface FindingGroup {
  first: ScreeningFinding;
  lines: number[];
  files: string[];
}

/** Same file, kind and reason in one row: a spreadsheet with 200 NIKs is one row, not 200. */
function groupFindings(findings: ScreeningFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of sortFindings(findings)) {
    // Whole-file findings with the same reason (every PDF to check by hand) share one row across files.
    const key =
      f.line === 0 && f.kind === "manual-check" ? `*\n${f.kind}\n${f.why}` : `${f.file}\n${f.kind}\n${f.why}\n${f.fix}`;
    const group = groups.get(key);
    if (group) {
      group.lines.push(f.line);
      group.files.push(f.file);
    } else groups.set(key, { first: f, lines: [f.line], files: [f.file] });
  }
  return [...groups.values()];
}

function place(group: FindingGroup): string {
  const { file } = group.first;
  const files = [...new Set(group.files)];
  if (files.length > 1)
    return `${files.slice(0, 5).map(code).join(", ")}${files.length > 5 ? ` … (${files.length} berkas)` : ""}`;
  const lines = [...new Set(group.lines.filter((l) => l > 0))];
  if (lines.length === 0) return code(file);
  if (lines.length === 1) return code(`${file}:${lines[0]}`);
  const shown = lines.slice(0, 8).join(", ");
  return `${code(file)} baris ${shown}${lines.length > 8 ? ` … (${lines.length} baris)` : ""}`;
}

function findingRows(groups: FindingGroup[]): string {
  return [
    "| Tingkat | Letak | Jenis | Kutipan (disamarkan) | Alasan | Perbaikan |",
    "| --- | --- | --- | --- | --- | --- |",
    ...groups.map((group) => {
      const { first, lines } = group;
      const count = lines.length > 1 ? ` (${lines.length}×)` : "";
      return `| ${SEVERITY_LABELS[first.severity]} | ${place(group)} | ${KIND_LABELS[first.kind]}${count} | ${code(first.excerpt)} | ${cell(first.why)} | ${cell(first.fix)} |`;
    }),
  ].join("\n");
}

function findingsSection(report: ReviewReport, limits: Limits): string {
  const maxRows = limits.rows;
  const out = ["### Temuan penyaringan", ""];
  if (report.findings.length === 0) {
    out.push(
      "✅ Tidak ditemukan NIK, nomor KK, NPWP, nomor telepon atau surel pribadi, alamat rumah, penanda rahasia, lokasi GPS pada foto, maupun tautan rusak pada berkas yang berubah.",
    );
    return out.join("\n");
  }
  const groups = groupFindings(report.findings);
  out.push(
    "Periksa setiap temuan. Data pribadi dan informasi yang dikecualikan (UU 27/2022; UU 14/2008 Pasal 17) tidak boleh terbit; temuan tingkat rendah bisa saja wajar — putuskan dengan membaca konteksnya.",
    "",
    findingRows(groups.slice(0, maxRows)),
  );
  if (groups.length > maxRows) {
    const rest = groups.slice(maxRows);
    if (limits.restFolded) out.push("", details(`${rest.length} baris temuan lainnya`, findingRows(rest)));
    else
      out.push(
        "",
        `> ⚠️ ${rest.length} baris temuan lainnya tidak muat di komentar ini: lihat ringkasan langkah (step summary) pemeriksaan ini atau jalankan \`npm run review\`.`,
      );
  }
  return out.join("\n");
}

function socialSection(report: ReviewReport, limit: number): string {
  const out = ["### Rencana unggahan media sosial", ""];
  const social = report.social;
  if (!social.available) {
    out.push(`_Pratinjau unggahan tidak tersedia: ${social.reason}_`);
    return out.join("\n");
  }
  if (social.posts.length === 0) {
    out.push(
      social.channels.length === 0
        ? "Belum ada akun media sosial di pengaturan situs: tidak ada yang diunggah."
        : "Tidak ada konten dalam perubahan ini yang akan diunggah ke media sosial.",
    );
    return out.join("\n");
  }
  const byEntry = new Map<string, SocialPost[]>();
  for (const post of social.posts) byEntry.set(post.url, [...(byEntry.get(post.url) ?? []), post]);
  out.push("Setelah disetujui dan terbit, teks berikut diunggah otomatis ke setiap akun:");
  const all = [...byEntry.values()];
  for (const posts of all.slice(0, limit)) {
    out.push("", `**${cell(maskPersonalData(posts[0]!.entryTitle, report.screening))}** (${code(posts[0]!.url)})`);
    for (const post of posts) {
      const text = maskPersonalData(post.text, report.screening).replace(/```/g, "ˋˋˋ");
      out.push("", details(`${cell(post.channel)} — ${[...text].length} karakter`, "```text\n" + text + "\n```"));
    }
  }
  if (all.length > limit) {
    const rest = all
      .slice(limit)
      .map((posts) => `${cell(maskPersonalData(posts[0]!.entryTitle, report.screening))} (${code(posts[0]!.url)})`);
    out.push(
      "",
      `Juga diunggah (pratinjau tidak dimuat agar komentar tetap ringkas): ${rest.slice(0, 20).join("; ")}${rest.length > 20 ? ` … (${rest.length} konten)` : ""}.`,
    );
  }
  return out.join("\n");
}

function clockSection(report: ReviewReport): string {
  const out = ["### Jam SOP", ""];
  const clock = report.clock;
  if (report.urgentReason) {
    out.push(`🚨 **Informasi serta merta** (${report.urgentReason}): wajib diumumkan segera.`, "");
  }
  if (!clock) {
    out.push("_Waktu pengajuan tidak diketahui: jam SOP tidak dapat dihitung._");
    return out.join("\n");
  }
  const tz = report.timeZone;
  out.push(
    `Diajukan ${formatLongDate(clock.submitted, tz)} pukul ${formatTime(clock.submitted, tz)}${report.submittedFrom ? ` (${report.submittedFrom})` : ""}; sudah berlalu **${formatMinutes(clock.elapsedMinutes)}**.`,
    "",
  );
  const { standard, totalMinutes } = clock;
  if (!standard || totalMinutes === undefined) {
    out.push(
      "SOP tidak menetapkan batas menit untuk penyuntingan dan penyaringan informasi serta merta, dan kantor belum menetapkannya: waktu ditampilkan tanpa penilaian.",
    );
    return out.join("\n");
  }
  out.push(
    "| Tahap SOP | Standar | Batas sejak diajukan |",
    "| --- | --- | --- |",
    `| Penyuntingan oleh editor | ${standard.editMinutes} menit | ${standard.editMinutes} menit |`,
    `| Penyaringan oleh pejabat | ${standard.filterMinutes} menit | ${totalMinutes} menit |`,
    "",
  );
  if (clock.stage === "edit") out.push(`⏳ Tahap penyuntingan: sisa ${formatMinutes(clock.minutes)}.`);
  else if (clock.stage === "filter") out.push(`⏳ Tahap penyaringan pejabat: sisa ${formatMinutes(clock.minutes)}.`);
  else out.push(`⛔ Melewati standar SOP (${totalMinutes} menit) selama ${formatMinutes(clock.minutes)}.`);
  return out.join("\n");
}

function buildSection(report: ReviewReport): string {
  const out = ["### Situs hasil build", ""];
  const build = report.build;
  if (build.status === "ok") {
    out.push(`✅ Situs berhasil dibangun${build.pages ? ` (${build.pages} halaman)` : ""}.`);
    if (build.artifactUrl)
      out.push(`Pratinjau: [unduh situs hasil build](${build.artifactUrl}) lalu buka \`index.html\`.`);
  } else if (build.status === "failed") out.push(`⛔ Situs gagal dibangun: ${cell(build.message)}`);
  else if (build.status === "skipped") out.push("_Build dilewati untuk laporan ini._");
  else out.push(`_Build tidak tersedia: ${build.reason}_`);
  return out.join("\n");
}

function footer(report: ReviewReport): string {
  const commit = report.headSha ? ` untuk commit \`${report.headSha.slice(0, 7)}\`` : "";
  const at = `${formatLongDate(report.now, report.timeZone)} ${formatTime(report.now, report.timeZone)}`;
  return `<sub>Diperbarui otomatis${commit} pada ${at}. Laporan ini membantu penyaringan; keputusan menyetujui atau menolak tetap pada pejabat berwenang.</sub>`;
}

function render(report: ReviewReport, limits: Limits): string {
  return [
    REVIEW_MARKER,
    "## Laporan penyaringan konten",
    "",
    summaryLine(report),
    "",
    changesSection(report, limits.changes),
    "",
    validationSection(report),
    "",
    findingsSection(report, limits),
    "",
    socialSection(report, limits.previews),
    "",
    clockSection(report),
    "",
    buildSection(report),
    "",
    footer(report),
    "",
  ].join("\n");
}

/**
 * The comment body. Long lists fold away or shrink, level by level, until the whole fits under
 * GitHub's size limit; the summary, the SOP clock and the build result are always there.
 */
export function renderReport(report: ReviewReport): string {
  let body = "";
  for (const limits of LEVELS) {
    body = render(report, limits);
    if (body.length <= MAX_COMMENT_CHARS) return body;
  }
  // Only validation problems can still be too many: keep the first ones.
  const problems = report.problems.slice(0, 50);
  const note = `\n> ⚠️ ${report.problems.length} masalah validasi; hanya 50 pertama yang ditampilkan. Jalankan \`npm run check\` untuk daftar lengkap.\n`;
  return render({ ...report, problems }, LEVELS[LEVELS.length - 1]!).replace(
    "### Temuan penyaringan",
    `${note}\n### Temuan penyaringan`,
  );
}
