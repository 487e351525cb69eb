/**
 * Every module the code needs is named where it is imported, so tsc, the reader and a search for
 * a file's users all see the dependency. An `import()` of a computed path (a variable, a
 * `new URL(...)`, a template with `${}`) hides it: src/review/run.ts once loaded the site build and
 * the social composer that way and carried a stale copy of `isPostable` as a fallback.
 */
import { readFile, readdir } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
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

/** Relative module paths a file imports (static, re-exported, or `import("literal")`), from the repository root. */
function relativeImports(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom|(?<![\w$.])import)\s*\(?\s*["'](\.{1,2}\/[^"'\n]+)["']/g)) {
    found.push(relative(ROOT, resolve(ROOT, dirname(file), match[1]!)));
  }
  return found;
}

/** Each file's relative imports, for every source file under `dir`. */
async function importGraph(dir: string): Promise<Map<string, string[]>> {
  const graph = new Map<string, string[]>();
  for (const file of await sourceFiles(dir))
    graph.set(file, relativeImports(file, await readFile(join(ROOT, file), "utf8")));
  return graph;
}

/** One path per import cycle found by a depth-first walk, e.g. `a.ts -> b.ts -> a.ts`. */
function cycles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, "open");
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === "open") found.push([...stack.slice(stack.indexOf(next)), next].join(" -> "));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, "done");
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

/** The top folder of a path under src/ (`src/social/compose.ts` → `social`). */
const area = (file: string): string => file.split("/")[1] ?? "";

/**
 * Edges between src/ folders that point the wrong way (DESIGN.md: a folder owns one concern).
 * Markdown is shared by the site, the review and social posts, so it lives in src/markdown and none
 * of them reaches into another's folder for it.
 */
const FORBIDDEN_EDGES: [from: string, to: string][] = [["social", "site"]];

/**
 * The base folders and all they may import from src/: everything else builds on them, never the
 * reverse (the CMS reads the content layer; the content layer knows nothing of Decap or the site).
 * A folder's `command.ts` is the command layer (what `scripts/*.ts` run), which wires areas together.
 */
const ONLY_DEPENDS_ON: Record<string, string[]> = {
  format: [],
  content: ["format"],
  markdown: ["content", "format"],
};

describe("imports", () => {
  it("recognises a computed import and accepts a literal one", () => {
    expect(computedImports(`const m = await import(url.href);`)).toEqual(["import(url.href);"]);
    expect(computedImports("await import(`./${name}.ts`)")).toHaveLength(1);
    expect(computedImports(`await import("../forge/github.ts"); type T = typeof import("x");`)).toEqual([]);
  });

  it("src/ and scripts/ import no module by a computed path", async () => {
    const offenders: string[] = [];
    for (const file of [...(await sourceFiles("src")), ...(await sourceFiles("scripts"))]) {
      for (const found of computedImports(await readFile(join(ROOT, file), "utf8")))
        offenders.push(`${file}: ${found}`);
    }
    expect(offenders.filter((o) => !BUILT_AT_RUN_TIME.includes(o))).toEqual([]);
  });

  it("finds an import cycle and the folder of an import", () => {
    const graph = new Map([
      ["src/a/x.ts", relativeImports("src/a/x.ts", `import { y } from "../b/y.ts";`)],
      [
        "src/b/y.ts",
        relativeImports("src/b/y.ts", `export type { X } from "../a/x.ts";\nconst z = await import('./z.ts');`),
      ],
      ["src/b/z.ts", []],
    ]);
    expect(graph.get("src/b/y.ts")).toEqual(["src/a/x.ts", "src/b/z.ts"]);
    expect(cycles(graph)).toEqual(["src/a/x.ts -> src/b/y.ts -> src/a/x.ts"]);
    expect(cycles(new Map([["src/a/x.ts", ["src/b/z.ts"]]]))).toEqual([]);
  });

  it("src/ has no import cycle (a module that needs part of another's neighbour gets that part as its own module)", async () => {
    expect(cycles(await importGraph("src"))).toEqual([]);
  });

  it("no src/ folder imports from a folder it must not depend on", async () => {
    const offenders: string[] = [];
    for (const [file, imports] of await importGraph("src")) {
      for (const target of imports) {
        const [from, to] = [area(file), area(target)];
        if (from === to || !target.startsWith("src/")) continue;
        const allowed = file.endsWith("/command.ts") ? undefined : ONLY_DEPENDS_ON[from];
        if (FORBIDDEN_EDGES.some((edge) => edge[0] === from && edge[1] === to) || (allowed && !allowed.includes(to))) {
          offenders.push(`${file} -> ${target}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });
});
