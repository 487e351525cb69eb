/**
 * The SOP clock on a pull request: time since submission against the standards of the SOP
 * Pelayanan Informasi Publik — the editor edits within 60 minutes (step 6), the official
 * filters within 15 (step 7). Urgent (serta merta) information must go out at once: its whole
 * path, editing and filtering, is held to 15 minutes, the standard of step 10 (publish at once).
 */

export interface SopStandard {
  editMinutes: number;
  filterMinutes: number;
}

export const STANDARD: SopStandard = { editMinutes: 60, filterMinutes: 15 };
/** Serta merta: 10 minutes editing + 5 minutes filtering = 15 minutes from submission to approval. */
export const URGENT: SopStandard = { editMinutes: 10, filterMinutes: 5 };

export type SopStage = "edit" | "filter" | "overdue";

export interface SopClock {
  submitted: Date;
  /** Whole minutes since submission (never negative). */
  elapsedMinutes: number;
  urgent: boolean;
  standard: SopStandard;
  totalMinutes: number;
  /** Which window the elapsed time falls in. */
  stage: SopStage;
  /** Minutes left in the current window, or minutes past the total when overdue. */
  minutes: number;
}

export function sopClock(submitted: Date, now: Date, urgent: boolean): SopClock {
  const standard = urgent ? URGENT : STANDARD;
  const totalMinutes = standard.editMinutes + standard.filterMinutes;
  const elapsedMinutes = Math.max(0, Math.floor((now.getTime() - submitted.getTime()) / 60_000));
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

/** "1 jam 5 menit", "45 menit", "2 hari 3 jam". */
export function formatDuration(totalMinutes: number): string {
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} hari`);
  if (hours) parts.push(`${hours} jam`);
  if (minutes || parts.length === 0) parts.push(`${minutes} menit`);
  return parts.slice(0, 2).join(" ");
}
