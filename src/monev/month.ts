/**
 * The report month: `YYYY-MM` read in the site's time zone, so an item merged at 00:30 WIB on
 * 1 December belongs to December even though it is still 30 November in UTC.
 */
import { toInstant, type TimeZone } from "../content/dates.ts";

export interface ReportMonth {
  /** `2026-11` */
  id: string;
  year: number;
  /** 1–12 */
  month: number;
  /** "November 2026" */
  label: string;
  /** First instant of the month in the site's time zone. */
  start: Date;
  /** First instant of the next month (exclusive end). */
  end: Date;
  timeZone: TimeZone;
}

/** A month the user typed that is not `YYYY-MM`; the message names the expected form. */
export class MonthFormatError extends Error {
  constructor(readonly input: string) {
    super(
      `Bulan "${input}" tidak dikenali: tulis tahun dan bulan dalam bentuk YYYY-MM (empat angka tahun, tanda hubung, dua angka bulan 01–12), mis. --month 2026-11.`,
    );
    this.name = "MonthFormatError";
  }
}

const MONTH_NAMES = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

export const monthName = (month: number) => MONTH_NAMES[month - 1]!;

export function parseMonth(input: string, timeZone: TimeZone): ReportMonth {
  const m = /^(\d{4})-(\d{2})$/.exec(input.trim());
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12 || year < 2000 || year > 2100) throw new MonthFormatError(input);
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    id: `${year}-${pad(month)}`,
    year,
    month,
    label: `${monthName(month)} ${year}`,
    start: toInstant(`${year}-${pad(month)}-01`, timeZone),
    end: toInstant(`${next.year}-${pad(next.month)}-01`, timeZone),
    timeZone,
  };
}

/** The month before the one `now` falls in, in the site's time zone (what the monthly workflow reports on). */
export function previousMonth(now: Date, timeZone: TimeZone): ReportMonth {
  const [year, month] = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" })
    .format(now)
    .split("-")
    .map(Number) as [number, number];
  const prev = month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
  return parseMonth(`${prev.year}-${String(prev.month).padStart(2, "0")}`, timeZone);
}

export const inMonth = (at: Date | undefined, month: ReportMonth): boolean =>
  at !== undefined && at.getTime() >= month.start.getTime() && at.getTime() < month.end.getTime();

/** The days of the month, `2026-11-01` … `2026-11-30`. */
export function isoDayRange(month: Pick<ReportMonth, "year" | "month">): string[] {
  const days = new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return Array.from({ length: days }, (_, i) => `${month.year}-${pad(month.month)}-${pad(i + 1)}`);
}

/** A month that has not begun yet: nothing to report; the message names the expected form. */
export class FutureMonthError extends Error {
  constructor(
    readonly month: ReportMonth,
    now: Date,
  ) {
    const current = previousMonthOf(now, month.timeZone);
    super(
      `Bulan ${month.label} (${month.id}) belum dimulai: laporan monev hanya dapat dibuat untuk bulan yang sudah berjalan atau selesai. Tulis bulan dalam bentuk YYYY-MM, mis. --month ${current} (bulan lalu), atau pakai --previous-month.`,
    );
    this.name = "FutureMonthError";
  }
}

const previousMonthOf = (now: Date, timeZone: TimeZone) => previousMonth(now, timeZone).id;
