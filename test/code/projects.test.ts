/** Every test file runs in exactly one vitest project (vitest.config.ts), chosen by its path. */
import { glob } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PROJECTS } from "../../vitest.config.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

async function files(include: string[], exclude: string[] = []): Promise<string[]> {
  const found = new Set<string>();
  for (const pattern of include) for await (const file of glob(pattern, { cwd: ROOT, exclude })) found.add(file);
  return [...found].sort();
}

describe("vitest projects", () => {
  it("place every test file in exactly one project", async () => {
    const all = await files(["test/**/*.test.{ts,tsx}"]);
    const owners = new Map<string, string[]>(all.map((f) => [f, []]));
    for (const [name, project] of Object.entries(PROJECTS)) {
      for (const file of await files(project.include, project.exclude)) owners.get(file)?.push(name);
    }
    expect([...owners].filter(([, names]) => names.length !== 1)).toEqual([]);
    expect(all.length).toBeGreaterThan(50);
  });

  it("send builds, commands and browsers to the serial projects by name", async () => {
    const placed = async (name: keyof typeof PROJECTS) => files(PROJECTS[name].include, PROJECTS[name].exclude);
    expect(await placed("browser")).toEqual(
      expect.arrayContaining(["test/e2e/admin.test.ts", "test/e2e/site.test.ts", "test/monev/browser.test.ts"]),
    );
    expect(await placed("integration")).toEqual(
      expect.arrayContaining(["test/site/site.int.test.ts", "test/deploy/releases.int.test.ts"]),
    );
    expect(await placed("unit")).toEqual(
      expect.arrayContaining(["test/code/projects.test.ts", "test/site/components.test.tsx"]),
    );
  });
});
