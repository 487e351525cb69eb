/**
 * The SOP clock on a pull request: time since submission against the standards of the SOP
 * Pelayanan Informasi Publik — the editor edits within 60 minutes (step 6), the official
 * filters within 15 (step 7). Serta-merta information must be announced at once, but the SOP
 * sets no minutes for its editing and filtering: its clock only counts, unless the office sets
 * its own standard (passed in as `urgentStandard`).
 */

export interface SopStandard {
  editMinutes: number;
  filterMinutes: number;
}

export const STANDARD: SopStandard = { editMinutes: 60, filterMinutes: 15 };

/** `unjudged`: no standard applies (serta-merta without one set by the office); the time is shown, not judged. */
export type SopStage = "edit" | "filter" | "overdue" | "unjudged";

export interface SopClock {
  submitted: Date;
  /** Whole minutes since submission (never negative). */
  elapsedMinutes: number;
  urgent: boolean;
  /** The standard the clock runs against; absent when none applies. */
  standard?: SopStandard;
  totalMinutes?: number;
  /** Which window the elapsed time falls in. */
  stage: SopStage;
  /** Minutes left in the current window, minutes past the total when overdue, minutes elapsed when unjudged. */
  minutes: number;
}

export function sopClock(submitted: Date, now: Date, urgent: boolean, urgentStandard?: SopStandard): SopClock {
  const elapsedMinutes = Math.max(0, Math.floor((now.getTime() - submitted.getTime()) / 60_000));
  const standard = urgent ? urgentStandard : STANDARD;
  if (!standard) return { submitted, elapsedMinutes, urgent, stage: "unjudged", minutes: elapsedMinutes };
  const totalMinutes = standard.editMinutes + standard.filterMinutes;
  let stage: SopStage;
  let minutes: number;
  if (elapsedMinutes < standard.editMinutes) {
    stage = "edit";
    minutes = standard.editMinutes - elapsedMinutes;
  } else if (elapsedMinutes < totalMinutes) {
    stage = "filter";
    minutes = totalMinutes - elapsedMinutes;
  } else {
    stage = "overdue";
    minutes = elapsedMinutes - totalMinutes;
  }
  return { submitted, elapsedMinutes, urgent, standard, totalMinutes, stage, minutes };
}
