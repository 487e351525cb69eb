import { describe, expect, it } from "vitest";
import { csvCell, csvTable } from "../../src/format/csv.ts";
import { formatMinutes } from "../../src/format/duration.ts";
import { fileSize } from "../../src/format/size.ts";
import { isoInZone } from "../../src/content/dates.ts";
import { megabytes } from "../../src/content/problems.ts";
import { mediaTypeIssue } from "../../src/content/media-types.ts";
import { describeFile } from "../../src/site/format.ts";
import { LIMITS } from "../../src/content/constants.ts";
import { itemsCsv } from "../../src/monev/csv.ts";
import type { MonevItem } from "../../src/monev/model.ts";
import { parseMonth } from "../../src/monev/month.ts";

describe("CSV cells", () => {
  it("quote a semicolon too: Excel with Indonesian settings splits on it", () => {
    expect(csvCell("Rapat; tahap 2")).toBe('"Rapat; tahap 2"');
    expect(csvTable(["a", "b"], [["x;y", 2]])).toBe('\uFEFFa,b\r\n"x;y",2\r\n');
  });

  it("defuse formulas, write booleans in Indonesian and leave missing values empty", () => {
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-1+1")).toBe("'-1+1");
    expect([csvCell(true), csvCell(false), csvCell(undefined), csvCell(-3)]).toEqual(["ya", "tidak", "", "-3"]);
  });

  it("are the same in the monthly report as in the DIP list", () => {
    const month = parseMonth("2026-11", "Asia/Jakarta");
    const item = { status: "tayang", title: "Banjir; siaga", change: "baru" } as unknown as MonevItem;
    const [, row] = itemsCsv([item], month, month.end, () => "")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    expect(row).toContain(',"Banjir; siaga",');
  });
});

describe("durations", () => {
  it("round to whole minutes and keep the two largest units", () => {
    expect([
      formatMinutes(0),
      formatMinutes(59.6),
      formatMinutes(65),
      formatMinutes(1440 * 2 + 187),
      formatMinutes(undefined),
    ]).toEqual(["0 menit", "1 jam", "1 jam 5 menit", "2 hari 3 jam", "–"]);
  });
});

describe("file sizes", () => {
  it("count 1024 bytes to the KB, as the limits do, so a limit reads as a round number", () => {
    expect(fileSize(LIMITS.imageBytes)).toBe("10 MB");
    expect(fileSize(LIMITS.attachmentBytes)).toBe("25 MB");
    expect(fileSize(1023)).toBe("1023 B");
    expect(fileSize(1024)).toBe("1 KB");
    expect(fileSize(12.4 * 1024 * 1024)).toBe("12,4 MB");
  });

  it("are written the same on the public page as in the editor's error message", () => {
    const bytes = 12.4 * 1024 * 1024;
    expect(describeFile("PDF", bytes)).toBe(`PDF, ${megabytes(bytes)}`);
    expect(mediaTypeIssue("media/a.jpg", bytes, "a.jpg")?.message).toBe(
      "berkas a.jpg berukuran 12,4 MB, melebihi batas 10 MB",
    );
  });
});

describe("instants in the site's zone", () => {
  it("carry the zone's fixed offset", () => {
    const at = new Date("2026-10-31T17:41:00Z");
    expect(isoInZone(at, "Asia/Jakarta")).toBe("2026-11-01T00:41:00+07:00");
    expect(isoInZone(at, "Asia/Makassar")).toBe("2026-11-01T01:41:00+08:00");
    expect(isoInZone(at, "Asia/Jayapura")).toBe("2026-11-01T02:41:00+09:00");
  });
});
