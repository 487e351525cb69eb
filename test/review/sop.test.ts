import { describe, expect, it } from "vitest";
import { formatMinutes } from "../../src/format/duration.ts";
import { sopClock } from "../../src/review/sop.ts";

const submitted = new Date("2026-11-24T02:00:00Z");
const after = (minutes: number) => new Date(submitted.getTime() + minutes * 60_000);

describe("SOP clock", () => {
  it("runs edit (60 min) then filter (15 min), then counts the overrun", () => {
    expect(sopClock(submitted, after(20), false)).toMatchObject({ stage: "edit", minutes: 40, totalMinutes: 75 });
    expect(sopClock(submitted, after(70), false)).toMatchObject({ stage: "filter", minutes: 5 });
    expect(sopClock(submitted, after(100), false)).toMatchObject({ stage: "overdue", minutes: 25 });
  });

  it("counts serta-merta time without judging it: the SOP sets no minutes for it", () => {
    const clock = sopClock(submitted, after(20), true);
    expect(clock).toMatchObject({ urgent: true, stage: "unjudged", elapsedMinutes: 20, minutes: 20 });
    expect(clock.standard).toBeUndefined();
    expect(clock.totalMinutes).toBeUndefined();
  });

  it("judges serta-merta time only against a standard the office set", () => {
    const office = { editMinutes: 10, filterMinutes: 5 };
    expect(sopClock(submitted, after(12), true, office)).toMatchObject({
      stage: "filter",
      minutes: 3,
      totalMinutes: 15,
    });
    expect(sopClock(submitted, after(20), true, office)).toMatchObject({ stage: "overdue", minutes: 5 });
  });

  it("never shows negative time (clock skew) and formats durations in Indonesian", () => {
    expect(sopClock(submitted, after(-3), false).elapsedMinutes).toBe(0);
    expect(formatMinutes(0)).toBe("0 menit");
    expect(formatMinutes(65)).toBe("1 jam 5 menit");
    expect(formatMinutes(60 * 24 * 2 + 180 + 7)).toBe("2 hari 3 jam");
  });
});
