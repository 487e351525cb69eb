/** Which repository files are content entries, and the few front-matter fields the report shows. */
import { parse } from "yaml";
import { toInstant, type TimeZone } from "../content/dates.ts";
import { visibility, type Visibility } from "../content/model.ts";
import { collections, type CollectionName } from "../content/schema.ts";
import { splitFrontMatter } from "../content/source.ts";
import { slugFromPath, urlFor } from "../content/urls.ts";

export interface EntryRef {
  collection: CollectionName;
  slug: string;
  /** Site path, e.g. `/berita/judul/`. */
  url: string;
}

const BY_FOLDER = new Map<string, CollectionName>(
  Object.entries(collections).map(([name, c]) => [c.folder, name as CollectionName]),
);

/** `content/berita/2026-11-03-judul.md` → berita, `judul`, `/berita/judul/`; anything else → undefined. */
export function entryOfPath(file: string, contentRoot = "content"): EntryRef | undefined {
  const prefix = `${contentRoot.replace(/\/+$/, "")}/`;
  if (!file.startsWith(prefix) || !file.toLowerCase().endsWith(".md")) return undefined;
  const rest = file.slice(prefix.length);
  const slash = rest.indexOf("/");
  if (slash < 0) return undefined;
  const collection = BY_FOLDER.get(rest.slice(0, slash));
  if (!collection) return undefined;
  const slug = slugFromPath(collection, rest.slice(slash + 1));
  return { collection, slug, url: urlFor(collection, slug) };
}

export interface EntryFields {
  title?: string;
  division?: string;
  /** The entry's own date (publication time for news), in the site's time zone. */
  date?: Date;
  draft?: boolean;
  /** DIP category (`dikecualikan` is never shown). */
  category?: string;
}

/**
 * The fields the report needs, read leniently: an entry that no longer validates still names
 * its title and division. YAML 1.2 (the `yaml` package) keeps `2026-11-03` a string, so it is read in the site's zone.
 */
export function entryFields(text: string, timeZone: TimeZone): EntryFields {
  const split = splitFrontMatter(text.replace(/^\uFEFF/, ""));
  if ("issue" in split) return {};
  let data: unknown;
  try {
    data = parse(split.yaml);
  } catch {
    return {};
  }
  if (!data || typeof data !== "object") return {};
  const d = data as Record<string, unknown>;
  const fields: EntryFields = {};
  if (typeof d.title === "string") fields.title = d.title.trim();
  if (typeof d.division === "string") fields.division = d.division.trim();
  if (d.draft === true) fields.draft = true;
  if (typeof d.category === "string") fields.category = d.category.trim();
  // YAML 1.1 writers may leave a timestamp that `yaml` reads as a Date.
  if (d.date instanceof Date) fields.date = d.date;
  else if (typeof d.date === "string") {
    try {
      fields.date = toInstant(d.date, timeZone);
    } catch {
      // An unreadable date only loses the scheduled-item check.
    }
  }
  return fields;
}

/** The site's own visibility rule (src/content/model.ts) applied to an entry read from history; undated entries count from `fallbackDate`. */
export function entryVisibility(
  collection: CollectionName,
  fields: EntryFields,
  fallbackDate: Date,
  now: Date,
): Visibility {
  return visibility(
    { collection, date: fields.date ?? fallbackDate, data: { draft: fields.draft, category: fields.category } },
    now,
  );
}
