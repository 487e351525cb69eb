import { readdir, readFile, mkdtemp, rm, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import YAML from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyAdmin } from "../../src/cms/site.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const decapDist = join(dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")), "dist");
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "warta-admin-out-"));
  await copyAdmin(out, { contentDir: join(root, "content"), localBackendUrl: "http://127.0.0.1:4321/api/v1" });
}, 120_000);
afterAll(() => rm(out, { recursive: true, force: true }));

describe("copyAdmin", () => {
  it("publishes the admin page that loads Decap from /admin/decap/, then the preview data, then our bundle", async () => {
    const html = await readFile(join(out, "admin", "index.html"), "utf8");
    const scripts = [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(["decap/decap-cms.js", "preview-data.js", "warta-admin.js"]);
    expect(html).not.toMatch(/https?:\/\//);
    expect((await stat(join(out, "admin", "warta-admin.js"))).size).toBeGreaterThan(100_000);
  });

  it("keeps zod out of the editor's download: the bundle takes the schema's constants from constants.ts", async () => {
    const bundle = await readFile(join(out, "admin", "warta-admin.js"), "utf8");
    expect(bundle).not.toContain("$ZodType");
    expect(bundle.length).toBeLessThan(400_000);
  });

  it("copies Decap's whole dist folder (chunks and wasm included)", async () => {
    const expected = (await readdir(decapDist, { recursive: true })).sort();
    expect((await readdir(join(out, "admin", "decap"), { recursive: true })).sort()).toEqual(expected);
    expect(expected.some((f) => f.endsWith(".wasm"))).toBe(true);
  });

  it("writes a config pointing at the given decap-server, otherwise identical to the committed one", async () => {
    const local = YAML.parse(await readFile(join(out, "admin", "config.yml"), "utf8"));
    const committed = YAML.parse(await readFile(join(root, "admin", "config.yml"), "utf8"));
    expect(local.local_backend).toEqual({ url: "http://127.0.0.1:4321/api/v1" });
    expect({ ...local, local_backend: committed.local_backend }).toEqual(committed);
  });

  it("gives the preview the site settings, menu and divisions, and publishes the logo the admin shows", async () => {
    const sandbox = {
      window: {} as {
        WARTA_PREVIEW_DATA?: {
          site: { name: string; logo: string };
          menu: { items: unknown[] };
          divisions: { items: unknown[] };
        };
      },
    };
    runInNewContext(await readFile(join(out, "admin", "preview-data.js"), "utf8"), sandbox);
    const data = sandbox.window.WARTA_PREVIEW_DATA!;
    const site = YAML.parse(await readFile(join(root, "content", "_data", "site.yml"), "utf8"));
    expect(data.site.name).toBe(site.name);
    expect(data.menu.items.length).toBeGreaterThan(0);
    expect(data.divisions.items.length).toBeGreaterThan(0);
    expect((await stat(join(out, site.logo))).size).toBe((await stat(join(root, "content", site.logo))).size);
  });
});
