/** Dates in the site's time zone. Indonesian zones have fixed offsets (no daylight saving). */
import { TIME_ZONES } from "./constants.ts";

export type TimeZone = keyof typeof TIME_ZONES;

const OFFSETS: Record<TimeZone, string> = { "Asia/Jakarta": "+07:00", "Asia/Makassar": "+08:00", "Asia/Jayapura": "+09:00" };

/** Turns a front-matter date (`2026-11-03`, `2026-11-03T09:00`, or with an offset) into an instant. */
export function toInstant(value: string, timeZone: TimeZone): Date {
  const [, day, time = "00:00", offset] =
    /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim()) ?? [];
  if (!day) throw new RangeError(`not a date: ${value}`);
  const zone = offset ? (offset === "Z" ? "Z" : offset.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2")) : OFFSETS[timeZone];
  const date = new Date(`${day}T${time}${zone}`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${value}`);
  return date;
}

/** `2026-11-03T09:00:00+07:00`: an instant written in the site's zone, for CSV and machine-read text. */
export function isoInZone(at: Date, timeZone: TimeZone): string {
  const offset = OFFSETS[timeZone]; // "+07:00": Indonesian zones are ahead of UTC by whole hours
  const shifted = new Date(at.getTime() + Number(offset.slice(0, 3)) * 3_600_000);
  return shifted.toISOString().replace(/\.\d{3}Z$/, offset);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: TimeZone, options: Intl.DateTimeFormatOptions, locale = "id-ID"): Intl.DateTimeFormat {
  const key = locale + timeZone + JSON.stringify(options);
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone, ...options })));
  return f;
}

/** "3 November 2026" */
export const formatDate = (date: Date, timeZone: TimeZone) =>
  formatter(timeZone, { day: "numeric", month: "long", year: "numeric" }).format(date);

/** "Selasa, 3 November 2026" */
export const formatLongDate = (date: Date, timeZone: TimeZone) =>
  formatter(timeZone, { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(date);

/** "09.00 WIB" */
export const formatTime = (date: Date, timeZone: TimeZone) =>
  `${formatter(timeZone, { hour: "2-digit", minute: "2-digit", hour12: false }).format(date)} ${TIME_ZONES[timeZone]}`;

/** "2026-11-03" in the site's time zone, for `<time datetime>` and file names. */
export const isoDay = (date: Date, timeZone: TimeZone) =>
  formatter(timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }, "en-CA").format(date);
