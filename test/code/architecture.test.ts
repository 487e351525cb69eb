/**
 * docs/arsitektur.md is the map a newcomer follows to the code of an SOP step in one hop: every
 * path it names must exist, every src/ folder must have its line, and every SOP step its row.
 * A file moved without updating the map fails here.
 */
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const MAP = "docs/arsitektur.md";

/** Repository paths written in backticks (`src/x.ts`, `content/_data/{menu,site}.yml`), braces expanded; globs left out. */
function namedPaths(text: string): string[] {
  const paths: string[] = [];
  for (const [, path] of text.matchAll(/`((?:src|scripts|test|admin|content|docs|\.github|\.ci)\/[^`\s*<]*)`/g)) {
    const brace = /\{([^}]+)\}/.exec(path!);
    if (brace) for (const part of brace[1]!.split(",")) paths.push(path!.replace(brace[0], part));
    else paths.push(path!);
  }
  return paths;
}

describe(MAP, () => {
  it("reads the paths a line names, braces expanded", () => {
    expect(namedPaths("see `src/a.ts` and `content/_data/{menu,site}.yml`, not `npm run x` or `scripts/*.ts`")).toEqual(
      ["src/a.ts", "content/_data/menu.yml", "content/_data/site.yml"],
    );
  });

  it("names only paths that exist", async () => {
    const text = await readFile(join(ROOT, MAP), "utf8");
    const named = namedPaths(text);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((path) => !existsSync(join(ROOT, path.replace(/\/$/, ""))))).toEqual([]);
  });

  it("has a line for every src/ folder and a row for every SOP step", async () => {
    const text = await readFile(join(ROOT, MAP), "utf8");
    const folders = (await readdir(join(ROOT, "src"), { withFileTypes: true })).filter((e) => e.isDirectory());
    expect(folders.filter((f) => !text.includes(`| \`src/${f.name}/\` |`)).map((f) => f.name)).toEqual([]);
    const steps = [...text.matchAll(/^\| (\d+)(?:–(\d+))? [A-Z]/gm)].flatMap(([, from, to]) => {
      const first = Number(from);
      return Array.from({ length: Number(to ?? from) - first + 1 }, (_, i) => first + i);
    });
    expect(steps.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
