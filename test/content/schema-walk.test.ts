/**
 * The one reader of zod's internals (src/content/schema-walk.ts), used by the validator and the
 * CMS config generator. Every wrapper and kind the content schema uses unwraps as both expect, and
 * every field of every collection and data file reaches a kind both know: a zod upgrade that
 * changes a definition fails here, in one place.
 */
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldAt } from "../../src/content/validate.ts";
import { collections, dataFiles } from "../../src/content/schema.ts";
import { checksOf, defOf, elementOf, shapeOf, unwrap, type Schema } from "../../src/content/schema-walk.ts";

/** The kinds a field of the content schema may be, under its wrappers. */
const KINDS = new Set(["string", "number", "boolean", "object", "array", "enum", "literal"]);

/** Every field path (list items as index 0); recursive menus to a few levels. */
function* fields(schema: Schema, path: string[] = []): Generator<[string[], Schema]> {
  if (path.length > 6) return;
  for (const [key, child] of Object.entries(shapeOf(schema) ?? {})) {
    yield [[...path, key], child];
    yield* fields(child, [...path, key]);
    const element = elementOf(child);
    if (element) yield* fields(element, [...path, key, "0"]);
  }
}

const roots: [string, Schema][] = [
  ...Object.entries(collections).map(([name, c]) => [name, c.schema as Schema] as [string, Schema]),
  ...Object.entries(dataFiles).map(([name, d]) => [name, d.schema as Schema] as [string, Schema]),
];

describe("walking the content schema", () => {
  it("peels each wrapper the schema uses, keeping the outermost metadata and default", () => {
    const text = z.string().min(3).meta({ title: "Judul" });
    const cases: [Schema, { type: string; optional: boolean; hasDefault: boolean; title?: string }][] = [
      [text.optional(), { type: "string", optional: true, hasDefault: false, title: "Judul" }],
      [text.nullable(), { type: "string", optional: false, hasDefault: false, title: "Judul" }],
      [text.readonly(), { type: "string", optional: false, hasDefault: false, title: "Judul" }],
      [z.array(text).default([]).meta({ title: "Daftar" }), { type: "array", optional: false, hasDefault: true, title: "Daftar" }],
      [text.prefault("abc"), { type: "string", optional: false, hasDefault: true, title: "Judul" }],
      // z.preprocess (the schema's dates): the schema after the transform.
      [z.preprocess((v) => v, z.number().meta({ title: "Angka" })), { type: "number", optional: false, hasDefault: false, title: "Angka" }],
      // .transform: the schema before it.
      [z.number().meta({ title: "Angka" }).transform((n) => n * 2), { type: "number", optional: false, hasDefault: false, title: "Angka" }],
      [z.lazy(() => text), { type: "string", optional: false, hasDefault: false, title: "Judul" }],
      [text.optional().meta({ title: "Luar" }), { type: "string", optional: true, hasDefault: false, title: "Luar" }],
    ];
    for (const [schema, expected] of cases) {
      const u = unwrap(schema);
      expect({ type: defOf(u.schema).type, optional: u.optional, hasDefault: u.hasDefault, title: u.meta.title }).toEqual(expected);
    }
    expect(unwrap(z.number().default(100)).defaultValue).toBe(100);
    expect(checksOf(z.string().min(3).max(9)).map((c) => [c.check, c.minimum ?? c.maximum])).toEqual([["min_length", 3], ["max_length", 9]]);
    expect(elementOf(z.array(text).optional())).toBe(text);
    expect(Object.keys(shapeOf(z.object({ a: text }).default({ a: "abc" })) ?? {})).toEqual(["a"]);
  });

  it.each(roots)("%s: every field reaches a known kind, and the validator finds it with the same metadata", (_name, root) => {
    const seen = [...fields(root)];
    expect(seen.length).toBeGreaterThan(0);
    for (const [path, schema] of seen) {
      const u = unwrap(schema);
      expect(KINDS.has(defOf(u.schema).type), `${path.join(".")}: ${defOf(u.schema).type}`).toBe(true);
      const field = fieldAt(root, path);
      expect(field?.core, path.join(".")).toBe(u.schema);
      expect(field?.title, path.join(".")).toBe(u.meta.title);
      expect(field?.optional, path.join(".")).toBe(u.optional || u.hasDefault);
    }
  });
});
