/** When an event happens: "Selasa, 3 November 2026, 09.00–12.00 WIB", or a span of days. */
import { formatLongDate, formatTime, isoDay, type TimeZone } from "../../content/dates.ts";

const sameDay = (a: Date, b: Date, tz: TimeZone) => isoDay(a, tz) === isoDay(b, tz);
const clock = (d: Date, tz: TimeZone) => formatTime(d, tz).replace(/ \S+$/, "");

/** Whole days: starts at 00.00 and ends at 23.59 (a date-only `end`). */
const wholeDays = (start: Date, end: Date, tz: TimeZone) => clock(start, tz) === "00.00" && clock(end, tz) === "23.59";

export function EventTime({ start, end, timeZone: tz }: { start: Date; end: Date; timeZone: TimeZone }) {
  const startTime = <time datetime={start.toISOString()}>{formatLongDate(start, tz)}</time>;
  if (wholeDays(start, end, tz)) {
    if (sameDay(start, end, tz)) return startTime;
    return (
      <>
        {startTime} – <time datetime={end.toISOString()}>{formatLongDate(end, tz)}</time>
      </>
    );
  }
  if (sameDay(start, end, tz)) {
    return (
      <>
        {startTime}, <time datetime={start.toISOString()}>{clock(start, tz)}</time>–
        <time datetime={end.toISOString()}>{formatTime(end, tz)}</time>
      </>
    );
  }
  return (
    <>
      <time datetime={start.toISOString()}>
        {formatLongDate(start, tz)}, {formatTime(start, tz)}
      </time>{" "}
      –{" "}
      <time datetime={end.toISOString()}>
        {formatLongDate(end, tz)}, {formatTime(end, tz)}
      </time>
    </>
  );
}
