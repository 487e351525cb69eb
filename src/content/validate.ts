/**
 * Checks of parsed front matter and data files against the schema and against each other.
 * Everything here is pure: it works on plain values and returns issues keyed by field path;
 * the loader turns paths into file lines. Every issue carries an Indonesian fix.
 */
import { z } from "zod";
import { DIVISION_ID, MEDIA_PATH, VIDEO_SOURCE_MESSAGE } from "./schema.ts";
import { characterCode, NOT_TEXT } from "./constants.ts";
import type { RuleId } from "./rules.ts";
import { elementOf, shapeOf, unwrap, type Schema } from "./schema-walk.ts";

/** A problem with one field, before it is placed in a file. */
export interface FieldIssue {
  path: PropertyKey[];
  /** The check's rule this breaks (rules.ts). */
  rule: RuleId;
  message: string;
  fix: string;
}

interface Field {
  /** The schema with optional/default/pipe wrappers removed. */
  core: Schema;
  /** Whether the field may be left out. */
  optional: boolean;
  title?: string | undefined;
  description?: string | undefined;
  widget?: string | undefined;
  /** The field's own fix (`.meta({ fix })`), used for any format or rule it breaks. */
  fix?: string | undefined;
}

const described = new WeakMap<Schema, Field>();

/** The field a schema describes, in the validator's terms (cached: it runs per value). */
function describe(schema: Schema): Field {
  let field = described.get(schema);
  if (!field) {
    const { schema: core, meta, optional, hasDefault } = unwrap(schema);
    field = { core, optional: optional || hasDefault, title: meta.title, description: meta.description, widget: meta.widget, fix: meta.fix };
    described.set(schema, field);
  }
  return field;
}

/** The field at `path` inside `root` (array indices step into elements). */
export function fieldAt(root: Schema, path: readonly PropertyKey[]): Field | undefined {
  let field = describe(root);
  for (const segment of path) {
    const next = shapeOf(field.core)?.[String(segment)] ?? elementOf(field.core);
    if (!next) return undefined;
    field = describe(next);
  }
  return field;
}

const shapeKeys = (field: Field | undefined): string[] => Object.keys((field && shapeOf(field.core)) ?? {});

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

// Messages zod's Indonesian locale produces on its own; the schema's own messages are kept.
const LOCALE_DEFAULT = /^(Input tidak valid|Pilihan tidak valid|Terlalu (besar|kecil):|String tidak valid|Angka tidak valid|Kunci tidak|Nilai tidak valid|(URL|alamat email|input) tidak valid$)/;

const TYPE_WORDS: Record<string, string> = {
  string: "teks",
  number: "angka",
  int: "bilangan bulat",
  boolean: "true atau false",
  array: "daftar",
  object: "kumpulan kolom",
  date: "tanggal",
};

function typeOfValue(value: unknown): string {
  if (value === null) return "kosong";
  if (Array.isArray(value)) return "daftar";
  if (typeof value === "object") return "kumpulan kolom";
  if (typeof value === "number") return `angka ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "string") return "teks";
  return typeof value;
}

const TYPE_FIXES: Record<string, (key: string) => string> = {
  string: (key) => `tulis teks biasa; bila berupa angka atau true/false, apit dengan tanda kutip, mis. ${key}: "2026"`,
  number: (key) => `tulis angka tanpa tanda kutip, mis. ${key}: 10`,
  boolean: (key) => `tulis ${key}: true atau ${key}: false`,
  array: (key) => `tulis sebagai daftar: baris "${key}:" lalu satu item per baris diawali "- "`,
  object: (key) => `tulis "${key}:" lalu kolom-kolomnya di baris berikutnya dengan indentasi dua spasi`,
};

const ALT_FIX = "isi teks alternatif yang menjelaskan gambar, mis. alt: Kepala Dinas membuka pelatihan UMKM di aula kantor";

/** Damerau-Levenshtein (optimal string alignment) distance, for "did you mean" hints. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known name an unknown one was probably meant to be: a typo, a case slip, or the Indonesian label. */
export function closestName(unknown: string, known: readonly string[], labels: Record<string, string | undefined> = {}): string | undefined {
  const wanted = unknown.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of known) {
    const label = labels[name]?.toLowerCase();
    if (name.toLowerCase() === wanted || label === wanted || label?.split(/\s+/)[0] === wanted) return name;
    const d = distance(wanted, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  const allowed = wanted.length <= 4 ? 1 : wanted.length <= 8 ? 2 : 3;
  return bestDistance <= allowed ? best : undefined;
}

function formatFix(path: readonly PropertyKey[], field: Field | undefined, issue: z.core.$ZodIssue): string {
  const key = String(path.at(-1) ?? "");
  const message = issue.message;
  if (key === "alt") return ALT_FIX;
  if (field?.fix) return field.fix;
  if (field?.widget === "datetime") return "tulis tanggal seperti 2026-11-03, atau dengan jam seperti 2026-11-03T09:00";
  if (field?.widget === "image" || field?.widget === "file") {
    if (message.startsWith("jenis berkas")) return `${message.replace("jenis berkas harus", "pakai berkas berjenis")}; ubah/ekspor berkasnya ke jenis itu`;
    return "pakai path berkas dari folder media, mis. /media/2026/foto-kegiatan.jpg (huruf, angka, - dan _, tanpa spasi)";
  }
  if (key === "division") return "pakai kode bidang dari content/_data/divisions.yml (huruf kecil, angka, tanda hubung)";
  if (key === "email") return "tulis alamat surel lengkap, mis. humas@dinas.go.id";
  if (key === "phone") return "tulis nomor telepon dengan angka, spasi, + atau tanda kurung, mis. (0361) 123456";
  if (key === "github") return "tulis nama pengguna GitHub saja, tanpa @ dan tanpa alamat github.com";
  if (key === "repo") return "tulis nama repositori sebagai pemilik/nama, mis. diskominfo-contoh/situs";
  return "perbaiki penulisan nilai ini sesuai pesan di samping";
}

/**
 * Characters as the schema's length rule counts them: zod measures strings in code points, so
 * "😍" is one character here too, not the two UTF-16 units of `.length`.
 */
export const characterCount = (text: string) => [...text].length;

/** The rule a schema refinement (`code: "custom"`) belongs to, from the field it is reported on. */
function customRule(key: string, message: string): RuleId {
  if (key === "youtube" && message === VIDEO_SOURCE_MESSAGE) return "satu-sumber-video";
  if (key === "poster") return "poster-video";
  if (key === "expires") return "berlaku-sebelum-terbit";
  if (key === "end") return "akhir-sebelum-mulai";
  if (message.startsWith("jenis berkas")) return "jenis-media";
  return "format-isian";
}

/** What every issue kind's wording needs: where it is, the field's description and the value written. */
interface IssueContext {
  root: Schema;
  path: PropertyKey[];
  /** The last path segment: the field's key as written in the file. */
  key: string;
  field: Field | undefined;
  /** The field's title, or its key. */
  label: string;
  input: unknown;
  /** Whether the message is the schema's own (kept) rather than zod's locale default (reworded). */
  custom: boolean;
}

/** One zod issue in editor words. */
function fieldIssue(root: Schema, raw: unknown, issue: z.core.$ZodIssue): FieldIssue[] {
  const path = issue.path;
  const key = String(path.at(-1) ?? "");
  const field = fieldAt(root, path);
  const at: IssueContext = { root, path, key, field, label: field?.title ?? key, input: valueAt(raw, path), custom: !LOCALE_DEFAULT.test(issue.message) };
  switch (issue.code) {
    case "unrecognized_keys":
      return unknownKeyIssues(at, issue.keys);
    case "invalid_type":
      return [at.input === undefined || at.input === null ? missingIssue(at, issue.message) : typeIssue(at, issue.expected)];
    case "invalid_value":
      return [
        {
          path,
          rule: "pilihan-nilai",
          message: at.custom ? issue.message : `${at.label} tidak valid: "${String(at.input)}"`,
          fix: `pilih salah satu: ${issue.values.map(String).join(", ")}`,
        },
      ];
    case "too_small":
    case "too_big":
      return [sizeIssue(at, issue)];
    case "invalid_format":
      return [{ path, rule: "format-isian", message: at.custom ? issue.message : `${at.label} tidak sesuai format`, fix: formatFix(path, field, issue) }];
    case "custom":
      return [{ path, rule: customRule(key, issue.message), message: issue.message, fix: customFix(at, issue) }];
    default:
      return [{ path, rule: "format-isian", message: at.custom ? issue.message : `${at.label} tidak valid`, fix: formatFix(path, field, issue) }];
  }
}

/** Keys no schema knows, each with the known name it was probably meant to be. */
function unknownKeyIssues({ root, path }: IssueContext, keys: readonly string[]): FieldIssue[] {
  const known = shapeKeys(fieldAt(root, path));
  const labels = Object.fromEntries(known.map((name) => [name, fieldAt(root, [...path, name])?.title]));
  return keys.map((unknown) => {
    const suggestion = closestName(unknown, known, labels);
    return {
      path: [...path, unknown],
      rule: "kolom-tidak-dikenal",
      message: `kolom "${unknown}" tidak dikenal`,
      fix: suggestion
        ? `maksud Anda "${suggestion}"? ganti nama kolom "${unknown}" menjadi "${suggestion}"`
        : `hapus kolom ini; kolom yang tersedia: ${known.join(", ")}`,
    };
  });
}

/** A required field left out, or written with nothing after the colon. */
function missingIssue({ path, key, field, label, input, custom }: IssueContext, zodMessage: string): FieldIssue {
  const message = custom ? zodMessage : `${label} wajib diisi`;
  if (key === "alt") return { path, rule: "alt-wajib", message, fix: ALT_FIX };
  const keys = shapeKeys(field);
  const fix =
    input === null
      ? `isi nilai sesudah "${key}:"${field?.optional ? " atau hapus baris itu" : ""}`
      : keys.length
        ? `tambahkan "${key}:" berisi kolom ${keys.join(", ")}`
        : `tambahkan baris "${key}: …"${field?.title ? ` (${field.title}${field.description ? `: ${field.description}` : ""})` : ""}`;
  return { path, rule: "kolom-wajib", message, fix };
}

/** A value of the wrong kind (a number where text belongs, a single value where a list does). */
function typeIssue({ path, key, label, input }: IssueContext, expected: string): FieldIssue {
  return {
    path,
    rule: "jenis-nilai",
    message: `${label} harus berupa ${TYPE_WORDS[expected] ?? expected}, bukan ${typeOfValue(input)}`,
    fix: (TYPE_FIXES[expected] ?? (() => "perbaiki jenis nilainya"))(key),
  };
}

/** Text too short or long, too few or many items, a number out of range: the limit and where the value stands. */
function sizeIssue({ path, key, label, input, custom }: IssueContext, issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): FieldIssue {
  const small = issue.code === "too_small";
  const limit = Number(small ? issue.minimum : issue.maximum);
  const origin = issue.origin;
  const unit = origin === "string" ? " karakter" : origin === "array" ? " item" : "";
  const message = custom ? issue.message : `${label} ${small ? "minimal" : "maksimal"} ${limit}${unit}`;
  const now =
    origin === "string" && typeof input === "string"
      ? ` (sekarang ${characterCount(input.trim())} karakter)`
      : origin === "array" && Array.isArray(input)
        ? ` (sekarang ${input.length})`
        : "";
  if (key === "alt" && small) return { path, rule: "alt-wajib", message, fix: ALT_FIX };
  const fix =
    origin === "string"
      ? small
        ? `tulis minimal ${limit} karakter${now}`
        : `persingkat menjadi paling banyak ${limit} karakter${now}`
      : origin === "array"
        ? small
          ? `tambahkan item hingga minimal ${limit}${now}`
          : `kurangi menjadi paling banyak ${limit} item${now}`
        : `isi angka ${small ? "paling kecil" : "paling besar"} ${limit}`;
  return { path, rule: "batas-isian", message, fix };
}

/** The fix for a schema refinement: the rules that compare fields name both, the rest fall back to the field's format. */
function customFix({ path, key, field }: IssueContext, issue: z.core.$ZodIssue): string {
  if (key === "youtube" && issue.message === VIDEO_SOURCE_MESSAGE) return 'isi salah satu saja: "youtube:" (alamat video YouTube) atau "mp4:" (berkas /media/…mp4)';
  if (key === "poster") return 'tambahkan "poster:" dengan src: (gambar dari /media/) dan alt: (teks alternatif)';
  if (key === "expires") return 'ubah "expires" menjadi tanggal yang sama dengan atau sesudah "date"';
  if (key === "end") return 'ubah "end" menjadi waktu yang sama dengan atau sesudah "start"';
  return formatFix(path, field, issue);
}

/** Validates `raw` against `schema`; on success also returns the parsed (defaulted, trimmed) value. */
export function schemaIssues<S extends z.ZodType>(schema: S, raw: unknown): { data?: z.output<S>; issues: FieldIssue[] } {
  const result = schema.safeParse(raw);
  // A value breaking two format rules (an address that is neither https nor YouTube) is one mistake: say it once.
  const formatted = new Set<string>();
  const zodIssues = result.success
    ? []
    : result.error.issues.filter((issue) => {
        if (issue.code !== "invalid_format") return true;
        const key = issue.path.join("\u0000");
        return !formatted.has(key) && Boolean(formatted.add(key));
      });
  const issues = zodIssues.flatMap((issue) => fieldIssue(schema, raw, issue));
  // Nested objects (image, attachment…) are not strict in the schema: zod would drop a misspelt
  // `capton` silently, so unknown keys are looked for at every level here.
  const reported = new Set(issues.map((i) => i.path.join("\u0000")));
  const unknown = unknownKeys(schema, schema, raw, []).filter((i) => !reported.has(i.path.join("\u0000")));
  issues.push(...unknown);
  return unknown.length === 0 && result.success ? { data: result.data, issues } : { issues };
}

/** Keys of `raw` (the value at `path`, described by `schema`) that no object schema knows. */
function unknownKeys(root: Schema, schema: Schema, raw: unknown, path: PropertyKey[]): FieldIssue[] {
  if (!raw || typeof raw !== "object") return [];
  if (Array.isArray(raw)) {
    const element = elementOf(schema);
    return element ? raw.flatMap((item, i) => unknownKeys(root, element, item, [...path, i])) : [];
  }
  const shape = shapeOf(schema);
  if (!shape) return [];
  const issues: FieldIssue[] = [];
  const extra = Object.keys(raw).filter((key) => !Object.hasOwn(shape, key));
  if (extra.length > 0) {
    // Only the path and keys matter for this issue kind.
    issues.push(...fieldIssue(root, undefined, { code: "unrecognized_keys", keys: extra, path, message: "" } as unknown as z.core.$ZodIssue));
  }
  for (const [key, value] of Object.entries(raw)) {
    const child = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (child && value && typeof value === "object") issues.push(...unknownKeys(root, child, value, [...path, key]));
  }
  return issues;
}

/** A division id that is not in divisions.yml. */
export function divisionIssue(value: unknown, path: PropertyKey[], ids: readonly string[]): FieldIssue | undefined {
  if (typeof value !== "string" || ids.length === 0 || ids.includes(value) || !DIVISION_ID.test(value)) return undefined;
  const suggestion = closestName(value, ids);
  return {
    path,
    rule: "bidang-terdaftar",
    message: `bidang "${value}" tidak terdaftar di content/_data/divisions.yml`,
    fix: `${suggestion ? `maksud Anda "${suggestion}"? ` : ""}pilih salah satu bidang: ${ids.join(", ")}`,
  };
}

const ISO_PARTS = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?/;

/** A date string that has the right shape but is not on the calendar (2026-02-30, 25:00). */
export function calendarIssue(value: unknown, path: PropertyKey[]): FieldIssue | undefined {
  if (typeof value !== "string") return undefined;
  const parts = ISO_PARTS.exec(value.trim());
  if (!parts) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = parts.slice(1).map((p) => (p === undefined ? undefined : Number(p))) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth && hour <= 23 && minute <= 59 && second <= 59) return undefined;
  return {
    path,
    rule: "tanggal-kalender",
    message: `tanggal "${value}" tidak ada di kalender`,
    fix: "periksa bulan (01–12), tanggal (sesuai jumlah hari bulan itu) dan jam (00:00–23:59)",
  };
}

/**
 * Values holding a character that is not text (`NOT_TEXT`), which YAML escapes like "\b" or
 * "\a" write without any raw control byte in the file: refused here, where the field and line
 * are known, rather than silently dropped, because such a title breaks every XML feed.
 */
export function notTextIssues(raw: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === "string") {
      const found = NOT_TEXT.exec(value);
      if (found) {
        issues.push({
          path,
          rule: "karakter-kontrol",
          message: `isian memuat karakter kontrol yang tidak terlihat (kode ${characterCode(found[0])})`,
          fix: 'hapus karakter itu: biasanya tertulis sebagai \\b, \\a, \\x.. atau \\u.... di antara tanda kutip ganda, atau terbawa saat menyalin dari dokumen lain',
        });
      }
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === "object") for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(raw, []);
  return issues;
}

/** Every `/media/...` path in a front matter or data value, with the field it sits in. */
export function mediaReferences(raw: unknown): { path: PropertyKey[]; sitePath: string }[] {
  const found: { path: PropertyKey[]; sitePath: string }[] = [];
  // One shared path stack, copied only on a hit: this runs on every value of every entry.
  const path: PropertyKey[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      if (value.startsWith("/media/")) found.push({ path: [...path], sitePath: value });
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === "object") {
      for (const key of Object.keys(value)) {
        path.push(key);
        walk((value as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(raw);
  return found;
}

/** Whether a reference is well-formed enough to look for on disk (the schema reports the rest). */
export const looksLikeMediaPath = (sitePath: string) => MEDIA_PATH.test(sitePath);

/**
 * What can be kept of a broken data file: each top-level field that is valid on its own, valid
 * items of lists, and `fallback` for the rest. Callers refuse to build anyway; this keeps the
 * rest of the content checkable.
 */
export function salvage<T extends object>(schema: z.ZodType, raw: unknown, fallback: T): T {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return fallback;
  const out = { ...fallback } as Record<string, unknown>;
  for (const [key, fieldSchema] of Object.entries(shapeOf(schema) ?? {})) {
    const value = (raw as Record<string, unknown>)[key];
    const whole = z.safeParse(fieldSchema, value);
    if (whole.success) out[key] = whole.data;
    else if (Array.isArray(value)) {
      const element = elementOf(fieldSchema);
      if (element) out[key] = value.flatMap((item) => { const r = z.safeParse(element, item); return r.success ? [r.data] : []; });
    } else if (value && typeof value === "object" && key in out && out[key] && typeof out[key] === "object") {
      out[key] = salvage(fieldSchema as z.ZodType, value, out[key] as object);
    }
  }
  return out as T;
}
