/**
 * File sizes for people. Binary units (1 KB = 1024 bytes), because the size limits are set that
 * way (`LIMITS` in content/constants.ts: `10 * 1024 * 1024` is "10 MB") and because Windows
 * Explorer, where an officer checks a file before uploading it, counts the same way: the size
 * the site prints and the limit it states are the numbers the officer sees on the desktop.
 * Pure, so the admin bundle can use it too.
 */

const UNITS = ["KB", "MB", "GB"] as const;

/** "999 B", "120 KB", "1,4 MB", "12,4 MB" — at most one decimal, Indonesian decimal comma. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toLocaleString("id-ID", { maximumFractionDigits: 1 })} ${UNITS[unit]}`;
}
