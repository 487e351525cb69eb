/**
 * The report as one HTML document: readable on screen, and the source of the hardcopy (A4 print
 * CSS; Chromium adds the agency header and page numbers). Every section starts on a new page, so
 * the page count follows the sections and a signed hardcopy keeps its shape month to month.
 */
import { readFileSync } from "node:fs";
import { formatDate, formatLongDate, formatTime, type TimeZone } from "../content/dates.ts";
import type { Content } from "../content/model.ts";
import { collections, TIME_ZONES, type CollectionName } from "../content/schema.ts";
import { barChart, groupedBarChart } from "./charts.ts";
import { formatMinutes } from "../format/duration.ts";
import { formatMoment, formatShare, formatShortMoment } from "./format.ts";
import { html, trusted, type Markup } from "./html.ts";
import {
  ITEM_STEPS,
  SOP_MINUTES,
  STEP_NAMES,
  stepMinutes,
  waitingMinutes,
  wallClock,
  withinStandard,
  type Clock,
  type PlanVsActual,
  type Step,
  type StepSummary,
} from "./metrics.ts";
import type { HiddenReason, MonevItem, MonthHistory } from "./model.ts";
import type { ReportMonth } from "./month.ts";
import { explainFailure, type SocialSummary } from "./social.ts";

const FAILURE_STATES: Record<string, string> = { failed: "gagal", unknown: "tidak pasti", pending: "belum selesai" };
import { CHANNEL_LABELS } from "../social/types.ts";

const STEP_SHORT: Record<Step, string> = {
  menu: "Menu",
  handover: "Penyerahan",
  edit: "Editing",
  filter: "Penyaringan",
  publish: "Penayangan",
};

/** The work calendar the times were measured against, as the report states it. */
export interface CalendarNote {
  /** "Senin–Kamis 08.00–15.30 WIB; Jumat …" from the site settings. */
  hours: string;
  /** Holidays and cuti bersama that fell in the month. */
  holidays: { date: string; name: string }[];
  /** The holiday file's stated source for the month's year; undefined when the year is not complete there. */
  yearSource: string | undefined;
  holidayFileFound: boolean;
}

/** One captured page: a path of the built site at both widths. */
export interface Screenshot {
  path: string;
  title: string;
  kind: "menu" | "update";
  /** Full-size PNGs, relative to the report folder. */
  desktop: string;
  mobile: string;
  /** Compact JPEG copies the report prints. */
  desktopThumb: string;
  mobileThumb: string;
}

export interface MonevReport {
  month: ReportMonth;
  generatedAt: Date;
  site: Content["site"];
  team: Content["team"];
  divisions: Content["divisions"];
  history: MonthHistory;
  steps: StepSummary[];
  /** Service-time clock (service hours, holidays); absent: wall-clock. */
  clock?: Clock;
  calendar?: CalendarNote;
  plan: PlanVsActual;
  social: SocialSummary;
  /** Undefined when screenshots were not made (`--no-screenshots`). */
  screenshots: Screenshot[] | undefined;
  /** Site paths that were to be captured but are not in the built site. */
  missingPages: string[];
  /** The evaluation meeting the invitation announces (date/time and place). */
  meeting?: { at: Date; place: string };
  /** Last month's findings and whether they still hold this month. */
  carriedOver?: CarriedFinding[];
  /** Files of the report folder, for the cover's list. */
  files: { pdf: string; csv: string[] };
}

/** A follow-up item of last month's report, with how it stands now. */
export interface CarriedFinding {
  text: string;
  /** The same finding is found again this month. */
  open: boolean;
}

/** Menu screenshot rows per printed page (a desktop and a mobile capture side by side, large). */
export const SCREENSHOT_ROWS_PER_PAGE = 3;
/** Updated pages per printed page (two pairs to a row, smaller). */
export const UPDATES_PER_PAGE = 8;

/** Printed pages the screenshots take. */
export const screenshotPageCount = (menus: number, updates: number) =>
  Math.max(1, Math.ceil(menus / SCREENSHOT_ROWS_PER_PAGE) + Math.ceil(updates / UPDATES_PER_PAGE));
/** Blank rows of the attendance list and the follow-up plan. */
const FOLLOW_UP_ROWS = 8;

/** Figures only GitHub knows, named in git-only mode. */
export const NEEDS_GITHUB = [
  "waktu penyerahan ke tim (label Decap “Ditinjau” pada pull request; di Git status Decap tidak bertanggal)",
  "waktu penayangan (selesainya run workflow deploy di GitHub Actions)",
  "konten yang ditolak beserta alasan pejabat (komentar dan label pull request)",
];

/** Why a step has no measurement in this mode, in words for the reader. */
export function unmeasuredReason(step: Step, source: MonthHistory["source"]): string {
  if (step === "handover")
    return source === "git"
      ? "label Decap “Ditinjau” hanya tercatat di pull request GitHub"
      : "label Decap “Ditinjau” tidak dipasang (pull request dibuat di luar Decap)";
  if (step === "publish")
    return source === "git"
      ? "selesainya deploy tercatat di GitHub Actions, tidak di Git"
      : "run deploy tidak ditemukan, atau konten terjadwal";
  if (step === "menu") return "tidak ada perubahan menu lewat pull request pada bulan ini";
  if (step === "filter") return "tidak ada catatan persetujuan pejabat pada commit penggabungan";
  return "cabang draf hanya berisi satu commit";
}

/** SOP steps the history cannot time, and why (stated in the report, not hidden). */
export const NOT_MEASURABLE: { step: string; standard: string; why: string }[] = [
  {
    step: "1. Penetapan tim pengelola (SK)",
    standard: "1 hari",
    why: "dilakukan sekali setahun di luar sistem; yang tercatat nomor dan tanggal SK di content/_data/team.yml",
  },
  {
    step: "2. Penyusunan program kerja",
    standard: "1 hari",
    why: "dilakukan sekali setahun; yang tercatat isi program kerja (content/_data/programme.yml), bukan lama penyusunannya",
  },
  {
    step: "4. Pengumpulan data oleh petugas bidang",
    standard: "1 hari",
    why: "terjadi di lapangan sebelum draf pertama disimpan di Decap; riwayat baru dimulai saat draf diajukan",
  },
  {
    step: "8. Keputusan layak/tidak layak tayang",
    standard: "15 menit",
    why: "keputusan itu adalah persetujuan atau penolakan pejabat: waktunya termasuk langkah 7, penayangannya langkah 10",
  },
  { step: "9. Monitoring dan evaluasi", standard: "1 hari", why: "laporan ini sendiri dan rapat evaluasinya" },
];

export const collectionLabel = (c: CollectionName | undefined) => (c ? collections[c].label : "–");

export function divisionName(report: Pick<MonevReport, "divisions">, id: string | undefined): string {
  if (!id) return "Tanpa bidang";
  return report.divisions.items.find((d) => d.id === id)?.name ?? id;
}

export function renderReport(report: MonevReport): string {
  const { month, site } = report;
  const title = `Laporan Monitoring dan Evaluasi — ${month.label}`;
  const sections = [
    cover(report),
    timings(report),
    programme(report),
    rejectedAndWaiting(report),
    social(report),
    ...screenshotPages(report),
    ...meeting(report),
    followUp(report),
  ];
  return html`<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${site.agency}</title>
<style>
${trusted(CSS)}</style>
</head>
<body>
${sections}
</body>
</html>
`.value;
}

/** The report's print and screen styles; read once, written inline so the HTML is one self-contained file. */
const CSS = readFileSync(new URL("./report.css", import.meta.url), "utf8");

// ── helpers ──────────────────────────────────────────────────────────────────────

const published = (r: MonevReport) => r.history.items.filter((i) => i.status === "tayang");
const clockOf = (r: MonevReport): Clock => r.clock ?? wallClock;
const HIDDEN_LABELS: Record<HiddenReason, string> = {
  draf: "draf",
  dikecualikan: "informasi dikecualikan",
  terjadwal: "terjadwal sesudah bulan ini",
};
const byStatus = (r: MonevReport, status: MonevItem["status"]) => r.history.items.filter((i) => i.status === status);
const tz = (r: MonevReport): TimeZone => r.month.timeZone;
const gitOnly = (r: MonevReport) => r.history.source === "git";
/** Long titles cut at a word, for summary cells. */
const shorten = (title: string, max = 48) =>
  title.length <= max ? title : `${title.slice(0, max).replace(/\s+\S*$/, "")}…`;
const prLink = (item: MonevItem) =>
  item.pr ? (item.htmlUrl ? html`<a href="${item.htmlUrl}">#${item.pr}</a>` : html`#${item.pr}`) : "–";

function page(id: string, content: Markup): Markup {
  return html`<section class="halaman" id="${id}">${content}</section>`;
}

function needsGitHub(what: string): Markup {
  return html`<p class="catatan">${what} memerlukan akses GitHub (riwayat pull request). Laporan ini dibuat dari riwayat Git lokal saja; jalankan <code>npm run monev</code> dengan <code>GITHUB_TOKEN</code> untuk angka ini.</p>`;
}

/** Service time, judged; the wall-clock time beside it when the two differ. */
function stepCell(r: MonevReport, item: MonevItem, step: Step): Markup {
  const minutes = stepMinutes(item, step, clockOf(r));
  if (minutes === undefined)
    return html`<td class="angka">${step === "publish" && item.scheduled ? "terjadwal" : "–"}</td>`;
  const wall = stepMinutes(item, step)!;
  const both =
    Math.round(wall) !== Math.round(minutes)
      ? html`<br><span class="kecil">(${formatMinutes(wall)} kalender)</span>`
      : "";
  if (item.urgent) return html`<td class="angka">${formatMinutes(minutes)} (serta-merta)${both}</td>`;
  const ok = withinStandard(minutes, step);
  return html`<td class="angka"><span class="${ok ? "ok" : "lewat"}">${formatMinutes(minutes)} ${ok ? "✓" : "✗"}</span>${both}</td>`;
}

function stepFigure(r: MonevReport, s: StepSummary): string {
  if (!s.measured) return `tidak terukur: ${unmeasuredReason(s.step, r.history.source)}`;
  return `${s.within} dari ${s.measured} (${formatShare(s.share)})`;
}

// ── sections ─────────────────────────────────────────────────────────────────────

function cover(r: MonevReport): Markup {
  const items = published(r);
  const fresh = items.filter((i) => i.change === "baru").length;
  const hidden = byStatus(r, "tidak-tayang");
  const output = r.plan.planned
    ? ` (${formatShare(r.plan.published / r.plan.planned)} dari rencana ${r.plan.planned})`
    : "";
  const socialLine = r.social.available
    ? `${r.social.posts.length} unggahan, ${r.social.failures.length} gagal`
    : "catatan unggahan tidak tersedia";
  const source =
    r.history.source === "github"
      ? html`GitHub <strong>${r.history.repo}</strong>: riwayat pull request (label Decap, ulasan pejabat), run workflow deploy; catatan unggahan media sosial (${r.social.available ? r.social.source : "tidak tersedia"}).`
      : html`<strong>riwayat Git lokal saja</strong> (tanpa akses GitHub): commit cabang draf, persetujuan pejabat yang tercatat pada commit penggabungan, waktu penggabungan, cabang draf yang belum digabung, bidang dari front matter entri; catatan unggahan media sosial (${r.social.available ? r.social.source : "tidak tersedia"}).`;
  return page(
    "ringkasan",
    html`<header class="kop">
<div class="pemda">${r.site.government}</div>
<div class="dinas">${r.site.agency}</div>
<div class="alamat">${r.site.address} · Telp. ${r.site.phone} · ${r.site.email} · ${r.site.url}</div>
</header>
<h1>LAPORAN MONITORING DAN EVALUASI</h1>
<p class="subjudul">Pengelolaan Website dan Media Sosial (SOP Pelayanan Informasi Publik, langkah 9)</p>
<p class="bulan">Bulan ${r.month.label}</p>
${items.length === 0 ? html`<p class="catatan"><strong>Tidak ada konten yang tayang pada bulan ${r.month.label}.</strong> Laporan ini tetap memuat program kerja, konten ditolak/menunggu, media sosial dan lembar rapat evaluasi.</p>` : ""}
<h3>Ringkasan angka</h3>
<table class="ringkasan">
<tr><td>Konten tayang (ditampilkan situs pada bulan ini)</td><td class="angka">${items.length}</td></tr>
<tr><td>— entri baru / perubahan entri lama</td><td class="angka">${fresh} / ${items.length - fresh}</td></tr>
<tr><td>Digabung tetapi tidak ditayangkan (dikecualikan/draf/terjadwal)</td><td class="angka">${hidden.length}</td></tr>
${r.steps.map((s) => html`<tr><td>Sesuai standar: ${STEP_NAMES[s.step]} ≤ ${s.standardMinutes} menit kerja</td><td class="angka">${s.measured ? stepFigure(r, s) : html`<span class="kecil">tidak terukur (alasan di bagian 1)</span>`}</td></tr>`)}
<tr><td>Capaian program kerja (entri baru tayang / rencana)</td><td class="angka">${r.plan.available ? `${r.plan.published} / ${r.plan.planned}` : "program kerja tidak tersedia"}</td></tr>
<tr><td>Konten ditolak pejabat</td><td class="angka">${gitOnly(r) ? "perlu GitHub" : byStatus(r, "ditolak").length}</td></tr>
<tr><td>Konten menunggu pada akhir bulan${gitOnly(r) ? " (cabang draf belum digabung)" : ""}</td><td class="angka">${byStatus(r, "menunggu").length}</td></tr>
<tr><td>Media sosial</td><td class="angka">${socialLine}</td></tr>
</table>
${r.plan.available && r.plan.planned ? html`<p>Capaian program kerja: ${r.plan.published} dari ${r.plan.planned} konten yang direncanakan${output}.</p>` : ""}
<p class="kecil">Sumber data: ${source}</p>
${
  gitOnly(r)
    ? html`<div class="catatan"><strong>Mode tanpa GitHub.</strong> Angka berikut memerlukan akses GitHub dan tidak ada dalam laporan ini:<ul>${NEEDS_GITHUB.map((n) => html`<li>${n}</li>`)}</ul></div>`
    : ""
}
${r.history.warnings.length ? html`<div class="catatan"><strong>Perhatian:</strong><ul>${r.history.warnings.map((w) => html`<li>${w}</li>`)}</ul></div>` : ""}
<p class="kecil">Waktu dalam ${tz(r)} (${TIME_ZONES[r.month.timeZone]}). Disusun otomatis oleh Warta pada ${formatMoment(r.generatedAt, tz(r))}. Berkas: ${r.files.pdf} (cetak), laporan HTML, ${r.files.csv.join(", ")}${r.screenshots ? ", folder tangkapan-layar" : ""}.</p>`,
  );
}

function calendarText(r: MonevReport): Markup {
  const c = r.calendar;
  if (!c) return html`<p class="kecil">Waktu dihitung menurut jam dinding (kalender kerja tidak tersedia).</p>`;
  const holidays = c.holidays.length
    ? c.holidays.map((h) => `${Number(h.date.slice(8))} ${h.name}`).join("; ")
    : "tidak ada";
  return html`<p class="kecil">Standar SOP dinilai dalam <strong>waktu kerja</strong>: jam pelayanan situs (${c.hours}; content/_data/site.yml), di luar hari libur nasional dan cuti bersama (content/_data/libur.yml). Libur pada bulan ini: ${holidays}. ${c.yearSource ? `Kalender libur ${r.month.year}: ${c.yearSource}.` : `Perhatian: kalender libur tahun ${r.month.year} belum lengkap di content/_data/libur.yml${c.holidayFileFound ? "" : " (berkas tidak ada)"}; lengkapi agar waktu kerja tepat.`} Bila waktu kalender berbeda, angkanya ditulis di bawahnya.</p>`;
}

function timings(r: MonevReport): Markup {
  const items = published(r);
  const git = gitOnly(r);
  const definitions = html`<dl class="definisi">
<dt>Diajukan</dt><dd>${git ? "commit pertama cabang draf (petugas menyimpan draf di Decap)" : "pull request dibuka (petugas menyimpan draf di Decap)"}</dd>
<dt>Diserahkan</dt><dd>${git ? "tidak tercatat di Git (label Decap “Ditinjau” ada di pull request GitHub)" : "label Decap “Ditinjau” (decap-cms/pending_review) dipasang"}. Penyerahan = diajukan → diserahkan, standar ≤ ${SOP_MINUTES.handover} menit (langkah 5).</dd>
<dt>Selesai editing</dt><dd>${git ? "commit terakhir cabang draf (simpanan terakhir editor); cabang dengan satu commit tidak terukur" : "label Decap “Siap terbit” (decap-cms/pending_publish); bila tidak ada, permintaan ulasan pertama"}. Editing = diserahkan (atau diajukan, bila penyerahan tidak tercatat) → selesai editing, standar ≤ ${SOP_MINUTES.edit} menit (langkah 6).</dd>
<dt>Disaring</dt><dd>${git ? "persetujuan pejabat yang ditulis alur persetujuan pada commit penggabungan (“Disetujui oleh … pada …”)" : "ulasan persetujuan pertama oleh pejabat menurut SK (team.yml)"}. Penyaringan = selesai editing → disetujui, standar ≤ ${SOP_MINUTES.filter} menit (langkah 7).</dd>
<dt>Tayang</dt><dd>${git ? "waktu penggabungan ke cabang situs; selesainya deploy tidak tercatat di Git" : "selesainya run workflow deploy pertama yang berhasil sesudah penggabungan"}. Penayangan = disetujui → tayang, standar ≤ ${SOP_MINUTES.publish} menit (langkah 10). Konten terjadwal tayang pada tanggalnya dan masuk bulan itu; waktunya tidak dinilai.</dd>
<dt>Menu</dt><dd>perubahan berkas menu utama (content/_data/menu.yml) lewat pull request: diajukan → digabung, standar ≤ ${SOP_MINUTES.menu} menit (langkah 3).</dd>
<dt>Serta-merta</dt><dd>SOP tidak menetapkan standar waktu tersendiri untuk informasi serta-merta: waktunya ditampilkan tanpa penilaian sesuai/tidak.</dd>
</dl>`;
  const chart = barChart({
    id: "grafik-sop",
    title: `Persentase konten sesuai standar SOP per langkah, ${r.month.label}`,
    description: r.steps
      .map(
        (s) =>
          `${STEP_NAMES[s.step]}: ${s.measured ? `${s.within} dari ${s.measured} (${formatShare(s.share)}) dalam ${s.standardMinutes} menit kerja` : "tidak terukur"}`,
      )
      .join("; "),
    bars: r.steps.map((s) => ({
      label: `${STEP_SHORT[s.step]} ≤ ${s.standardMinutes} menit`,
      value: s.share ?? 0,
      text: s.measured ? formatShare(s.share) : "tidak terukur",
      tone: s.share === undefined ? "neutral" : s.share >= 0.8 ? "ok" : "bad",
    })),
    max: 1,
  });
  const slowest = (s: StepSummary) =>
    s.slowest.length
      ? s.slowest.map(
          (x, k) =>
            html`${k ? "; " : ""}${shorten(x.item.title)}${x.item.pr ? ` (#${x.item.pr})` : ""}: ${formatMinutes(x.minutes)}`,
        )
      : "–";
  return page(
    "waktu-sop",
    html`<h2>1. Konten tayang dan waktu per langkah SOP</h2>
${definitions}
${calendarText(r)}
${chart}
<table>
<thead><tr><th>Langkah</th><th class="angka">Standar</th><th class="angka">Terukur</th><th class="angka">Sesuai</th><th class="angka">%</th><th class="angka">Median</th><th>Paling lambat / keterangan</th></tr></thead>
<tbody>${r.steps.map(
      (s) =>
        html`<tr><td>${STEP_NAMES[s.step]}</td><td class="angka">${s.standardMinutes} menit</td><td class="angka">${s.measured}${s.unmeasured ? html` (+${s.unmeasured} tidak terukur)` : ""}</td><td class="angka">${s.within}</td><td class="angka">${formatShare(s.share)}</td><td class="angka">${formatMinutes(s.medianMinutes)}</td><td>${s.measured ? slowest(s) : `tidak terukur: ${unmeasuredReason(s.step, r.history.source)}`}${s.urgent.length ? html`<br>Serta-merta (tidak dinilai): ${s.urgent.map((u, k) => html`${k ? "; " : ""}${shorten(u.item.title)}: ${formatMinutes(u.minutes)}`)}` : ""}</td></tr>`,
    )}</tbody></table>
<h3>Langkah SOP yang tidak dapat diukur dari riwayat</h3>
<table><thead><tr><th>Langkah</th><th>Standar</th><th>Alasan</th></tr></thead>
<tbody>${NOT_MEASURABLE.map((n) => html`<tr><td>${n.step}</td><td>${n.standard}</td><td>${n.why}</td></tr>`)}</tbody></table>
${
  items.length === 0
    ? html`<p class="kosong">Tidak ada konten yang tayang pada bulan ${r.month.label}: tidak ada waktu yang diukur.</p>`
    : html`<table>
<thead><tr><th>No</th><th>PR</th><th>Judul</th><th>Menu</th><th>Bidang</th><th>Diajukan</th>${ITEM_STEPS.map((s) => html`<th class="angka">${STEP_SHORT[s]}</th>`)}<th>Tayang</th><th>Diunggah</th></tr></thead>
<tbody>${items.map(
        (i, n) =>
          html`<tr><td>${n + 1}</td><td class="pr">${prLink(i)}</td><td>${i.title}${i.change === "perubahan" ? " (perubahan)" : ""}</td><td>${collectionLabel(i.collection)}</td><td>${divisionName(r, i.division)}</td><td>${formatShortMoment(i.submitted, tz(r))}</td>${ITEM_STEPS.map((s) => stepCell(r, i, s))}<td>${formatShortMoment(i.deployed ?? (i.scheduled ? i.liveAt : git ? i.merged : undefined), tz(r))}</td><td>${formatShortMoment(i.posted, tz(r))}</td></tr>`,
      )}</tbody></table>
<p class="kecil">Waktu dalam ${TIME_ZONES[tz(r)]}. ✓ sesuai standar, ✗ melebihi standar, – tidak tercatat.${git ? " Kolom Tayang: waktu penggabungan (atau tanggal terjadwal)." : ""} Penyetuju: ${[...new Set(items.map((i) => i.approver).filter(Boolean))].join("; ") || "–"}</p>`
}`,
  );
}

function programme(r: MonevReport): Markup {
  const p = r.plan;
  if (!p.available) {
    return page(
      "program-kerja",
      html`<h2>2. Capaian program kerja</h2>
<p class="catatan">Program kerja (content/_data/programme.yml) berisi tahun ${p.programmeYear}, bukan ${r.month.year}: rencana bulan ${r.month.label} tidak tersedia. Realisasi tetap dihitung di bawah.</p>
${planTables(r)}`,
    );
  }
  const silent = p.silentDivisions.map((id) => divisionName(r, id));
  return page(
    "program-kerja",
    html`<h2>2. Capaian program kerja</h2>
<p>Rencana: program kerja bulan ${r.month.label} (content/_data/programme.yml). Realisasi: entri <strong>baru</strong> yang tayang pada bulan ini di menu program kerja (${p.scope.map((c) => collectionLabel(c)).join(", ")}); perubahan entri lama tidak dihitung sebagai keluaran. Total: ${p.published} dari ${p.planned} (${formatShare(p.planned ? p.published / p.planned : undefined)}).</p>
${groupedBarChart({
  id: "grafik-menu",
  title: `Rencana dan realisasi per menu, ${r.month.label}`,
  description: p.byCollection
    .map((t) => `${collectionLabel(t.key as CollectionName)}: rencana ${t.planned}, tayang ${t.published}`)
    .join("; "),
  series: [
    { name: "Rencana", tone: "plan" },
    { name: "Tayang", tone: "actual" },
  ],
  groups: p.byCollection.map((t) => ({
    label: collectionLabel(t.key as CollectionName),
    values: [t.planned, t.published],
  })),
})}
${groupedBarChart({
  id: "grafik-bidang",
  title: `Rencana dan realisasi per bidang, ${r.month.label}`,
  description: p.byDivision
    .map((t) => `${divisionName(r, t.key)}: rencana ${t.planned}, tayang ${t.published}`)
    .join("; "),
  series: [
    { name: "Rencana", tone: "plan" },
    { name: "Tayang", tone: "actual" },
  ],
  groups: p.byDivision.map((t) => ({ label: divisionName(r, t.key), values: [t.planned, t.published] })),
})}
${planTables(r)}
${p.outside.length ? html`<p class="kecil">Konten baru di luar menu program kerja (tidak dihitung dalam capaian): ${p.outside.map((t, k) => html`${k ? ", " : ""}${collectionLabel(t.key as CollectionName)} ${t.published}`)}.</p>` : ""}
<h3>Bidang tanpa konten tayang</h3>
${silent.length ? html`<p><strong>${silent.join(", ")}</strong> tidak menayangkan konten baru pada bulan ${r.month.label} (di menu mana pun).</p>` : html`<p>Semua bidang menayangkan konten baru.</p>`}`,
  );
}

function planTables(r: MonevReport): Markup {
  const p = r.plan;
  const rows = [...p.rows].sort(
    (a, b) =>
      a.collection.localeCompare(b.collection) ||
      divisionName(r, a.division).localeCompare(divisionName(r, b.division)),
  );
  if (!rows.length)
    return html`<p class="kosong">Tidak ada rencana maupun konten baru yang tayang pada bulan ${r.month.label}.</p>`;
  return html`<table>
<thead><tr><th>Menu</th><th>Bidang</th><th class="angka">Rencana</th><th class="angka">Tayang</th><th class="angka">Capaian</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr><td>${collectionLabel(row.collection)}</td><td>${divisionName(r, row.division)}</td><td class="angka">${row.planned}</td><td class="angka">${row.published}</td><td class="angka ${row.published < row.planned ? "lewat" : ""}">${row.planned ? formatShare(row.published / row.planned) : "–"}</td></tr>`,
  )}</tbody>
<tfoot><tr><th colspan="2">Jumlah</th><th class="angka">${p.planned}</th><th class="angka">${p.published}</th><th class="angka">${p.planned ? formatShare(p.published / p.planned) : "–"}</th></tr></tfoot>
</table>`;
}

/** Merged entries the site did not show in the month, by the site's own rule: never output. */
function hiddenItems(r: MonevReport): Markup {
  const hidden = byStatus(r, "tidak-tayang");
  return html`<h3>Tidak ditayangkan (dikecualikan/draf) (${hidden.length})</h3>
${
  hidden.length
    ? html`<p class="kecil">Entri ini digabung pada bulan ${r.month.label} tetapi tidak ditampilkan situs pada bulan ini (aturan yang sama dengan situs: draf tidak tampil, informasi dikecualikan tidak pernah tampil, konten bertanggal tampil mulai tanggalnya). Tidak dihitung sebagai konten tayang maupun capaian.</p>
<table><thead><tr><th>PR</th><th>Judul</th><th>Menu</th><th>Bidang</th><th>Digabung</th><th>Alasan</th></tr></thead>
<tbody>${hidden.map((i) => html`<tr><td class="pr">${prLink(i)}</td><td>${i.title}</td><td>${collectionLabel(i.collection)}</td><td>${divisionName(r, i.division)}</td><td>${formatShortMoment(i.merged, tz(r))}</td><td>${HIDDEN_LABELS[i.hidden ?? "draf"]}${i.hidden === "terjadwal" && i.liveAt ? ` (tayang ${formatShortMoment(i.liveAt, tz(r))})` : ""}</td></tr>`)}</tbody></table>`
    : html`<p class="kosong">Tidak ada.</p>`
}`;
}

function rejectedAndWaiting(r: MonevReport): Markup {
  if (gitOnly(r)) {
    const waiting = byStatus(r, "menunggu");
    return page(
      "ditolak-menunggu",
      html`<h2>3. Konten ditolak, menunggu dan tidak ditayangkan</h2>
${needsGitHub("Daftar konten ditolak (dengan alasan pejabat)")}
<h3>Cabang draf belum digabung pada akhir bulan (${waiting.length})</h3>
${
  waiting.length
    ? html`<table><thead><tr><th>Judul</th><th>Bidang</th><th>Diajukan</th><th class="angka">Lama menunggu (kerja)</th><th>Keadaan</th></tr></thead>
<tbody>${waiting.map((i) => html`<tr><td>${i.title}</td><td>${divisionName(r, i.division)}</td><td>${formatShortMoment(i.submitted, tz(r))}</td><td class="angka">${formatMinutes(waitingWork(r, i))}</td><td>${i.laterState ?? "–"}</td></tr>`)}</tbody></table>`
    : html`<p class="kosong">Tidak ada cabang draf yang menunggu.</p>`
}
${hiddenItems(r)}`,
    );
  }
  const rejected = byStatus(r, "ditolak");
  const closed = byStatus(r, "ditutup");
  const waiting = byStatus(r, "menunggu");
  const now = r.generatedAt;
  const stage = (i: MonevItem) => {
    const cutoff = Math.min(r.month.end.getTime(), now.getTime());
    if (i.approved && i.approved.getTime() < cutoff) return "disetujui, belum tayang";
    if (i.ready && i.ready.getTime() < cutoff) return "menunggu penyaringan pejabat";
    return "menunggu editing";
  };
  return page(
    "ditolak-menunggu",
    html`<h2>3. Konten ditolak, menunggu dan tidak ditayangkan</h2>
<h3>Ditolak pejabat (${rejected.length})</h3>
${
  rejected.length
    ? html`<table><thead><tr><th>PR</th><th>Judul</th><th>Bidang</th><th>Diajukan</th><th>Ditolak</th><th>Oleh</th><th>Alasan</th></tr></thead>
<tbody>${rejected.map(
        (i) =>
          html`<tr><td class="pr">${prLink(i)}</td><td>${i.title}</td><td>${divisionName(r, i.division)}</td><td>${formatShortMoment(i.submitted, tz(r))}</td><td>${formatShortMoment(i.closed, tz(r))}</td><td>${i.rejection?.by ?? "–"}</td><td>${i.rejection?.reason ?? "–"}</td></tr>`,
      )}</tbody></table>`
    : html`<p class="kosong">Tidak ada konten yang ditolak.</p>`
}
${
  closed.length
    ? html`<h3>Ditutup tanpa penolakan (${closed.length})</h3><table><thead><tr><th>PR</th><th>Judul</th><th>Bidang</th><th>Diajukan</th><th>Ditutup</th></tr></thead>
<tbody>${closed.map((i) => html`<tr><td class="pr">${prLink(i)}</td><td>${i.title}</td><td>${divisionName(r, i.division)}</td><td>${formatShortMoment(i.submitted, tz(r))}</td><td>${formatShortMoment(i.closed, tz(r))}</td></tr>`)}</tbody></table>`
    : ""
}
<h3>Menunggu pada akhir bulan (${waiting.length})</h3>
${
  waiting.length
    ? html`<table><thead><tr><th>PR</th><th>Judul</th><th>Bidang</th><th>Diajukan</th><th>Tahap</th><th class="angka">Lama menunggu</th><th>Keadaan kini</th></tr></thead>
<tbody>${waiting.map(
        (i) =>
          html`<tr><td class="pr">${prLink(i)}</td><td>${i.title}</td><td>${divisionName(r, i.division)}</td><td>${formatShortMoment(i.submitted, tz(r))}</td><td>${stage(i)}</td><td class="angka">${formatMinutes(waitingWork(r, i))}<br><span class="kecil">(${formatMinutes(waitingMinutes(i, r.month, now))} kalender)</span></td><td>${i.laterState ?? "–"}</td></tr>`,
      )}</tbody></table>
<p class="kecil">Lama menunggu dihitung sampai akhir bulan ${r.month.label} (atau saat laporan dibuat, untuk bulan berjalan).</p>`
    : html`<p class="kosong">Tidak ada konten yang menunggu.</p>`
}
${hiddenItems(r)}`,
  );
}

/** Service minutes an item waited by the month's end (or the report's time). */
function waitingWork(r: MonevReport, i: MonevItem): number | undefined {
  if (!i.submitted) return undefined;
  const until = new Date(Math.min(r.month.end.getTime(), r.generatedAt.getTime()));
  return clockOf(r)(i.submitted, until);
}

function social(r: MonevReport): Markup {
  const s = r.social;
  if (!s.available) {
    return page(
      "media-sosial",
      html`<h2>4. Media sosial</h2><p class="catatan">Catatan unggahan media sosial tidak tersedia: ${s.source}.</p>`,
    );
  }
  return page(
    "media-sosial",
    html`<h2>4. Media sosial</h2>
<p>Dari catatan unggahan (${s.source}): ${s.posts.length} unggahan berhasil dan ${s.failures.length} gagal atau belum tuntas pada akhir bulan ${r.month.label}.</p>
${
  s.channels.length
    ? html`${barChart({
        id: "grafik-kanal",
        title: `Unggahan per kanal media sosial, ${r.month.label}`,
        description: s.channels.map((c) => `${c.label}: ${c.posted} unggahan, ${c.failed} gagal`).join("; "),
        bars: s.channels.map((c) => ({
          label: c.label,
          value: c.posted,
          text: `${c.posted}${c.failed ? ` (${c.failed} gagal)` : ""}`,
          tone: c.failed ? "bad" : "neutral",
        })),
        max: Math.max(1, ...s.channels.map((c) => c.posted)),
      })}
<table><thead><tr><th>Kanal</th><th class="angka">Unggahan</th><th class="angka">Gagal</th></tr></thead>
<tbody>${s.channels.map((c) => html`<tr><td>${c.label}</td><td class="angka">${c.posted}</td><td class="angka">${c.failed}</td></tr>`)}</tbody></table>`
    : html`<p class="kosong">Tidak ada unggahan media sosial pada bulan ${r.month.label}.</p>`
}
${
  s.failures.length
    ? html`<h3>Gagal atau belum tuntas</h3><table><thead><tr><th>Waktu</th><th>Kanal</th><th>Konten</th><th>Status</th><th style="width:45%">Apa yang gagal dan yang perlu dilakukan</th></tr></thead>
<tbody>${s.failures.map((f) => html`<tr><td>${formatShortMoment(f.at, tz(r))}</td><td>${CHANNEL_LABELS[f.channel] ?? f.channel}</td><td>${f.title}</td><td>${FAILURE_STATES[f.state] ?? f.state}</td><td>${explainFailure(f)}${f.error ? html`<br><span class="kecil">Keterangan teknis: ${f.error}</span>` : ""}</td></tr>`)}</tbody></table>`
    : ""
}
${
  s.posts.length
    ? html`<h3>Tautan unggahan</h3><table><thead><tr><th>Waktu</th><th>Kanal</th><th>Konten</th><th>Tautan</th></tr></thead>
<tbody>${s.posts.map((p) => html`<tr><td>${formatShortMoment(p.at, tz(r))}</td><td>${CHANNEL_LABELS[p.channel] ?? p.channel}</td><td>${p.title}</td><td>${p.remoteUrl ? html`<a href="${p.remoteUrl}">${p.remoteUrl}</a>` : "–"}</td></tr>`)}</tbody></table>`
    : ""
}`,
  );
}

function screenshotPages(r: MonevReport): Markup[] {
  const heading = html`<h2>5. Tangkapan layar situs</h2>`;
  const shots = r.screenshots;
  if (!shots)
    return [
      page(
        "tangkapan-layar",
        html`${heading}<p class="catatan">Tangkapan layar tidak dibuat pada laporan ini (opsi --no-screenshots).</p>`,
      ),
    ];
  const intro = html`<p class="keterangan">Menu utama dan setiap halaman yang diperbarui pada bulan ${r.month.label}, dari situs yang dibangun dengan konten per akhir bulan; lebar desktop 1280 px dan ponsel 390 px. Di laporan ini dicetak salinan ringkas (JPEG); berkas asli ukuran penuh (PNG) ada di folder tangkapan-layar.</p>
${r.missingPages.length ? html`<p class="kecil">Tidak ada di situs hasil build (dihapus, draf atau dikecualikan): ${r.missingPages.join(", ")}.</p>` : ""}`;
  if (!shots.length)
    return [page("tangkapan-layar", html`${heading}${intro}<p class="kosong">Tidak ada halaman untuk ditangkap.</p>`)];
  const pair = (s: Screenshot, size: "besar" | "kecil") => html`<div class="tangkapan ${size}">
<figure class="desktop"><img src="${s.desktopThumb}" alt="Tangkapan layar desktop ${s.path}" width="1280" height="800"><figcaption>${s.kind === "menu" ? "Menu" : "Diperbarui"}: ${shorten(s.title, 70)} — ${s.path}</figcaption></figure>
<figure class="mobile"><img src="${s.mobileThumb}" alt="Tangkapan layar ponsel ${s.path}" width="390" height="844"><figcaption>ponsel</figcaption></figure>
</div>`;
  const chunk = <T>(list: readonly T[], size: number) =>
    Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
  const groups = [
    ...chunk(
      shots.filter((s) => s.kind === "menu"),
      SCREENSHOT_ROWS_PER_PAGE,
    ).map((g) => html`${g.map((s) => pair(s, "besar"))}`),
    ...chunk(
      shots.filter((s) => s.kind === "update"),
      UPDATES_PER_PAGE,
    ).map((g) => html`<div class="kisi">${g.map((s) => pair(s, "kecil"))}</div>`),
  ];
  return groups.map((content, i) =>
    page(
      i === 0 ? "tangkapan-layar" : `tangkapan-layar-${i + 1}`,
      html`${i === 0 ? html`${heading}${intro}` : ""}${content}`,
    ),
  );
}

/** The head of the office (signs the invitation and acknowledges the report). */
const headOf = (r: MonevReport) =>
  r.team.members.find((m) => m.role === "pejabat" && /kepala dinas/i.test(m.position ?? "")) ??
  r.team.members.find((m) => m.role === "pejabat");
const placeName = (r: MonevReport) => r.site.government.replace(/^Pemerintah\s+(Kabupaten|Kota|Provinsi)\s+/i, "");
const ROLE_NAMES: Record<string, string> = {
  pejabat: "Pejabat berwenang",
  editor: "Admin/editor",
  petugas: "Petugas bidang",
};

function agenda(r: MonevReport): Markup {
  const found = findings(r);
  return html`<ol>
<li>Pembukaan oleh pimpinan rapat.</li>
<li>Pemaparan laporan monitoring dan evaluasi bulan ${r.month.label}.</li>
<li>Pembahasan temuan:${found.length ? html`<ul>${found.map((f) => html`<li>${f}</li>`)}</ul>` : " tidak ada temuan."}</li>
<li>Tindak lanjut bulan lalu${r.carriedOver?.length ? ` (${r.carriedOver.filter((c) => c.open).length} dari ${r.carriedOver.length} belum tuntas)` : ""}.</li>
<li>Penetapan rencana tindak lanjut, penanggung jawab dan batas waktu.</li>
</ol>`;
}

function invitation(r: MonevReport): Markup {
  const head = headOf(r);
  const at = r.meeting?.at;
  return page(
    "undangan-rapat",
    html`<header class="kop">
<div class="pemda">${r.site.government}</div>
<div class="dinas">${r.site.agency}</div>
<div class="alamat">${r.site.address} · Telp. ${r.site.phone} · ${r.site.email}</div>
</header>
<table class="polos"><tbody>
<tr><td style="width:25mm">Nomor</td><td>: ……………………………</td><td class="angka">${placeName(r)}, ${formatDate(r.generatedAt, tz(r))}</td></tr>
<tr><td>Sifat</td><td>: Biasa</td><td></td></tr>
<tr><td>Lampiran</td><td>: 1 (satu) berkas laporan</td><td></td></tr>
<tr><td>Perihal</td><td colspan="2">: <strong>Undangan Rapat Evaluasi Pengelolaan Website dan Media Sosial Bulan ${r.month.label}</strong></td></tr>
</tbody></table>
<p>Yth. Tim Pengelola Website dan Media Sosial<br>(Keputusan Kepala Dinas Nomor ${r.team.decree.number})<br>di tempat</p>
<p>Dalam rangka monitoring dan evaluasi pengelolaan website dan media sosial (SOP Pelayanan Informasi Publik, langkah 9), dengan hormat kami mengundang Bapak/Ibu anggota tim berikut:</p>
<ol class="kecil">${r.team.members.map((m) => html`<li>${m.name} — ${m.position ?? ROLE_NAMES[m.role] ?? m.role}</li>`)}</ol>
<p>untuk menghadiri rapat evaluasi pada:</p>
<table class="polos"><tbody>
<tr><td style="width:30mm">Hari, tanggal</td><td>: ${at ? formatLongDate(at, tz(r)) : "……………………………"}</td></tr>
<tr><td>Waktu</td><td>: ${at ? `${formatTime(at, tz(r))} – selesai` : "……………………………"}</td></tr>
<tr><td>Tempat</td><td>: ${r.meeting?.place ?? "……………………………"}</td></tr>
<tr><td>Acara</td><td>:</td></tr>
</tbody></table>
${agenda(r)}
<p>Mengingat pentingnya acara tersebut, dimohon hadir tepat waktu. Atas perhatiannya kami ucapkan terima kasih.</p>
<div class="ttd"><div></div><div>${head?.position ?? "Kepala Dinas"}<div class="nama">${head?.name ?? "(…………………………………)"}</div></div></div>`,
  );
}

function attendance(r: MonevReport): Markup {
  const at = r.meeting?.at;
  const guests = 3;
  return page(
    "daftar-hadir",
    html`<h2>6. Rapat evaluasi: daftar hadir</h2>
<p>Rapat evaluasi pengelolaan website dan media sosial bulan ${r.month.label} — ${at ? `${formatLongDate(at, tz(r))}, ${formatTime(at, tz(r))}` : "……………………"}, ${r.meeting?.place ?? "……………………"}.</p>
<table class="isian">
<thead><tr><th style="width:8mm">No</th><th>Nama</th><th>Jabatan</th><th style="width:26mm">Peran dalam tim</th><th style="width:36mm">Tanda tangan</th></tr></thead>
<tbody>${r.team.members.map((m, n) => html`<tr><td>${n + 1}</td><td>${m.name}</td><td>${m.position ?? "–"}</td><td>${ROLE_NAMES[m.role] ?? m.role}</td><td>${n + 1}.</td></tr>`)}
${Array.from({ length: guests }, (_, k) => html`<tr><td>${r.team.members.length + k + 1}</td><td></td><td></td><td></td><td>${r.team.members.length + k + 1}.</td></tr>`)}</tbody>
</table>
<p class="kecil">Anggota tim menurut Keputusan Kepala Dinas Nomor ${r.team.decree.number} (content/_data/team.yml); baris kosong untuk undangan lain.</p>`,
  );
}

function minutes(r: MonevReport): Markup {
  const found = findings(r);
  const head = headOf(r);
  const at = r.meeting?.at;
  return page(
    "notulen",
    html`<h2>Notulen rapat evaluasi</h2>
<table class="isian"><tbody>
<tr><td style="width:30%">Hari, tanggal</td><td>${at ? formatLongDate(at, tz(r)) : ""}</td></tr>
<tr><td>Waktu</td><td>${at ? `${formatTime(at, tz(r))} – selesai` : ""}</td></tr>
<tr><td>Tempat</td><td>${r.meeting?.place ?? ""}</td></tr>
<tr><td>Pimpinan rapat</td><td>${head ? `${head.name} (${head.position ?? "pejabat"})` : ""}</td></tr>
<tr><td>Notulis</td><td></td></tr>
<tr><td>Peserta</td><td>terlampir dalam daftar hadir</td></tr>
</tbody></table>
<h3>Acara</h3>
${agenda(r)}
<h3>Pembahasan</h3>
<table class="isian">
<thead><tr><th style="width:8mm">No</th><th style="width:45%">Temuan (dari laporan)</th><th>Pembahasan dan kesimpulan</th></tr></thead>
<tbody>${(found.length ? found : ["Tidak ada temuan dari angka laporan."]).map((f, n) => html`<tr><td>${n + 1}</td><td>${f}</td><td></td></tr>`)}
${(r.carriedOver ?? []).map((c, n) => html`<tr><td>${found.length + n + 1}</td><td>Tindak lanjut bulan lalu: ${c.text} — <strong>${c.open ? "belum tuntas" : "tuntas"}</strong></td><td></td></tr>`)}</tbody>
</table>
<div class="ttd"><div>Notulis,<div class="nama">(…………………………………)</div></div><div>Pimpinan rapat,<div class="nama">${head?.name ?? "(…………………………………)"}</div></div></div>`,
  );
}

function meeting(r: MonevReport): Markup[] {
  return [invitation(r), attendance(r), minutes(r)];
}

/** Findings to discuss, pre-filled from the figures; the actions, owners and dates are the meeting's. */
export function findings(r: MonevReport): string[] {
  const out: string[] = [];
  for (const s of r.steps) {
    const late = s.measured - s.within;
    if (late > 0)
      out.push(
        `${STEP_NAMES[s.step]}: ${late} dari ${s.measured} konten melebihi ${s.standardMinutes} menit kerja (terlama: ${shorten(s.slowest[0]!.item.title)}, ${formatMinutes(s.slowest[0]!.minutes)}).`,
      );
  }
  const waiting = byStatus(r, "menunggu").length;
  if (waiting) out.push(`${waiting} konten masih menunggu pada akhir bulan.`);
  if (!gitOnly(r)) {
    const rejected = byStatus(r, "ditolak").length;
    if (rejected) out.push(`${rejected} konten ditolak pejabat: bahas alasannya dengan petugas bidang.`);
  }
  if (r.plan.available && r.plan.published < r.plan.planned)
    out.push(`Capaian program kerja ${r.plan.published} dari ${r.plan.planned} konten.`);
  if (r.plan.available) {
    for (const row of r.plan.rows) {
      if (row.planned > 0 && row.published === 0)
        out.push(
          `${collectionLabel(row.collection)}${row.division ? ` ${divisionName(r, row.division)}` : ""}: 0 dari ${row.planned} konten yang direncanakan tayang (0%).`,
        );
    }
  }
  if (r.plan.available && r.plan.silentDivisions.length)
    out.push(`Bidang tanpa konten tayang: ${r.plan.silentDivisions.map((id) => divisionName(r, id)).join(", ")}.`);
  if (r.social.failures.length) out.push(`${r.social.failures.length} unggahan media sosial gagal atau belum tuntas.`);
  return out;
}

/** The kind of a finding, numbers left out: "Editing (langkah 6)", "Pengumuman Informasi dan Komunikasi Publik". */
const findingKind = (text: string) =>
  text
    .replace(/\d+([.,]\d+)?%?/g, "#")
    .split(":")[0]!
    .trim();

/** Last month's findings, each still open when a finding of the same kind is found this month. */
export function carryOver(previous: readonly string[], current: readonly string[]): CarriedFinding[] {
  const now = new Set(current.map(findingKind));
  return previous.map((text) => ({ text, open: now.has(findingKind(text)) }));
}

function followUp(r: MonevReport): Markup {
  const found = findings(r);
  const rows = Math.max(FOLLOW_UP_ROWS, found.length);
  const head = headOf(r);
  const place = placeName(r);
  return page(
    "tindak-lanjut",
    html`<h2>7. Rencana tindak lanjut</h2>
<p class="keterangan">Temuan diisi otomatis dari angka laporan; tindak lanjut, penanggung jawab dan batas waktu diisi dalam rapat evaluasi.</p>
<table class="isian">
<thead><tr><th style="width:8mm">No</th><th style="width:38%">Temuan</th><th>Tindak lanjut</th><th style="width:28mm">Penanggung jawab</th><th style="width:22mm">Batas waktu</th></tr></thead>
<tbody>${Array.from({ length: rows }, (_, n) => html`<tr><td>${n + 1}</td><td>${found[n] ?? ""}</td><td></td><td></td><td></td></tr>`)}</tbody>
</table>
${
  r.carriedOver
    ? html`<h3>Tindak lanjut bulan lalu</h3>
${
  r.carriedOver.length
    ? html`<table><thead><tr><th style="width:8mm">No</th><th>Temuan bulan lalu</th><th style="width:40mm">Keadaan bulan ini</th></tr></thead>
<tbody>${r.carriedOver.map((c, n) => html`<tr><td>${n + 1}</td><td>${c.text}</td><td class="${c.open ? "lewat" : "ok"}">${c.open ? "belum tuntas: temuan serupa masih ada" : "tuntas: tidak ditemukan lagi"}</td></tr>`)}</tbody></table>`
    : html`<p class="kosong">Laporan bulan lalu tidak memuat temuan.</p>`
}`
    : ""
}
<div class="ttd">
<div>Dibuat oleh,<br>Admin pengelola website dan media sosial<div class="nama">(…………………………………)</div></div>
<div>${place}, ……………… ${formatDate(r.month.end, tz(r)).replace(/^\d+\s+/, "")}<br>Mengetahui,<br>${head?.position ?? "Kepala Dinas"}<div class="nama">${head?.name ?? "(…………………………………)"}</div></div>
</div>
<p class="kecil" style="margin-top:8mm">Disimpan dalam bentuk softcopy (riwayat Git, berkas laporan ini) dan hardcopy (cetakan PDF yang ditandatangani).</p>`,
  );
}
