/** The parsed-front-matter cache: hits skip parsing, problems keep their lines, the file survives damage. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { YamlSource } from "../../src/content/source.ts";
import { YamlCache } from "../../src/content/yaml-cache.ts";
import { defaultData, makeContentFixture, removeContentFixture } from "./fixture.ts";

const made: string[] = [];
const temp = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "warta-yaml-cache-"));
  made.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => (dir.endsWith("content") ? removeContentFixture(dir) : rm(dir, { recursive: true, force: true }))));
});

const TEXT = "title: Rapat koordinasi\ntags:\n  - umkm\n  - pelatihan\n";

describe("YamlSource with a cache", () => {
  it("takes a known text's value from the cache without parsing, and still finds field lines", async () => {
    const cache = new YamlCache(path.join(await temp(), "front-matter.v8"));
    // A value no parse of TEXT could give: only the cache can have supplied it.
    cache.set(TEXT, { title: "dari cache" });
    const source = new YamlSource(TEXT, 2, cache);
    expect(source.syntaxIssues()).toEqual([]);
    expect(source.value()).toEqual({ title: "dari cache" });
    expect(source.lineOf(["tags", 1])).toBe(5);
  });

  it("stores a text parsed without errors, never one with errors", async () => {
    const cache = new YamlCache(path.join(await temp(), "front-matter.v8"));
    new YamlSource(TEXT, 2, cache).value();
    expect(cache.get(TEXT)).toEqual({ value: { title: "Rapat koordinasi", tags: ["umkm", "pelatihan"] } });

    const broken = "title: [rusak\n";
    const source = new YamlSource(broken, 2, cache);
    expect(source.syntaxIssues()).not.toEqual([]);
    expect(cache.get(broken)).toBeUndefined();
  });

  it("keeps what the last load used, and ignores a damaged file", async () => {
    const file = path.join(await temp(), "front-matter.v8");
    const first = new YamlCache(file);
    first.set("a: 1\n", { a: 1 });
    first.set("b: 2\n", { b: 2 });
    first.save();

    const second = new YamlCache(file);
    expect(second.get("a: 1\n")).toEqual({ value: { a: 1 } });
    second.save(); // "b" was not used: a file deleted since is forgotten
    const third = new YamlCache(file);
    expect(third.get("b: 2\n")).toBeUndefined();
    expect(third.get("a: 1\n")).toEqual({ value: { a: 1 } });

    await writeFile(file, "bukan cache");
    expect(new YamlCache(file).get("a: 1\n")).toBeUndefined();
  });
});

describe("loadContent with a cache folder", () => {
  it("gives the same content on a second load, and a cached entry's new problem its real line", async () => {
    const dir = await makeContentFixture();
    made.push(dir);
    const cacheDir = await temp();
    const first = await loadContent(dir, { cacheDir });
    expect(first.problems).toEqual([]);
    const again = await loadContent(dir, { cacheDir });
    expect(again.content).toEqual(first.content);

    // The album's front matter is unchanged (so cached), but its division no longer exists.
    const divisions = (defaultData.divisions.items as { id: string }[]).filter((d) => d.id !== "aptika");
    await writeFile(path.join(dir, "_data", "divisions.yml"), `items:\n${divisions.map((d) => `  - id: ${d.id}\n    name: ${d.id}\n`).join("")}`);
    const cached = await loadContent(dir, { cacheDir });
    const uncached = await loadContent(dir);
    const album = (problems: typeof cached.problems) => problems.find((p) => p.file === "content/galeri/pameran-teknologi.md");
    expect(album(cached.problems)).toMatchObject({ field: "division" });
    expect(album(cached.problems)).toEqual(album(uncached.problems));
  });
});
