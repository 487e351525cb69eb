/**
 * Every module the code needs is named where it is imported, so tsc, the reader and a search for
 * a file's users all see the dependency. An `import()` of a computed path (a variable, a
 * `new URL(...)`, a template with `${}`) hides it: src/review/run.ts once loaded the site build and
 * the social composer that way and carried a stale copy of `isPostable` as a fallback.
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function sourceFiles(dir: string): Promise<string[]> {
  const names = await readdir(join(ROOT, dir), { recursive: true });
  return names.filter((n) => /\.(ts|tsx|mts)$/.test(n)).map((n) => join(dir, n));
}

/** `import(` whose argument is not a plain string literal (quotes, or a backtick string without `${`). */
function computedImports(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?<![\w$.])import\s*\(\s*/g)) {
    const rest = text.slice(match.index + match[0].length);
    const literal = /^("[^"\n]*"|'[^'\n]*'|`[^`$]*`)\s*[,)]/.test(rest);
    if (!literal) found.push(`${match[0]}${rest.split("\n")[0]}`.trim());
  }
  return found;
}

/**
 * The imports of a module made at run time: Decap's serialisers bundled by esbuild for Node
 * (Decap ships them only as browser modules), and the admin's content-check chunk, loaded on the
 * first save so the admin's first load stays small. Their sources are named as literals in their
 * entries (decap-serialisers.ts, admin/check.ts) and their types by `import type`.
 */
const BUILT_AT_RUN_TIME = [
  "src/cms/decap-serialisers.ts: import(pathToFileURL(file).href)) as DecapSerialisers;",
  "src/cms/pre-save.ts: import(new URL(CHECK_CHUNK, scriptUrl).href) as Promise<PreSaveCheck>;",
];

describe("imports", () => {
  it("recognises a computed import and accepts a literal one", () => {
    expect(computedImports(`const m = await import(url.href);`)).toEqual(["import(url.href);"]);
    expect(computedImports("await import(`./${name}.ts`)")).toHaveLength(1);
    expect(computedImports(`await import("../forge/github.ts"); type T = typeof import("x");`)).toEqual([]);
  });

  it("src/ and scripts/ import no module by a computed path", async () => {
    const offenders: string[] = [];
    for (const file of [...(await sourceFiles("src")), ...(await sourceFiles("scripts"))]) {
      for (const found of computedImports(await readFile(join(ROOT, file), "utf8"))) offenders.push(`${file}: ${found}`);
    }
    expect(offenders.filter((o) => !BUILT_AT_RUN_TIME.includes(o))).toEqual([]);
  });
});
