/** The loaded content: what the build, the screener and the social composer work on. */
import type {
  CollectionName,
  DivisionsData,
  FrontMatter,
  MenuData,
  ProgrammeData,
  SiteData,
  TeamData,
} from "./schema.ts";
import type { RuleId } from "./rules.ts";

export interface Entry<C extends CollectionName = CollectionName> {
  collection: C;
  /** URL slug: the file name without extension (and without the date prefix of news). */
  slug: string;
  /** Path from the repository root, with forward slashes: `content/berita/2026-11-03-judul.md`. */
  file: string;
  /** Site path: `/berita/judul/`. */
  url: string;
  data: FrontMatter<C>;
  /** Publication instant (`date` in the site's time zone; a page without one uses the file's). */
  date: Date;
  /** Markdown body, front matter removed. */
  body: string;
  /** 1-based line of the file where the body starts, for error positions. */
  bodyLine: number;
}

export type Entries = { [C in CollectionName]: Entry<C>[] };

export interface Content {
  /** Absolute path of the content folder. */
  dir: string;
  site: SiteData;
  menu: MenuData;
  divisions: DivisionsData;
  team: TeamData;
  programme: ProgrammeData;
  /** Every valid entry, drafts and future items included; filter with `isPublic`. */
  entries: Entries;
}

/** One thing wrong with the content, in the words an editor can act on. */
export interface Problem {
  /** Path from the repository root. */
  file: string;
  line: number;
  /** Dotted field path (`cover.alt`, `attachments.0.file`), or "" for the whole file. */
  field: string;
  message: string;
  fix: string;
  /** The rule broken (rules.ts): every problem `npm run check` reports names one. */
  rule?: RuleId;
}

/** A problem found by the content check, which always names its rule. */
export type CheckProblem = Problem & { rule: RuleId };

/**
 * What the public sees of an entry at `now`: an exempt DIP item never, a draft not, a dated item
 * only from its date. The site's build and the monthly report both decide with this one rule.
 */
export type Visibility = "public" | "exempt" | "draft" | "scheduled";

/** The fields the rule reads, so a reader of raw front matter (the monthly report) can apply it too. */
export interface VisibilityFields {
  collection: CollectionName;
  date: Date;
  data: { draft?: boolean | undefined; category?: string | undefined };
}

export function visibility(entry: VisibilityFields, now: Date): Visibility {
  if (entry.collection === "informasi-publik" && entry.data.category === "dikecualikan") return "exempt";
  if (entry.data.draft) return "draft";
  if (entry.date.getTime() > now.getTime()) return "scheduled";
  return "public";
}

/** Whether the public may see an entry at `now`: not a draft, not in the future, never an exempt DIP item. */
export function isPublic(entry: Entry, now: Date): boolean {
  return visibility(entry as VisibilityFields, now) === "public";
}
