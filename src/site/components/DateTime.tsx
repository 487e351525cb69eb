/** A date (optionally with time) in Indonesian, in the site's time zone, inside `<time datetime>`. */
import { formatDate, formatLongDate, formatTime, isoDay, type TimeZone } from "../../content/dates.ts";

export interface DateTimeProps {
  date: Date;
  timeZone: TimeZone;
  /** "Selasa, 3 November 2026" instead of "3 November 2026". */
  long?: boolean | undefined;
  /** Adds "09.00 WIB" and puts the full instant in `datetime`. */
  withTime?: boolean | undefined;
}

export function DateTime({ date, timeZone, long = false, withTime = false }: DateTimeProps) {
  const day = long ? formatLongDate(date, timeZone) : formatDate(date, timeZone);
  return (
    <time datetime={withTime ? date.toISOString() : isoDay(date, timeZone)}>
      {withTime ? `${day}, ${formatTime(date, timeZone)}` : day}
    </time>
  );
}
