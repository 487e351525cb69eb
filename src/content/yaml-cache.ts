/**
 * Parsed front matter by content hash, so a rebuild parses only the YAML that changed: parsing
 * with positions (`yaml`) was ~60 % of loading a 4,000-item site. Only error-free values are kept;
 * the schema, divisions and media are still checked on every load, and a file with a problem is
 * parsed again, so its messages keep their line numbers. One file, written whole and renamed into
 * place; a missing or damaged one is simply rebuilt (it is a cache, not a record).
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { deserialize, serialize } from "node:v8";

/** Bump when the way values are produced changes (source.ts's parse options). */
const FORMAT = "warta-yaml-1";
const YAML_VERSION = (createRequire(import.meta.url)("yaml/package.json") as { version: string }).version;

export class YamlCache {
  readonly file: string;
  #known = new Map<string, unknown>();
  #used = new Map<string, unknown>();
  #added = 0;
  #loaded = false;

  constructor(file: string) {
    this.file = file;
  }

  get(text: string): { value: unknown } | undefined {
    this.#load();
    const key = keyOf(text);
    if (!this.#known.has(key)) return undefined;
    const value = this.#known.get(key);
    this.#used.set(key, value);
    return { value };
  }

  set(text: string, value: unknown): void {
    this.#load();
    const key = keyOf(text);
    if (!this.#known.has(key)) this.#added++;
    this.#known.set(key, value);
    this.#used.set(key, value);
  }

  /** Keeps what this load used (files deleted since drop out); writes only when that differs from the file. */
  save(): void {
    if (this.#added === 0 && this.#used.size === this.#known.size) return;
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, serialize({ format: FORMAT, yaml: YAML_VERSION, entries: this.#used }));
    renameSync(temporary, this.file);
    this.#known = new Map(this.#used);
    this.#added = 0;
  }

  #load(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    try {
      const saved = deserialize(readFileSync(this.file)) as { format?: string; yaml?: string; entries?: unknown };
      if (saved.format === FORMAT && saved.yaml === YAML_VERSION && saved.entries instanceof Map) this.#known = saved.entries as Map<string, unknown>;
    } catch {
      // No cache yet, or an unreadable one: everything is parsed.
    }
  }
}

function keyOf(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}
