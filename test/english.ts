/**
 * English that once filled what the commands print to office admins, officials and operators
 * (governance plan/check, approval, auth, deploy). A test scans every output line for these words
 * so English cannot creep back. Quoted text does not count: GitHub's own names ("Repository
 * access", "Merge pull request") and labels stay as GitHub's UI shows them.
 */
const ENGLISH =
  /\b(the|and|with|missing|will be|matches|up to date|nothing|repository|differs?|differences?|wanted|present|wrote|merged|waiting|deployable|rejected|started|failed|retrying|not found|must|expected|e\.g|could not|cannot|is not|no such|already|please|see docs)\b/gi;

/** The English words found in `text`, outside double quotes; empty when it reads Indonesian. */
export function englishWords(text: string): string[] {
  return [...text.replace(/"[^"\n]*"|“[^”\n]*”/g, '""').matchAll(ENGLISH)].map((m) => m[0]);
}
