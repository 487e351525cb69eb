/**
 * Working time: the SOP's minutes are service time. An item submitted at 16.00 on Friday and
 * approved at 08.05 on Monday waited 5 working minutes, not 2 days. Service hours come from the
 * site settings (`serviceHours` in content/_data/site.yml, the hours the site itself shows);
 * holidays and cuti bersama from content/_data/libur.yml, which the office keeps up to date.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { isoDay, toInstant, type TimeZone } from "../content/dates.ts";
import type { SiteData } from "../content/schema.ts";

/** The holiday file, relative to the content folder. */
export const HOLIDAY_FILE = "_data/libur.yml";

export interface Holiday {
  /** `2026-12-25` */
  date: string;
  name: string;
  kind: "libur-nasional" | "cuti-bersama" | "libur-daerah";
}

export interface WorkCalendar {
  timeZone: TimeZone;
  /** Minutes after midnight, per ISO weekday (1 Monday … 7 Sunday). */
  hours: Map<number, [number, number][]>;
  holidays: Map<string, Holiday>;
  /** Years whose holidays the file marks as complete (with the decree they come from). */
  completeYears: Map<number, string>;
}

/** A setting the office wrote in a form the report cannot read; names file, field and fix. */
export class WorkCalendarError extends Error {
  constructor(file: string, field: string, message: string, fix: string) {
    super(`${file}  ${field}  ${message}  → ${fix}`);
    this.name = "WorkCalendarError";
  }
}

const DAYS = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"];
const dayIndex = (name: string) =>
  DAYS.indexOf(name.toLowerCase().replace(/[’'`]/g, "").replace("jum at", "jumat").trim()) + 1;

/** "Senin–Kamis", "Jumat", "Senin, Rabu" → ISO weekdays; undefined when a name is unknown. */
export function parseDays(text: string): number[] | undefined {
  const out: number[] = [];
  for (const part of text.split(/,|\bdan\b/)) {
    const range = part
      .split(/[–—-]|\bs\.?d\.?\b|\bsampai\b/)
      .map((s) => s.trim())
      .filter(Boolean);
    const ends = range.map(dayIndex);
    if (!ends.length || ends.some((d) => d < 1)) return undefined;
    if (ends.length === 1) out.push(ends[0]!);
    else if (ends.length === 2)
      for (let d = ends[0]!; ; d = (d % 7) + 1) {
        out.push(d);
        if (d === ends[1]) break;
      }
    else return undefined;
  }
  return out;
}

/** "08.00–11.00 dan 13.30–16.00 WIB" → [[480, 660], [810, 960]]; undefined when unreadable. */
export function parseHours(text: string): [number, number][] | undefined {
  const spans = [...text.matchAll(/(\d{1,2})[.:](\d{2})\s*[–—-]\s*(\d{1,2})[.:](\d{2})/g)].map(
    (m) => [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])] as [number, number],
  );
  if (!spans.length || spans.some(([a, b]) => !(a < b && b <= 24 * 60))) return undefined;
  return spans;
}

export function serviceHours(
  site: Pick<SiteData, "serviceHours">,
  file = "content/_data/site.yml",
): Map<number, [number, number][]> {
  const hours = new Map<number, [number, number][]>();
  site.serviceHours.forEach((h, i) => {
    const days = parseDays(h.days);
    if (!days)
      throw new WorkCalendarError(
        file,
        `serviceHours.${i}.days`,
        `hari "${h.days}" tidak dikenali`,
        "tulis nama hari (Senin … Minggu), rentang dengan tanda hubung, mis. Senin–Kamis",
      );
    const spans = parseHours(h.hours);
    if (!spans)
      throw new WorkCalendarError(
        file,
        `serviceHours.${i}.hours`,
        `jam "${h.hours}" tidak dikenali`,
        'tulis jam mulai–selesai, mis. 08.00–15.30 WIB, beberapa rentang dipisah dengan "dan"',
      );
    for (const d of days) hours.set(d, [...(hours.get(d) ?? []), ...spans]);
  });
  return hours;
}

/** Reads the holiday file; a missing file means no holidays (the report says so). */
export async function loadHolidays(
  contentDir: string,
): Promise<{ holidays: Map<string, Holiday>; completeYears: Map<number, string>; found: boolean }> {
  const absolute = join(contentDir, HOLIDAY_FILE);
  const file = `content/${HOLIDAY_FILE}`;
  if (!existsSync(absolute)) return { holidays: new Map(), completeYears: new Map(), found: false };
  let data: unknown;
  try {
    data = parse(await readFile(absolute, "utf8"));
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 1;
    throw new WorkCalendarError(
      `${file}:${line}`,
      "",
      "bukan YAML yang valid",
      "periksa tanda titik dua dan indentasi pada baris itu",
    );
  }
  const d = (data ?? {}) as { years?: Record<string, unknown>; items?: unknown[] };
  const holidays = new Map<string, Holiday>();
  (d.items ?? []).forEach((raw, i) => {
    const h = (raw ?? {}) as Record<string, unknown>;
    const date = h.date instanceof Date ? h.date.toISOString().slice(0, 10) : String(h.date ?? "");
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new WorkCalendarError(
        file,
        `items.${i}.date`,
        `tanggal "${date}" tidak dikenali`,
        "tulis tanggal dalam bentuk YYYY-MM-DD, mis. 2026-12-25",
      );
    const kind =
      (["libur-nasional", "cuti-bersama", "libur-daerah"] as const).find((k) => k === h.kind) ?? "libur-nasional";
    holidays.set(date, { date, name: String(h.name ?? "Hari libur"), kind });
  });
  const completeYears = new Map(Object.entries(d.years ?? {}).map(([y, why]) => [Number(y), String(why)]));
  return { holidays, completeYears, found: true };
}

const addDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const weekday = (day: string) => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** Minutes between two instants that fall inside service hours on working days. */
export function workingMinutes(from: Date, to: Date, calendar: WorkCalendar): number {
  if (to.getTime() <= from.getTime()) return 0;
  const tz = calendar.timeZone;
  let total = 0;
  const last = isoDay(to, tz);
  for (let day = isoDay(from, tz); day <= last; day = addDay(day)) {
    if (calendar.holidays.has(day)) continue;
    for (const [start, end] of calendar.hours.get(weekday(day)) ?? []) {
      const s = toInstant(`${day}T${clock(start)}`, tz).getTime();
      const e = toInstant(`${day}T${clock(end)}`, tz).getTime();
      total += Math.max(0, Math.min(e, to.getTime()) - Math.max(s, from.getTime()));
    }
  }
  return total / 60_000;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export async function workCalendar(
  site: Pick<SiteData, "serviceHours" | "timeZone">,
  contentDir: string,
): Promise<WorkCalendar & { holidayFileFound: boolean }> {
  const { holidays, completeYears, found } = await loadHolidays(contentDir);
  return { timeZone: site.timeZone, hours: serviceHours(site), holidays, completeYears, holidayFileFound: found };
}

/** 09.00 on the third working day after `now`: time for the team to read the report first. */
export function nextMeeting(now: Date, calendar: WorkCalendar, workingDays = 3): Date {
  let day = isoDay(now, calendar.timeZone);
  for (let found = 0; found < workingDays;) {
    day = addDay(day);
    if (!calendar.holidays.has(day) && (calendar.hours.get(weekday(day)) ?? []).length) found++;
  }
  return toInstant(`${day}T09:00`, calendar.timeZone);
}
