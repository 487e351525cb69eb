/** Writing rendered pages: every page with an output path lands in its folder; nothing else is written. */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writePages } from "../../src/site/write.ts";

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("writePages", () => {
  it("writes many pages into nested folders, skipping pages without an output path", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "warta-write-"));
    const pages = Array.from({ length: 300 }, (_, i) => ({
      outputPath: path.join(dir!, "berita", `tulisan-${i}`, "index.html"),
      content: `<h1>Tulisan ${i}</h1>`,
    }));
    const count = await writePages([...pages, { outputPath: false, content: "tidak ditulis" }]);
    expect(count).toBe(300);
    expect((await readdir(path.join(dir, "berita"))).length).toBe(300);
    expect(await readFile(path.join(dir, "berita", "tulisan-299", "index.html"), "utf8")).toBe("<h1>Tulisan 299</h1>");
  });

  it("refuses a page whose template returned something other than text, naming it", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "warta-write-"));
    const outputPath = path.join(dir, "rusak", "index.html");
    await expect(writePages([{ outputPath, content: undefined }])).rejects.toThrow(/rusak\/index\.html/);
  });
});
