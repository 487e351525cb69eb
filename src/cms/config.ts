/**
 * The Decap CMS configuration, generated from the content schema (`src/content/schema.ts`).
 * Nothing here restates a field: labels, hints, widgets, required-ness, defaults, options and
 * patterns all come from walking the zod schemas and their `.meta()`. `admin/config.yml` is
 * this object written as YAML by `npm run cms:config`.
 */
import YAML from "yaml";
import {
  collections,
  dataFiles,
  DIP_CATEGORIES,
  LIMITS,
  ROLES,
  TIME_ZONES,
  type CollectionName,
  type DataFileName,
  type SiteData,
} from "../content/schema.ts";
import { CONTENT_DIR, MEDIA_DIR, PUBLIC_MEDIA } from "./paths.ts";
import { fileSize } from "../format/size.ts";
import { checksOf, defOf, unwrap, type Def, type Schema } from "../content/schema-walk.ts";

// ── the config's shape (the parts we write) ─────────────────────────────────────────

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  [option: string]: unknown;
}

export interface CmsCollection {
  name: string;
  label: string;
  label_singular?: string;
  description?: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[]; [option: string]: unknown }[];
  fields?: CmsField[];
  [option: string]: unknown;
}

export interface CmsConfig {
  locale: string;
  backend: { name: string; repo: string; branch: string; [option: string]: unknown };
  local_backend?: boolean | { url: string; allowed_hosts?: string[] };
  publish_mode: "editorial_workflow";
  site_url: string;
  display_url: string;
  logo?: { src: string; show_in_header?: boolean };
  media_folder: string;
  public_folder: string;
  slug: { encoding: "ascii"; clean_accents: boolean; sanitize_replacement: string };
  collections: CmsCollection[];
  [option: string]: unknown;
}

export interface CmsConfigOptions {
  /**
   * Where the admin finds `decap-server` when it is opened on 127.0.0.1/localhost.
   * Decap ignores this on any other host, so the production config keeps the default.
   */
  localBackendUrl?: string;
  /** Leave `local_backend` out, so the admin talks to GitHub even on 127.0.0.1 (browser tests of the login). */
  noLocalBackend?: boolean;
  /** GitHub's REST API root, when it is not https://api.github.com (a local stand-in in tests). */
  githubApiRoot?: string;
}

/** The port `npm start` serves the local CMS guard on (decap-server sits behind it), and the URL the committed config points at. */
export const DEFAULT_PROXY_PORT = 8081;
export const DEFAULT_LOCAL_BACKEND_URL = `http://127.0.0.1:${DEFAULT_PROXY_PORT}/api/v1`;

/** Front-matter date-times are written as the schema reads them: local time in the site's zone. */
export const DATETIME_FORMAT = "YYYY-MM-DDTHH:mm";

export { CONTENT_DIR, MEDIA_DIR, PUBLIC_MEDIA } from "./paths.ts";
export const DATA_COLLECTION = "data";

type SiteSettings = Pick<SiteData, "repo" | "branch" | "url"> & Partial<Pick<SiteData, "logo" | "name" | "authUrl">>;

/**
 * Decap opens its login popup at `base_url` + "/" + `auth_endpoint` and accepts the popup's
 * messages only when their origin equals `base_url` exactly (`NetlifyAuthenticator` in
 * decap-cms-lib-auth), so the one address in the site settings is split into origin and path.
 */
export function authBackend(authUrl: string | undefined): { base_url: string; auth_endpoint: string } | undefined {
  const url = authUrl ? URL.parse(authUrl) : null;
  return url ? { base_url: url.origin, auth_endpoint: url.pathname.replace(/^\/+|\/+$/g, "") } : undefined;
}

export function cmsConfig(site: SiteSettings, options: CmsConfigOptions = {}): CmsConfig {
  return {
    locale: "id",
    backend: {
      name: "github",
      repo: site.repo,
      branch: site.branch || "main",
      squash_merges: false,
      ...authBackend(site.authUrl),
      ...(options.githubApiRoot ? { api_root: options.githubApiRoot } : {}),
    },
    ...(options.noLocalBackend ? {} : { local_backend: { url: options.localBackendUrl ?? DEFAULT_LOCAL_BACKEND_URL } }),
    publish_mode: "editorial_workflow",
    site_url: site.url,
    display_url: site.url,
    ...(site.logo ? { logo: { src: site.logo, show_in_header: true } } : {}),
    show_preview_links: false,
    media_folder: MEDIA_DIR,
    public_folder: PUBLIC_MEDIA,
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    editor: { preview: true },
    collections: [...(Object.keys(collections) as CollectionName[]).map(folderCollection), dataCollection()],
  };
}

// ── collections ───────────────────────────────────────────────────────────────────────

/** The Markdown body is not front matter, so the schema does not list it. */
const BODY: Record<CollectionName, { label: string; hint: string; required: boolean }> = {
  berita: {
    label: "Isi berita",
    hint: "Tulis isi berita. Gambar di dalam isi wajib memiliki teks alternatif.",
    required: true,
  },
  pengumuman: { label: "Isi pengumuman", hint: "Boleh kosong bila lampiran sudah menjelaskan.", required: false },
  agenda: { label: "Uraian kegiatan", hint: "Boleh kosong.", required: false },
  galeri: { label: "Cerita album", hint: "Boleh kosong.", required: false },
  halaman: { label: "Isi halaman", hint: "Isi halaman profil, PPID, layanan, dan sebagainya.", required: true },
  "informasi-publik": { label: "Uraian informasi", hint: "Boleh kosong.", required: false },
};

/**
 * What each entry list shows, how it sorts, filters and groups. A division is stored by its code
 * (`ikp`) and Decap's summaries and group headings cannot look up its name, so neither shows it.
 */
const LIST_VIEW: Record<CollectionName, Partial<CmsCollection>> = {
  berita: {
    summary: "{{title}} · {{date | date('DD-MM-YYYY')}}{{draft | ternary(' · DRAF', '')}}",
    sortable_fields: [
      { field: "date", label: "Tanggal terbit", default_sort: "desc" },
      { field: "title", label: "Judul" },
      { field: "division", label: "Bidang" },
    ],
    view_groups: [{ label: "Tahun", field: "date", pattern: "\\d{4}" }],
    view_filters: [{ label: "Draf", field: "draft", pattern: true }],
  },
  pengumuman: {
    summary: "{{title}} · berlaku sampai {{expires | date('DD-MM-YYYY')}}",
    sortable_fields: [
      { field: "date", label: "Tanggal terbit", default_sort: "desc" },
      { field: "expires", label: "Berlaku sampai" },
      { field: "title", label: "Judul" },
    ],
    view_filters: [{ label: "Draf", field: "draft", pattern: true }],
  },
  agenda: {
    summary: "{{title}} · {{start | date('DD-MM-YYYY HH:mm')}} · {{place}}",
    sortable_fields: [
      { field: "start", label: "Mulai", default_sort: "desc" },
      { field: "title", label: "Nama kegiatan" },
      { field: "division", label: "Bidang" },
    ],
    view_groups: [{ label: "Tahun", field: "start", pattern: "\\d{4}" }],
    view_filters: [{ label: "Draf", field: "draft", pattern: true }],
  },
  galeri: {
    summary: "{{title}} · {{date | date('DD-MM-YYYY')}}",
    sortable_fields: [
      { field: "date", label: "Tanggal", default_sort: "desc" },
      { field: "title", label: "Judul album" },
    ],
    view_filters: [{ label: "Draf", field: "draft", pattern: true }],
  },
  halaman: {
    summary: "{{title}}",
    sortable_fields: [
      { field: "order", label: "Urutan", default_sort: "asc" },
      { field: "title", label: "Judul halaman" },
    ],
    nested: { depth: 3, summary: "{{title}}" },
  },
  "informasi-publik": {
    summary: "{{title}} · {{category}} · {{date | date('DD-MM-YYYY')}}",
    sortable_fields: [
      { field: "date", label: "Terakhir diperbarui", default_sort: "desc" },
      { field: "title", label: "Judul informasi" },
      { field: "category", label: "Kategori" },
    ],
    view_filters: (Object.keys(DIP_CATEGORIES) as (keyof typeof DIP_CATEGORIES)[]).map((category) => ({
      label: `Kategori: ${category}`,
      field: "category",
      pattern: `^${category}$`,
    })),
    view_groups: [{ label: "Kategori", field: "category" }],
  },
};

function folderCollection(name: CollectionName): CmsCollection {
  const c = collections[name];
  const body = BODY[name];
  const fields = objectFields(c.schema, { optional: false, ancestors: [] });
  fields.push({
    name: "body",
    label: body.label,
    widget: "markdown",
    required: body.required,
    hint: body.hint,
    modes: ["rich_text", "raw"],
    buttons: ["bold", "italic", "link", "heading-two", "heading-three", "quote", "bulleted-list", "numbered-list"],
    editor_components: ["image"],
    pattern: [`^[\\s\\S]{0,${LIMITS.markdownBytes}}$`, `isi maksimal ${fileSize(LIMITS.markdownBytes)} teks`],
  });
  return {
    name,
    label: c.label,
    label_singular: c.labelSingular,
    folder: `${CONTENT_DIR}/${c.folder}`,
    create: true,
    extension: "md",
    format: "frontmatter",
    identifier_field: "title",
    slug: c.datedSlug ? "{{year}}-{{month}}-{{day}}-{{slug}}" : "{{slug}}",
    media_folder: `/${MEDIA_DIR}/${c.folder}`,
    public_folder: `${PUBLIC_MEDIA}/${c.folder}`,
    ...LIST_VIEW[name],
    fields,
  };
}

/**
 * What the office admin changes by a reviewed commit, never an editor in the admin: where the
 * site's repository, branch, server and login endpoint are, and the decree team with its GitHub accounts (which
 * become CODEOWNERS and branch rules). Decap keeps fields it has no widget for when it saves a
 * file, so leaving them off the form does not drop them.
 */
export const OFFICE_ADMIN_ONLY: Partial<Record<DataFileName, readonly string[] | "whole file">> = {
  // authUrl too: a wrong address breaks every editor's login, or sends their tokens elsewhere.
  site: ["repo", "branch", "deploy", "authUrl"],
  team: "whole file",
};

function dataCollection(): CmsCollection {
  return {
    name: DATA_COLLECTION,
    label: "Data situs",
    label_singular: "Data situs",
    description: "Pengaturan situs, menu, bidang dan program kerja.",
    media_folder: `/${MEDIA_DIR}/site`,
    public_folder: `${PUBLIC_MEDIA}/site`,
    editor: { preview: true },
    files: (Object.keys(dataFiles) as DataFileName[])
      .filter((name) => OFFICE_ADMIN_ONLY[name] !== "whole file")
      .map((name) => ({
        name,
        label: dataFiles[name].label,
        file: `${CONTENT_DIR}/_data/${name}.yml`,
        fields: objectFields(dataFiles[name].schema, { optional: false, ancestors: [] }).filter(
          (field) => !(OFFICE_ADMIN_ONLY[name] ?? []).includes(field.name),
        ),
      })),
  };
}

// ── walking the zod schemas ─────────────────────────────────────────────────────────

interface WalkContext {
  /** Inside an optional object: Decap validates children even when the object is left empty. */
  optional: boolean;
  /** Object schemas above this one, to stop recursive types (menus) at a useful depth. */
  ancestors: Schema[];
}

/** A recursive object (a submenu of a menu) is editable this many levels deep. */
const MAX_RECURSION = 2;

function objectFields(schema: Schema, ctx: WalkContext): CmsField[] {
  const { schema: obj } = unwrap(schema);
  const shape = defOf(obj).shape as Record<string, Schema>;
  const ancestors = [...ctx.ancestors, obj];
  const fields: CmsField[] = [];
  for (const name of Object.keys(shape)) {
    const field = fieldFor(name, shape[name]!, { ...ctx, ancestors });
    if (field) fields.push(field);
  }
  return fields;
}

function fieldFor(name: string, schema: Schema, ctx: WalkContext): CmsField | undefined {
  const u = unwrap(schema);
  const d = defOf(u.schema);
  const widget = u.meta.widget ?? inferWidget(d.type);
  const field: CmsField = { name, label: u.meta.title ?? name, widget };
  if (u.meta.description) field.hint = u.meta.description;

  const isArray = d.type === "array";
  const minItems = isArray ? arrayMin(u.schema) : 0;
  // Booleans always have a value; lists may be empty unless the schema sets a minimum.
  const required = !u.optional && !ctx.optional && d.type !== "boolean" && (!isArray || minItems > 0);
  field.required = required;
  if (u.hasDefault) field.default = u.defaultValue;

  switch (widget) {
    case "string":
    case "text":
      Object.assign(field, stringRules(u.schema, u.meta.title));
      break;
    case "datetime":
      field.format = DATETIME_FORMAT;
      Object.assign(field, stringRules(u.schema, u.meta.title));
      // An entry's own date starts at "now"; other moments (start, end, expiry) are chosen.
      if (name === "date" && required && ctx.ancestors.length === 1) field.default = "{{now}}";
      break;
    case "image":
    case "file":
      {
        const media = mediaRules(widget, u.meta.extensions ?? []);
        Object.assign(field, media, { hint: field.hint ? `${field.hint}. ${media.hint}` : media.hint });
      }
      break;
    case "relation":
      Object.assign(field, relationRules(u.meta.collection));
      Object.assign(field, stringRules(u.schema, u.meta.title));
      break;
    case "select":
      Object.assign(field, selectRules(u.schema, u.meta.multiple === true));
      break;
    case "number":
      Object.assign(field, numberRules(u.schema));
      break;
    case "hidden":
      field.required = false;
      break;
    case "object": {
      const fields = objectFields(u.schema, { optional: ctx.optional || u.optional, ancestors: ctx.ancestors });
      field.fields = fields;
      field.collapsed = u.optional;
      break;
    }
    case "list":
      if (!listRules(field, u.schema, ctx)) return undefined;
      break;
    case "boolean":
      if (!u.hasDefault) field.default = false;
      break;
    default:
      throw new Error(`cms config: field "${name}" has widget "${widget}", which the generator does not know`);
  }
  return field;
}

function inferWidget(type: string): string {
  switch (type) {
    case "object":
      return "object";
    case "array":
      return "list";
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "enum":
    case "literal":
      return "select";
    default:
      return "string";
  }
}

const arrayMin = (schema: Schema): number => checksOf(schema).find((c) => c.check === "min_length")?.minimum ?? 0;

function listRules(field: CmsField, schema: Schema, ctx: WalkContext): boolean {
  const d = defOf(schema);
  for (const c of checksOf(schema)) {
    if (c.check === "min_length") field.min = c.minimum;
    if (c.check === "max_length") field.max = c.maximum;
  }
  const element = unwrap(d.element as Schema);
  const elementDef = defOf(element.schema);
  if (elementDef.type !== "object") {
    // A list of plain strings: Decap edits it as comma-separated text.
    return true;
  }
  const depth = ctx.ancestors.filter((a) => a === element.schema).length;
  if (depth >= MAX_RECURSION) return false;
  field.label_singular = element.meta.title ?? field.label;
  const fields = objectFields(element.schema, { optional: ctx.optional, ancestors: ctx.ancestors });
  field.fields = fields;
  field.collapsed = true;
  field.summary = listSummary(fields);
  return true;
}

/** `{{fields.title}}`-style line for a collapsed list item: its first two plain values. */
function listSummary(fields: CmsField[]): string {
  const preferred = ["title", "name", "label", "alt"];
  const plain = fields.filter((f) =>
    ["string", "text", "number", "select", "relation", "datetime", "image", "file"].includes(f.widget),
  );
  const first = plain.find((f) => preferred.includes(f.name)) ?? plain[0];
  const rest = plain.filter((f) => f !== first && f.widget !== "image" && f.widget !== "file" && f.widget !== "text");
  return [first, ...rest.slice(0, 2)]
    .filter(Boolean)
    .map((f) => `{{fields.${f!.name}}}`)
    .join(" · ");
}

// ── strings: one Decap pattern that says what the schema's checks say ────────────────────

interface Rule {
  /** A lookahead anchored at the start of the value. */
  regex: string;
  message: string;
}

const messageOf = (c: Def, fallback: string): string => {
  if (typeof c.error === "function") {
    const m = c.error({ input: "", code: "custom" });
    if (typeof m === "string") return m;
    if (m && typeof m.message === "string") return m.message;
  }
  return fallback;
};

function stringRules(schema: Schema, title = "Isian"): Partial<CmsField> {
  const d = defOf(schema);
  if (d.type !== "string") return {};
  const checks = checksOf(schema);
  const trimmed = checks.some((c) => c.check === "overwrite" && typeof c.tx === "function" && c.tx("  a  ") === "a");
  const rules: Rule[] = [];

  const min = checks.find((c) => c.check === "min_length");
  const max = checks.find((c) => c.check === "max_length");
  if (min || max) {
    const minMessage = min && messageOf(min, `${title} minimal ${min.minimum} karakter`);
    const maxMessage = max && messageOf(max, `${title} maksimal ${max.maximum} karakter`);
    // "Judul minimal 5 karakter" + "Judul maksimal 150 karakter" read better as one sentence.
    const both =
      min &&
      max &&
      minMessage === `${title} minimal ${min.minimum} karakter` &&
      maxMessage === `${title} maksimal ${max.maximum} karakter`;
    rules.push({
      regex: lengthRegex(min?.minimum ?? 0, max?.maximum, trimmed),
      message: both
        ? `${title} minimal ${min.minimum} dan maksimal ${max.maximum} karakter`
        : [minMessage, maxMessage].filter(Boolean).join("; "),
    });
  }
  for (const c of checks) {
    if (c.check === "string_format" && c.pattern instanceof RegExp) {
      rules.push({ regex: `(?=${c.pattern.source})`, message: messageOf(c, `${title} tidak sesuai format`) });
    }
  }
  // String formats (`z.email()`, `z.url()`) are the schema itself, with the schema's own message.
  if (d.format === "email" && d.pattern instanceof RegExp) {
    rules.push({ regex: `(?=${d.pattern.source})`, message: messageOf(d, "alamat surel tidak valid") });
  } else if (d.format === "url") {
    // `z.url({ protocol })` limits the scheme (https only for links): Decap refuses what the check would.
    const only = d.protocol instanceof RegExp ? d.protocol.source.replace(/^\^|\$$/g, "") : null;
    const scheme = only === null ? "https?" : `(?:${only})`;
    rules.push({
      regex: `(?=${scheme}://[^\\s/?#]+\\.[^\\s]+$)`,
      message: messageOf(d, `${title} harus berupa alamat lengkap`),
    });
  }
  return rules.length ? { pattern: combine(rules) } : {};
}

/** Length of the value (after trimming, when the schema trims) between min and max. */
export function lengthRegex(min: number, max: number | undefined, trimmed: boolean): string {
  const upper = max === undefined ? "" : String(max);
  if (!trimmed || min === 0) return `(?=[\\s\\S]{${min},${upper}}$)`;
  // The counted part starts at the first non-space and ends at the last one.
  const upperRest = max === undefined ? "" : String(max - 1);
  return `(?=\\s*(?=\\S)[\\s\\S]{${min - 1},${upperRest}}\\S\\s*$)`;
}

function combine(rules: Rule[]): [string, string] {
  return [`^${rules.map((r) => r.regex).join("")}`, capitalise([...new Set(rules.map((r) => r.message))].join("; "))];
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `jpg` → `[jJ][pP][gG]`: Decap tests patterns without flags. */
const anyCase = (ext: string) =>
  [...ext].map((ch) => (/[a-z]/i.test(ch) ? `[${ch.toLowerCase()}${ch.toUpperCase()}]` : ch)).join("");

/**
 * Decap's file and image widgets test their pattern against the file's *base name* (the folder
 * comes from the collection's `public_folder`), so the rule is the schema's character set for
 * media paths without the slash, plus the allowed extensions.
 */
function mediaRules(widget: "image" | "file", extensions: string[]): Partial<CmsField> {
  const limit =
    widget === "image" ? LIMITS.imageBytes : extensions.includes("mp4") ? LIMITS.videoBytes : LIMITS.attachmentBytes;
  const name = `(?=[A-Za-z0-9._-]+$)`;
  const ext = extensions.length ? `(?=[\\s\\S]*\\.(?:${extensions.map(anyCase).join("|")})$)` : "";
  return {
    choose_url: false,
    media_library: { config: { multiple: false, max_file_size: limit } },
    pattern: [
      `^${name}${ext}`,
      `Nama berkas hanya boleh memuat huruf, angka, titik, garis bawah atau tanda hubung${extensions.length ? `; jenis berkas harus ${extensions.join(", ")}` : ""}`,
    ],
    hint: `${extensions.length ? `Jenis berkas: ${extensions.join(", ")}; ` : ""}maksimal ${fileSize(limit)}.`,
  };
}

function relationRules(target: string | undefined): Partial<CmsField> {
  if (target !== "divisions") throw new Error(`cms config: relation to "${target}" is not known to the generator`);
  return {
    collection: DATA_COLLECTION,
    file: "divisions",
    value_field: "items.*.id",
    search_fields: ["items.*.name", "items.*.id"],
    display_fields: ["items.*.name"],
    options_length: 50,
  };
}

/** Labels editors see for enum values, from the schema's own label tables. */
const OPTION_LABELS: Record<string, string>[] = [
  Object.fromEntries(Object.entries(DIP_CATEGORIES).map(([k, v]) => [k, `${k} — ${v}`])),
  ROLES,
  Object.fromEntries(Object.entries(TIME_ZONES).map(([k, v]) => [k, `${v} (${k})`])),
  Object.fromEntries(Object.entries(collections).map(([k, v]) => [k, v.label])),
  { softcopy: "Softcopy (berkas elektronik)", hardcopy: "Hardcopy (cetak)" },
];

function selectRules(schema: Schema, multiple: boolean): Partial<CmsField> {
  let d = defOf(schema);
  const rules: Partial<CmsField> = {};
  if (d.type === "array") {
    const min = arrayMin(schema);
    if (min) rules.min = min;
    d = defOf(unwrap(d.element).schema);
  }
  const values: string[] =
    d.type === "enum" ? Object.values(d.entries as Record<string, string>) : [...(d.values ?? [])].map(String);
  const labels = OPTION_LABELS.find((table) => values.every((v) => v in table));
  rules.options = values.map((value) => ({ label: labels?.[value] ?? value, value }));
  if (multiple) rules.multiple = true;
  return rules;
}

function numberRules(schema: Schema): Partial<CmsField> {
  const rules: Partial<CmsField> = { value_type: "float" };
  for (const c of checksOf(schema)) {
    if (c.check === "number_format" && /int/.test(c.format)) rules.value_type = "int";
    if (c.check === "greater_than") rules.min = c.inclusive ? c.value : c.value + 1;
    if (c.check === "less_than") rules.max = c.inclusive ? c.value : c.value - 1;
  }
  if (rules.value_type === "int") rules.step = 1;
  return rules;
}

// ── admin/config.yml ────────────────────────────────────────────────────────────────

const HEADER = [
  "# Decap CMS configuration — GENERATED, do not edit by hand.",
  "# Source: src/content/schema.ts (fields) and content/_data/site.yml (repo, branch, url, authUrl).",
  "# Regenerate with: npm run cms:config",
].join("\n");

/** The YAML text of `admin/config.yml`: stable key order, no line folding (diffs stay readable). */
export function cmsConfigYaml(config: CmsConfig): string {
  return `${HEADER}\n${YAML.stringify(config, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
