/**
 * The report's figures as CSV for spreadsheets: RFC 4180 (comma, CRLF, quotes), UTF-8 with a BOM
 * so Excel reads the Indonesian text, times as ISO 8601 in the site's zone, minutes as whole numbers.
 */
import { isoInZone, type TimeZone } from "../content/dates.ts";
import { csvTable, type CsvCell } from "../format/csv.ts";
import { csvMinutes } from "./format.ts";
import {
  ITEM_STEPS,
  stepMinutes,
  waitingMinutes,
  wallClock,
  withinStandard,
  type Clock,
  type PlanVsActual,
  type Step,
} from "./metrics.ts";
import type { MonevItem } from "./model.ts";
import type { ReportMonth } from "./month.ts";
import type { SocialSummary } from "./social.ts";

const localIso = (at: Date | undefined, timeZone: TimeZone) => (at ? isoInZone(at, timeZone) : undefined);

const STEP_COLUMNS: Record<Step, string> = {
  menu: "menu",
  handover: "penyerahan",
  edit: "editing",
  filter: "penyaringan",
  publish: "penayangan",
};

/** One row per item; step minutes are service time (`clock`), with the calendar time beside them. */
export function itemsCsv(
  items: readonly MonevItem[],
  month: ReportMonth,
  now: Date,
  divisionName: (id: string | undefined) => string,
  clock: Clock = wallClock,
): string {
  const tz = month.timeZone;
  const header = [
    "bulan",
    "status",
    "pr",
    "judul",
    "menu",
    "bidang",
    "jenis",
    "berkas",
    "alamat",
    "diajukan",
    "selesai_editing",
    "sumber_selesai_editing",
    "disetujui",
    "penyetuju",
    "digabung",
    "tayang",
    "diunggah",
    ...ITEM_STEPS.flatMap((st) => [
      `${STEP_COLUMNS[st]}_menit`,
      `${STEP_COLUMNS[st]}_menit_kalender`,
      `${STEP_COLUMNS[st]}_sesuai`,
    ]),
    "serta_merta",
    "terjadwal",
    "tidak_ditayangkan",
    "ditutup",
    "ditolak_oleh",
    "alasan_penolakan",
    "menunggu_menit",
    "keadaan_kini",
  ];
  const rows = items.map((i) => {
    const steps = ITEM_STEPS.flatMap((s) => {
      const m = stepMinutes(i, s, clock);
      return [
        csvMinutes(m),
        csvMinutes(stepMinutes(i, s)),
        m === undefined || i.urgent ? undefined : withinStandard(m, s),
      ];
    });
    return [
      month.id,
      i.status,
      i.pr,
      i.title,
      i.collection,
      i.division ? divisionName(i.division) : undefined,
      i.change,
      i.file,
      i.url,
      localIso(i.submitted, tz),
      localIso(i.ready, tz),
      i.readyFrom === "label" ? "label Decap" : i.readyFrom === "review-request" ? "permintaan ulasan" : undefined,
      localIso(i.approved, tz),
      i.approver,
      localIso(i.merged, tz),
      localIso(i.deployed, tz),
      localIso(i.posted, tz),
      ...steps,
      i.urgent,
      i.scheduled,
      i.hidden,
      localIso(i.closed, tz),
      i.rejection?.by,
      i.rejection?.reason,
      i.status === "menunggu" ? csvMinutes(waitingMinutes(i, month, now)) : undefined,
      i.laterState,
    ];
  });
  return csvTable(header, rows);
}

export function planCsv(
  plan: PlanVsActual,
  month: ReportMonth,
  divisionName: (id: string | undefined) => string,
): string {
  const rows: CsvCell[][] = [...plan.rows]
    .sort((a, b) => a.collection.localeCompare(b.collection) || a.division.localeCompare(b.division))
    .map((r) => [
      month.id,
      r.collection,
      r.division || undefined,
      divisionName(r.division || undefined),
      plan.available ? r.planned : undefined,
      r.published,
      true,
    ]);
  // Menus the programme does not plan: their new entries, without a plan to compare with.
  for (const t of plan.outside) rows.push([month.id, t.key, undefined, undefined, undefined, t.published, false]);
  return csvTable(["bulan", "menu", "kode_bidang", "bidang", "rencana", "tayang", "dalam_program_kerja"], rows);
}

export function socialCsv(social: SocialSummary, month: ReportMonth): string {
  const tz = month.timeZone;
  const rows: CsvCell[][] = [
    ...social.posts.map((p) => [localIso(p.at, tz), p.channel, "posted", p.title, p.url, p.remoteUrl, undefined]),
    ...social.failures.map((f) => [localIso(f.at, tz), f.channel, f.state, f.title, f.url, undefined, f.error]),
  ];
  rows.sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return csvTable(["waktu", "kanal", "status", "konten", "alamat_konten", "tautan_unggahan", "keterangan"], rows);
}
