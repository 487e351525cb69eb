/**
 * The content loader and the Markdown pipeline the site uses. TEMPORARY: the Markdown part is a
 * stand-in until src/site/markdown/index.ts lands; then this file only re-exports.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import matter from "gray-matter";
import { parse as parseYaml } from "yaml";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { collections, dataFiles, type CollectionName } from "../content/schema.ts";
import type { Content, Entries, Entry } from "../content/model.ts";
import { toInstant } from "../content/dates.ts";
import { slugFromPath, urlFor } from "../content/urls.ts";

export { ContentError, loadValidContent } from "../content/load.ts";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

export class MarkdownCache {
  constructor(_options: { dir?: string } = {}) {}
}

export async function renderBodies(bodies: string[], _options: { cache?: MarkdownCache; onProgress?: (done: number, total: number) => void } = {}): Promise<string[]> {
  return bodies.map((b) => String(processor.processSync(b)));
}
