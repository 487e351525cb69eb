/**
 * English a person using Warta must not meet. Two vocabularies, one per audience:
 * - the admin (editors): Decap's own English locale, every word of every phrase it could show
 *   untranslated, minus the words that are also Indonesian (KBBI: data, media, status, mode, item,
 *   filter, valid, log, tip, set, email) or are product, file-format and keyboard-key names;
 * - the commands (office admins, officials, operators): the words and phrases that once filled
 *   their output. Their Indonesian names GitHub's own terms (workflow, Actions, `contents: write`)
 *   and the commands' own (plan, check), so Decap's vocabulary would be wrong there; quoted text
 *   is GitHub's own words ("Repository access") and does not count.
 * Paths, file names, addresses and codes are names, not prose.
 */
import en from "decap-cms-locales/dist/esm/en/index.js";

const ALSO_INDONESIAN = [
  "data",
  "media",
  "status",
  "mode",
  "item",
  "filter",
  "valid",
  "log",
  "tip",
  "set",
  "email",
  "kb",
];
const NAMES = [
  "markdown",
  "git",
  "github",
  "gitlab",
  "gitea",
  "forgejo",
  "bitbucket",
  "netlify",
  "azure",
  "gateway",
  "cms",
  "url",
  "yml",
  "ctrl",
  "mmmm",
  "pre",
  "api",
  // Keys as printed on the keyboard ("tekan Enter").
  "enter",
  "escape",
  "tab",
];
/** Too short to tell from abbreviations and Indonesian particles in running text. */
const MIN_LENGTH = 3;

function phrases(tree: unknown): string[] {
  if (typeof tree === "string") return [tree];
  return tree && typeof tree === "object" ? Object.values(tree).flatMap(phrases) : [];
}

const wordsOf = (text: string) => text.match(/[A-Za-z][A-Za-z']*[A-Za-z]/g) ?? [];
const NOT_PROSE = /[/_@]|\.[a-z0-9]{2,4}\b/i;
const proseWords = (text: string) =>
  text
    .split(/\s+/)
    .filter((token) => !NOT_PROSE.test(token))
    .flatMap(wordsOf);

/** Decap's English vocabulary (see above). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  phrases(en)
    .flatMap((phrase) => wordsOf(phrase.replace(/%\{\w+\}/g, " ")))
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= MIN_LENGTH && !ALSO_INDONESIAN.includes(word) && !NAMES.includes(word)),
);

/** The English words in what the admin shows, as written there. */
export function adminEnglishWords(text: string): string[] {
  return proseWords(text).filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
}

const COMMAND_ENGLISH =
  /\b(the|and|with|missing|will be|matches|up to date|nothing|repository|differs?|differences?|wanted|present|wrote|merged|waiting|deployable|rejected|started|failed|retrying|not found|must|expected|e\.g|could not|cannot|is not|no such|already|please|see docs)\b/gi;

/** The English words in what a command prints, outside double quotes; empty when it reads Indonesian. */
export function englishWords(text: string): string[] {
  return [...text.replace(/"[^"\n]*"|“[^”\n]*”/g, '""').matchAll(COMMAND_ENGLISH)].map((m) => m[0]);
}
