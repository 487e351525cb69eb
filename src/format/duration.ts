/** Durations the way Indonesian readers write them, for the PR report and the monthly report. */

/** Minutes, rounded to whole minutes, at most two units: "45 menit", "2 jam 5 menit", "3 hari 4 jam"; undefined → "–". */
export function formatMinutes(minutes: number | undefined): string {
  if (minutes === undefined) return "–";
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const rest = total % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} hari`);
  if (hours) parts.push(`${hours} jam`);
  if (rest || parts.length === 0) parts.push(`${rest} menit`);
  return parts.slice(0, 2).join(" ");
}
