import { describe, expect, it } from "vitest";
import { formatDuration, sopClock } from "../../src/review/sop.ts";

const submitted = new Date("2026-11-24T02:00:00Z");
const after = (minutes: number) => new Date(submitted.getTime() + minutes * 60_000);

describe("SOP clock", () => {
  it("runs edit (60 min) then filter (15 min), then counts the overrun", () => {
    expect(sopClock(submitted, after(20), false)).toMatchObject({ stage: "edit", minutes: 40, totalMinutes: 75 });
    expect(sopClock(submitted, after(70), false)).toMatchObject({ stage: "filter", minutes: 5 });
    expect(sopClock(submitted, after(100), false)).toMatchObject({ stage: "overdue", minutes: 25 });
  });

  it("holds urgent (serta merta) information to 15 minutes in all", () => {
    expect(sopClock(submitted, after(12), true)).toMatchObject({ stage: "filter", minutes: 3, totalMinutes: 15 });
    expect(sopClock(submitted, after(20), true)).toMatchObject({ stage: "overdue", minutes: 5 });
  });

  it("never shows negative time (clock skew) and formats durations in Indonesian", () => {
    expect(sopClock(submitted, after(-3), false).elapsedMinutes).toBe(0);
    expect(formatDuration(0)).toBe("0 menit");
    expect(formatDuration(65)).toBe("1 jam 5 menit");
    expect(formatDuration(60 * 24 * 2 + 180 + 7)).toBe("2 hari 3 jam");
  });
});
