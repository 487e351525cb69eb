/**
 * What the cached HTML depends on besides the Markdown: this folder's rendering code and the
 * versions of the packages it runs. Any change gives new cache keys, so no one has to remember
 * to bump a number, and an `npm update` cannot serve HTML from an older sanitiser.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Bump to invalidate every cache by hand (e.g. a change of output format in cache.ts). */
const FORMAT = "warta-markdown-2";

// The report comes from the content checks' walk (../content/body.ts and what it decides with).
const SOURCES = [
  "pipeline.ts",
  "gfm.ts",
  "schema.ts",
  "conventions.ts",
  "text.ts",
  "../content/body.ts",
  "../content/media.ts",
  "../content/media-types.ts",
];

const PACKAGES = [
  "unified",
  "remark-parse",
  "remark-gfm",
  "remark-rehype",
  "rehype-sanitize",
  "rehype-stringify",
  "micromark",
  "mdast-util-from-markdown",
  "mdast-util-to-hast",
  "hast-util-sanitize",
  "hast-util-to-html",
  "micromark-extension-gfm-autolink-literal",
  "micromark-extension-gfm-footnote",
  "micromark-extension-gfm-strikethrough",
  "micromark-extension-gfm-table",
  "micromark-extension-gfm-task-list-item",
  "mdast-util-gfm-autolink-literal",
  "mdast-util-gfm-footnote",
  "mdast-util-gfm-strikethrough",
  "mdast-util-gfm-table",
  "mdast-util-gfm-task-list-item",
];

const here = dirname(fileURLToPath(import.meta.url));

let cached: string | undefined;

export function pipelineVersion(): string {
  if (cached) return cached;
  const hash = createHash("sha256").update(FORMAT);
  for (const source of SOURCES) hash.update(`\0${source}\0`).update(readFileSync(join(here, source)));
  for (const name of PACKAGES) hash.update(`\0${name}@${packageVersion(name)}`);
  cached = hash.digest("base64url").slice(0, 16);
  return cached;
}

/** The version Node's resolution would load: the nearest node_modules up from here (packages' exports hide package.json). */
function packageVersion(name: string): string {
  for (let dir = here; ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", name, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? "?";
    if (dirname(dir) === dir) return "missing";
  }
}
