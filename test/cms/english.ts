/**
 * English words an Indonesian editor must not meet in the admin, taken from Decap's own English
 * locale (every word of every phrase it could show untranslated), minus the words that are also
 * Indonesian (KBBI: data, media, status, mode, item, filter, valid, log, tip, set, email) or are
 * product and file-format names. Shared by the locale test (our phrases) and the browser tests
 * (what the admin actually shows).
 */
import en from "decap-cms-locales/dist/esm/en/index.js";

const ALSO_INDONESIAN = ["data", "media", "status", "mode", "item", "filter", "valid", "log", "tip", "set", "email", "kb"];
const NAMES = ["markdown", "git", "github", "gitlab", "gitea", "forgejo", "bitbucket", "netlify", "azure", "gateway", "cms", "url", "yml", "ctrl", "mmmm", "pre", "api"];
/** Too short to tell from abbreviations and Indonesian particles in running text. */
const MIN_LENGTH = 3;

function phrases(tree: unknown): string[] {
  if (typeof tree === "string") return [tree];
  return tree && typeof tree === "object" ? Object.values(tree).flatMap(phrases) : [];
}

const wordsOf = (text: string) => text.match(/[A-Za-z][A-Za-z']*[A-Za-z]/g) ?? [];

export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  phrases(en)
    .flatMap((phrase) => wordsOf(phrase.replace(/%\{\w+\}/g, " ")))
    .map((word) => word.toLowerCase())
    .filter((word) => word.length >= MIN_LENGTH && !ALSO_INDONESIAN.includes(word) && !NAMES.includes(word)),
);

/** Paths, file names, addresses and codes (API_ERROR) are names, not words an editor reads. */
const NOT_PROSE = /[/_@]|\.[a-z0-9]{2,4}\b/i;

/** The English words in `text`, as written there. */
export function englishWords(text: string): string[] {
  return text
    .split(/\s+/)
    .filter((token) => !NOT_PROSE.test(token))
    .flatMap(wordsOf)
    .filter((word) => ENGLISH_WORDS.has(word.toLowerCase()));
}
