/**
 * The one place that reads zod's internals (`_zod.def`): what a schema wraps and what it holds.
 * The validator (validate.ts) and the CMS config generator (cms/config.ts) both walk the content
 * schema through these functions, so they agree on every wrapper, and a zod upgrade that changes
 * the definitions touches this file only (schema-walk.test.ts pins every kind the schema uses).
 */
import { z } from "zod";

export type Schema = z.core.$ZodType;

/**
 * A schema's definition. zod 4 keeps it on `_zod.def`; its public types do not describe every
 * kind, so it is read as a plain record.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Def = Record<string, any>;

export const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The definitions of a schema's checks (`min_length`, `number_format`…). */
export const checksOf = (schema: Schema): Def[] => ((defOf(schema).checks ?? []) as Schema[]).map(defOf);

/** What the schema's `.meta()` calls say to editors and to the admin. */
export interface SchemaMeta {
  title?: string;
  description?: string;
  /** The Decap widget. */
  widget?: string;
  /** The field's own fix, used for any format or rule it breaks. */
  fix?: string;
  collection?: string;
  extensions?: string[];
  multiple?: boolean;
}

export interface Unwrapped {
  /** The schema under its optional/nullable/readonly/default/pipe/lazy wrappers. */
  schema: Schema;
  /** The wrappers' and the schema's metadata; for each key the outermost wins. */
  meta: SchemaMeta;
  /** Marked `.optional()`. */
  optional: boolean;
  /** Has a `.default()`/`.prefault()` (so it may be left out too); the outermost value. */
  hasDefault: boolean;
  defaultValue?: unknown;
}

/** Peels the wrappers off a schema, collecting metadata and optionality on the way. */
export function unwrap(schema: Schema): Unwrapped {
  let s = schema;
  let meta: SchemaMeta = {};
  let optional = false;
  let hasDefault = false;
  let defaultValue: unknown;
  for (;;) {
    meta = { ...((z.globalRegistry.get(s) as SchemaMeta | undefined) ?? {}), ...meta };
    const d = defOf(s);
    if (d.type === "optional" || d.type === "nullable" || d.type === "readonly") {
      if (d.type === "optional") optional = true;
      s = d.innerType;
    } else if (d.type === "default" || d.type === "prefault") {
      if (!hasDefault) {
        hasDefault = true;
        defaultValue = d.defaultValue;
      }
      s = d.innerType;
    } else if (d.type === "pipe") {
      // `z.preprocess(fn, schema)` is pipe(transform → schema); `schema.transform(fn)` is pipe(schema → transform).
      s = defOf(d.in).type === "transform" ? d.out : d.in;
    } else if (d.type === "lazy") {
      s = d.getter();
    } else {
      return { schema: s, meta, optional, hasDefault, defaultValue };
    }
  }
}

/** The fields of an object schema (after unwrapping), or `undefined` for any other kind. */
export function shapeOf(schema: Schema): Record<string, Schema> | undefined {
  const d = defOf(unwrap(schema).schema);
  return d.type === "object" ? (d.shape as Record<string, Schema>) : undefined;
}

/** The element of an array schema (after unwrapping), or `undefined` for any other kind. */
export function elementOf(schema: Schema): Schema | undefined {
  const d = defOf(unwrap(schema).schema);
  return d.type === "array" ? (d.element as Schema) : undefined;
}
