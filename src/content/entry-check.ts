/**
 * The checks of one entry or data file from its own values (plus the declared division ids and
 * the site's time zone): the schema, divisions, calendar dates, date order, control characters,
 * and which media references are to be looked up. Pure: the content check (load.ts) runs it on
 * every file it reads, and the admin (cms/pre-save-check.ts) on the entry being saved.
 */
import { toInstant, type TimeZone } from "./dates.ts";
import { collections, dataFiles, type CollectionName, type DataFileName } from "./schema.ts";
import { calendarIssue, divisionIssue, looksLikeMediaPath, mediaReferences, notTextIssues, schemaIssues, type FieldIssue } from "./validate.ts";

export interface EntryContext {
  /** Division ids divisions.yml declares; none: divisions are not checked. */
  divisionIds: readonly string[];
  timeZone: TimeZone;
}

export interface CheckedValues<T = unknown> {
  /** The parsed value, when the schema accepts it. */
  data?: T;
  issues: FieldIssue[];
}

/** An entry's front matter (`raw`, without the body). */
export function entryIssues(collection: CollectionName, raw: unknown, ctx: EntryContext): CheckedValues {
  const { schema } = collections[collection];
  const parsed = schemaIssues(schema as typeof schema, raw);
  const issues = entryReferences(ctx, collection, raw, parsed.issues);
  issues.push(...notTextIssues(raw));
  return { data: parsed.data, issues };
}

/** A data file's values. */
export function dataFileIssues(name: DataFileName, raw: unknown, ctx: EntryContext): CheckedValues {
  const parsed = schemaIssues(dataFiles[name].schema, raw);
  const issues = [...parsed.issues, ...dataReferences(ctx, name, raw), ...notTextIssues(raw)];
  return { data: parsed.data, issues };
}

/** The `/media/…` references of the values still to be looked up: well-formed, and in a field with no issue yet. */
export function mediaToCheck(raw: unknown, already: readonly FieldIssue[]): { path: PropertyKey[]; sitePath: string }[] {
  const taken = new Set(already.map((i) => i.path.join("\u0000")));
  return mediaReferences(raw).filter((ref) => looksLikeMediaPath(ref.sitePath) && !taken.has(ref.path.join("\u0000")));
}

/** Cross-references inside data files: divisions named by the team and the work programme. */
function dataReferences(ctx: EntryContext, name: DataFileName, raw: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const list = (key: string) => {
    const value = (raw as Record<string, unknown> | null)?.[key];
    return Array.isArray(value) ? (value as unknown[]) : [];
  };
  if (name === "team" || name === "programme") {
    const key = name === "team" ? "members" : "items";
    list(key).forEach((item, i) => {
      const issue = divisionIssue((item as Record<string, unknown> | null)?.division, [key, i, "division"], ctx.divisionIds);
      if (issue) issues.push(issue);
    });
  }
  if (name === "team") {
    const decree = (raw as Record<string, unknown> | null)?.decree as Record<string, unknown> | undefined;
    const issue = calendarIssue(decree?.date, ["decree", "date"]);
    if (issue) issues.push(issue);
  }
  if (name === "divisions") {
    const seen = new Map<string, number>();
    list("items").forEach((item, i) => {
      const id = (item as Record<string, unknown> | null)?.id;
      if (typeof id !== "string") return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else issues.push({ path: ["items", i, "id"], rule: "kode-bidang-unik", message: `kode bidang "${id}" sudah dipakai oleh bidang nomor ${first + 1}`, fix: "beri kode yang berbeda untuk setiap bidang" });
    });
  }
  return issues;
}

/**
 * The schema's issues plus checks that need more than the entry's own schema: divisions,
 * calendar dates, and date order compared as instants (the schema compares the strings, and
 * only when the other fields let it run).
 */
function entryReferences(ctx: EntryContext, collection: CollectionName, raw: unknown, schemaIssueList: FieldIssue[]): FieldIssue[] {
  if (!raw || typeof raw !== "object") return schemaIssueList;
  const fields = raw as Record<string, unknown>;
  const issues: FieldIssue[] = [];
  const division = divisionIssue(fields.division, ["division"], ctx.divisionIds);
  if (division) issues.push(division);
  for (const key of ["date", "expires", "start", "end"]) {
    const issue = calendarIssue(fields[key], [key]);
    if (issue) issues.push(issue);
  }
  // The schema compares these only when every other field is valid; check here too, so all show at once.
  const order =
    collection === "pengumuman"
      ? { first: "date", then: "expires", rule: "berlaku-sebelum-terbit" as const, message: "tanggal berlaku harus sesudah tanggal terbit" }
      : collection === "agenda"
        ? { first: "start", then: "end", rule: "akhir-sebelum-mulai" as const, message: "waktu selesai harus sesudah waktu mulai" }
        : undefined;
  const isOrderIssue = (i: FieldIssue) => order !== undefined && i.path.length === 1 && i.path[0] === order.then && i.message === order.message;
  const own = schemaIssueList.filter((i) => !isOrderIssue(i));
  const already = (key: string) => [...own, ...issues].some((i) => i.path.length === 1 && i.path[0] === key);
  if (order && !already(order.then) && !already(order.first)) {
    const first = instant(fields[order.first], ctx.timeZone);
    const then = instant(fields[order.then], ctx.timeZone);
    if (first && then && then.getTime() < first.getTime()) {
      issues.push({
        path: [order.then],
        rule: order.rule,
        message: order.message,
        fix: `ubah "${order.then}" menjadi waktu yang sama dengan atau sesudah "${order.first}" (${String(fields[order.first])})`,
      });
    }
  }
  return [...own, ...issues];
}

function instant(value: unknown, timeZone: TimeZone): Date | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return toInstant(value, timeZone);
  } catch {
    return undefined;
  }
}
