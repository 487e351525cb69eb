/**
 * Content-hash cache of rendered Markdown, so a warm rebuild never runs unified.
 * Key: sha256(pipeline version, site host, Markdown). One pack file per cache directory: a
 * small JSON index plus the UTF-8 bodies back to back, decoded only when looked up. For 4,000
 * posts that loads and saves faster than one file per entry or one JSON document (scripts/bench/markdown.ts).
 * Entries unused by the last KEEP_GENERATIONS saves are dropped, so edited posts do not grow it forever.
 * A damaged file is ignored (and replaced on the next save): it is a cache, not a record.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { RenderedMarkdown } from "./pipeline.ts";
import type { BodyReport } from "../content/body.ts";
import { siteHostOf } from "./conventions.ts";
import { pipelineVersion } from "./version.ts";

const MAGIC = Buffer.from("WARTAMD2");
const STORE_FILE = "rendered.pack";
const KEEP_GENERATIONS = 5;

/** `.cache/markdown` in the project root (this file is src/markdown/cache.ts). */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL("../../.cache/markdown", import.meta.url));

interface PackIndex {
  generation: number;
  keys: string[];
  /** Generation in which each entry was last used. */
  used: number[];
  /** Byte lengths, three per entry: HTML, text, then the report as JSON (0 bytes: none). */
  sizes: number[];
}

interface PackedEntry {
  offset: number;
  htmlBytes: number;
  textBytes: number;
  reportBytes: number;
  used: number;
}

export interface MarkdownCacheStats {
  hits: number;
  misses: number;
  /** Entries found in the pack file when it was loaded. */
  loaded: number;
  /** Entries written by the last save. */
  saved: number;
  /** Why the pack file was ignored, if it was. */
  discarded?: string;
}

export interface MarkdownCacheOptions {
  /** Where the pack file lives (default `.cache/markdown` in the project root). */
  dir?: string;
}

export class MarkdownCache {
  readonly dir: string;
  readonly file: string;
  readonly stats: MarkdownCacheStats = { hits: 0, misses: 0, loaded: 0, saved: 0 };
  private body: Buffer = Buffer.alloc(0);
  private packed = new Map<string, PackedEntry>();
  private fresh = new Map<string, RenderedMarkdown>();
  private touched = new Set<string>();
  private generation = 1;
  private loaded = false;

  constructor(options: MarkdownCacheOptions = {}) {
    this.dir = resolve(options.dir ?? DEFAULT_CACHE_DIR);
    this.file = join(this.dir, STORE_FILE);
  }

  /** The cache key of a body as rendered for a site (`siteUrl` changes which links are external). */
  key(md: string, siteUrl?: string): string {
    return createHash("sha256")
      .update(`${pipelineVersion()}\0${siteHostOf(siteUrl)}\0`)
      .update(md)
      .digest("base64url");
  }

  get(key: string): RenderedMarkdown | undefined {
    this.load();
    const found = this.fresh.get(key) ?? this.unpack(key);
    if (found) {
      this.stats.hits++;
      this.touched.add(key);
    } else {
      this.stats.misses++;
    }
    return found;
  }

  set(key: string, rendered: RenderedMarkdown): void {
    this.load();
    this.fresh.set(
      key,
      rendered.report
        ? { html: rendered.html, text: rendered.text, report: rendered.report }
        : { html: rendered.html, text: rendered.text },
    );
    this.touched.add(key);
  }

  get size(): number {
    this.load();
    let size = this.packed.size;
    for (const key of this.fresh.keys()) if (!this.packed.has(key)) size++;
    return size;
  }

  /** Write the pack file if anything was added; returns whether it wrote. */
  save(): boolean {
    this.load();
    if (this.fresh.size === 0) return false;
    const oldest = this.generation - KEEP_GENERATIONS;
    const index: PackIndex = { generation: this.generation, keys: [], used: [], sizes: [] };
    const parts: Buffer[] = [];
    for (const [key, entry] of this.packed) {
      if (this.fresh.has(key)) continue;
      const used = this.touched.has(key) ? this.generation : entry.used;
      if (used <= oldest) continue;
      index.keys.push(key);
      index.used.push(used);
      index.sizes.push(entry.htmlBytes, entry.textBytes, entry.reportBytes);
      parts.push(
        this.body.subarray(entry.offset, entry.offset + entry.htmlBytes + entry.textBytes + entry.reportBytes),
      );
    }
    for (const [key, rendered] of this.fresh) {
      const html = Buffer.from(rendered.html, "utf8");
      const text = Buffer.from(rendered.text, "utf8");
      const report = Buffer.from(rendered.report ? JSON.stringify(rendered.report) : "", "utf8");
      index.keys.push(key);
      index.used.push(this.generation);
      index.sizes.push(html.length, text.length, report.length);
      parts.push(html, text, report);
    }
    const header = Buffer.from(JSON.stringify(index), "utf8");
    const headerLength = Buffer.alloc(4);
    headerLength.writeUInt32LE(header.length);
    const body = Buffer.concat(parts);

    mkdirSync(this.dir, { recursive: true });
    // Write then rename: a build killed half-way leaves the old pack, never half a new one.
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([MAGIC, headerLength, header, body]));
    renameSync(temporary, this.file);

    this.adopt(index, body);
    this.fresh.clear();
    this.stats.saved = index.keys.length;
    return true;
  }

  private load(): void {
    if (this.loaded) return;
    this.loaded = true;
    let file: Buffer;
    try {
      file = readFileSync(this.file);
    } catch {
      return; // No pack yet.
    }
    try {
      const { index, body } = parsePack(file);
      this.adopt(index, body);
      this.generation = index.generation + 1;
      this.stats.loaded = index.keys.length;
    } catch (error) {
      this.stats.discarded = error instanceof Error ? error.message : String(error);
    }
  }

  private adopt(index: PackIndex, body: Buffer): void {
    this.body = body;
    this.packed = new Map();
    let offset = 0;
    for (let i = 0; i < index.keys.length; i++) {
      const htmlBytes = index.sizes[3 * i]!;
      const textBytes = index.sizes[3 * i + 1]!;
      const reportBytes = index.sizes[3 * i + 2]!;
      this.packed.set(index.keys[i]!, { offset, htmlBytes, textBytes, reportBytes, used: index.used[i]! });
      offset += htmlBytes + textBytes + reportBytes;
    }
  }

  private unpack(key: string): RenderedMarkdown | undefined {
    const entry = this.packed.get(key);
    if (!entry) return undefined;
    const body = this.body;
    const htmlEnd = entry.offset + entry.htmlBytes;
    const textEnd = htmlEnd + entry.textBytes;
    let html: string | undefined;
    let text: string | undefined;
    const rendered: RenderedMarkdown = {
      // Decoded when asked for: the loader wants only the report, most pages only the HTML.
      get html() {
        return (html ??= body.toString("utf8", entry.offset, htmlEnd));
      },
      get text() {
        return (text ??= body.toString("utf8", htmlEnd, textEnd));
      },
    };
    if (entry.reportBytes > 0) {
      try {
        rendered.report = JSON.parse(body.toString("utf8", textEnd, textEnd + entry.reportBytes)) as BodyReport;
      } catch {
        return undefined; // a damaged entry is a miss: the body is rendered again
      }
    }
    return rendered;
  }
}

function parsePack(file: Buffer): { index: PackIndex; body: Buffer } {
  if (file.length < MAGIC.length + 4 || !file.subarray(0, MAGIC.length).equals(MAGIC))
    throw new Error("not a Warta markdown pack");
  const headerLength = file.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  if (headerStart + headerLength > file.length) throw new Error("truncated index");
  const index = JSON.parse(file.toString("utf8", headerStart, headerStart + headerLength)) as PackIndex;
  const { generation, keys, used, sizes } = index;
  if (
    !Number.isInteger(generation) ||
    !Array.isArray(keys) ||
    !Array.isArray(used) ||
    !Array.isArray(sizes) ||
    used.length !== keys.length ||
    sizes.length !== 3 * keys.length ||
    !keys.every((key) => typeof key === "string") ||
    !used.every(Number.isInteger) ||
    !sizes.every((size) => Number.isInteger(size) && size >= 0)
  ) {
    throw new Error("malformed index");
  }
  const body = file.subarray(headerStart + headerLength);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total !== body.length) throw new Error(`body is ${body.length} bytes, index says ${total}`);
  return { index, body };
}
