/** Numbers and times the way the report prints them (Bahasa Indonesia, site time zone). */
import { formatDate, formatTime, type TimeZone } from "../content/dates.ts";

const percent = new Intl.NumberFormat("id-ID", {
  style: "percent",
  maximumFractionDigits: 1,
  minimumFractionDigits: 0,
});
const number = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 1 });

/** 2/3 → "66,7%"; undefined → "–". */
export const formatShare = (share: number | undefined) =>
  share === undefined ? "–" : percent.format(share).replace(/\s/g, "");

export const formatNumber = (n: number) => number.format(n);

/** "3 November 2026 09.00 WIB" */
export const formatMoment = (at: Date | undefined, timeZone: TimeZone) =>
  at ? `${formatDate(at, timeZone)} ${formatTime(at, timeZone)}` : "–";

const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];
const parts = new Map<TimeZone, Intl.DateTimeFormat>();

/** "31 Okt 23.30" for table cells (the zone is stated once in the report). */
export function formatShortMoment(at: Date | undefined, timeZone: TimeZone): string {
  if (!at) return "–";
  let f = parts.get(timeZone);
  if (!f)
    parts.set(
      timeZone,
      (f = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        month: "numeric",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      })),
    );
  const p = Object.fromEntries(f.formatToParts(at).map((x) => [x.type, x.value]));
  return `${Number(p.day)} ${SHORT_MONTHS[Number(p.month) - 1]} ${p.hour}.${p.minute}`;
}

/** Minutes as a whole number for the CSV (empty when unmeasured). */
export const csvMinutes = (minutes: number | undefined) => (minutes === undefined ? "" : String(Math.round(minutes)));
