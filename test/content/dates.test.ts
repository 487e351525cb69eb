import { describe, expect, it } from "vitest";
import { formatDate, formatLongDate, formatTime, isoDay, toInstant } from "../../src/content/dates.ts";

describe("toInstant", () => {
  it("reads a value without an offset in the site's time zone", () => {
    expect(toInstant("2026-11-03T09:00", "Asia/Jakarta").toISOString()).toBe("2026-11-03T02:00:00.000Z");
    expect(toInstant("2026-11-03T09:00", "Asia/Makassar").toISOString()).toBe("2026-11-03T01:00:00.000Z");
    expect(toInstant("2026-11-03T09:00", "Asia/Jayapura").toISOString()).toBe("2026-11-03T00:00:00.000Z");
  });

  it("takes a date alone as midnight in the site's time zone, not UTC", () => {
    expect(toInstant("2026-11-03", "Asia/Jakarta").toISOString()).toBe("2026-11-02T17:00:00.000Z");
  });

  it("keeps an explicit offset or Z, in either offset notation", () => {
    expect(toInstant("2026-11-03T09:00:00+08:00", "Asia/Jakarta").toISOString()).toBe("2026-11-03T01:00:00.000Z");
    expect(toInstant("2026-11-03T09:00:00+0800", "Asia/Jakarta").toISOString()).toBe("2026-11-03T01:00:00.000Z");
    expect(toInstant("2026-11-03T09:00:00Z", "Asia/Jakarta").toISOString()).toBe("2026-11-03T09:00:00.000Z");
    expect(toInstant("2026-11-03 09:00", "Asia/Jakarta").toISOString()).toBe("2026-11-03T02:00:00.000Z");
  });

  it("refuses what is not a date", () => {
    expect(() => toInstant("3 November 2026", "Asia/Jakarta")).toThrow(RangeError);
    expect(() => toInstant("2026-13-45", "Asia/Jakarta")).toThrow(RangeError);
  });
});

describe("formatting in Indonesian, in the site's time zone", () => {
  // 23:30 UTC on 31 December is already 1 January in WIB.
  const newYear = new Date("2026-12-31T23:30:00Z");

  it("uses Indonesian month and day names", () => {
    expect(formatDate(new Date("2026-11-03T02:00:00Z"), "Asia/Jakarta")).toBe("3 November 2026");
    expect(formatLongDate(new Date("2026-11-03T02:00:00Z"), "Asia/Jakarta")).toBe("Selasa, 3 November 2026");
  });

  it("crosses midnight and the year boundary by the site's clock", () => {
    expect(formatDate(newYear, "Asia/Jakarta")).toBe("1 Januari 2027");
    expect(isoDay(newYear, "Asia/Jakarta")).toBe("2027-01-01");
    expect(isoDay(new Date("2026-12-31T16:30:00Z"), "Asia/Jakarta")).toBe("2026-12-31");
    expect(isoDay(new Date("2026-12-31T16:30:00Z"), "Asia/Makassar")).toBe("2027-01-01");
  });

  it("names the zone after the time, with the Indonesian dot separator", () => {
    expect(formatTime(newYear, "Asia/Jakarta")).toBe("06.30 WIB");
    expect(formatTime(newYear, "Asia/Makassar")).toBe("07.30 WITA");
    expect(formatTime(newYear, "Asia/Jayapura")).toBe("08.30 WIT");
  });
});
