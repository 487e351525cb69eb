/**
 * The build publishes only media files under the content's media folder, of an allowed type and
 * size, never an exempt item's files: a body that tries anything else makes the build refuse
 * before it reads or writes anything, whatever the output depth, and the previous output stays
 * byte-for-byte as it was (the same guarantee as failure.test.ts).
 */
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../../src/site/build.ts";
import {
  defaultEntries,
  makeContentFixture,
  markdown,
  removeContentFixture,
  tinyPdf,
  tinyPng,
} from "../content/fixture.ts";
import { listFiles, SAMPLE_NOW, treeHashes as snapshot } from "./helpers.ts";

let contentDir: string;
let root: string;
let out: string;
let cacheDir: string;
const SENTINEL = "rahasia-di-luar-content.txt";
const SECRET = "ISI-RAHASIA-8f3a";

/** Every file under the fixture's root that is not in the output folder. */
async function outsideOutput(): Promise<string[]> {
  return (await listFiles(root)).filter((f) => !join(root, f).startsWith(out + "/")).sort();
}

const build = () => buildSite({ contentDir, outputDir: out, now: SAMPLE_NOW, quiet: true, search: false, cacheDir });
const refusal = () =>
  build().then(
    () => undefined,
    (e: unknown) => e as Error,
  );

const exemptEntry = markdown(
  {
    ...defaultEntries["informasi-publik/laporan-keuangan-2024.md"]!.frontMatter,
    title: "Data pribadi pemohon dan pelapor",
    category: "dikecualikan",
    files: [{ file: "/media/rahasia/data-pemohon.pdf", title: "Data pemohon" }],
  },
  "![Foto pemohon](/media/rahasia/foto.png)\n\nUnduh [formulir](/media/rahasia/formulir.pdf).\n",
);

beforeAll(async () => {
  const pdf = await tinyPdf();
  contentDir = await makeContentFixture({
    files: {
      "informasi-publik/data-pemohon.md": exemptEntry,
      "media/rahasia/data-pemohon.pdf": pdf,
      "media/rahasia/formulir.pdf": pdf,
      "media/rahasia/foto.png": await tinyPng(),
      "media/uji/evil.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      "media/uji/evil.html": "<script>alert(1)</script>",
    },
  });
  root = dirname(contentDir);
  await writeFile(join(root, SENTINEL), SECRET);
  // Three folders deep, as with `--out a/b/c/_site`.
  out = join(root, "a", "b", "c", "_site");
  await mkdir(dirname(out), { recursive: true });
  cacheDir = await mkdtemp(join(os.tmpdir(), "warta-media-cache-"));
  await build();
});

afterAll(async () => {
  if (contentDir) await removeContentFixture(contentDir);
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
});

describe("media in the build", () => {
  it("publishes none of an exempt item's files, and refuses a public entry that links one, keeping the previous output", async () => {
    const files = await listFiles(out);
    expect(files).toContain("media/dokumen/materi.pdf"); // the public attachment is there
    expect(files.filter((f) => f.includes("rahasia") || f.includes("data-pemohon"))).toEqual([]);
    const before = await snapshot(out);
    const pdf = createHash("sha256")
      .update(await tinyPdf())
      .digest("hex");
    // The exempt PDFs' bytes appear only where the public attachment (the same fixture PDF) is.
    expect([...before].filter(([, hash]) => hash === pdf).map(([f]) => f)).toEqual(["media/dokumen/materi.pdf"]);

    const news = join(contentDir, "berita", "2025-11-06-formulir.md");
    await writeFile(
      news,
      markdown(
        { ...defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!.frontMatter, title: "Formulir pemohon" },
        "Unduh [formulir](/media/rahasia/formulir.pdf).\n",
      ),
    );
    try {
      const error = await refusal();
      expect(error?.name).toBe("ContentError");
      expect(error?.message).toContain(
        "content/berita/2025-11-06-formulir.md:17  body  berkas /media/rahasia/formulir.pdf adalah berkas informasi yang dikecualikan",
      );
      expect(await snapshot(out)).toEqual(before);
    } finally {
      await rm(news);
    }
  });

  it("refuses links out of the media folder and active file types, reading and writing nothing outside", async () => {
    const before = await snapshot(out);
    // A file system that records reads: the sentinel's access time must not move.
    const sentinel = join(root, SENTINEL);
    await utimes(sentinel, new Date(0), new Date());
    const probe = join(root, "probe.txt");
    await writeFile(probe, "x");
    await utimes(probe, new Date(0), new Date());
    await readFile(probe);
    const recordsReads = (await stat(probe)).atimeMs > 0;
    await rm(probe);

    const hostile = join(contentDir, "halaman", "tautan-jahat.md");
    await writeFile(
      hostile,
      markdown(
        { title: "Tautan jahat", summary: "Halaman yang mencoba keluar dari folder media." },
        [
          `Baca [y](\n/media/../../${SENTINEL})`, // body lines 1-2: across a line break, out of content/
          "",
          "Dokumen [x](", // 4
          "/media/../informasi-publik/data-pemohon.md)",
          "",
          "``` a`b", // 7: not a fence
          "[z](/media/../../../../../etc/hostname)",
          "",
          "[svg](/media/uji/evil.svg) dan [html](/media/uji/evil.html)", // 10
        ].join("\n") + "\n",
      ),
    );
    const outsideBefore = await outsideOutput();
    try {
      const error = await refusal();
      expect(error?.name).toBe("ContentError");
      const lines = error!.message.split("\n").filter((l) => l.startsWith("content/halaman/tautan-jahat.md:"));
      expect(lines.map((l) => l.split("  ").slice(0, 2).join(" "))).toEqual([
        "content/halaman/tautan-jahat.md:5 body",
        "content/halaman/tautan-jahat.md:8 body",
        "content/halaman/tautan-jahat.md:12 body",
        "content/halaman/tautan-jahat.md:14 body",
        "content/halaman/tautan-jahat.md:14 body",
      ]);
      for (const line of lines) expect(line).toMatch(/ {2}→ \S/);
      expect(await snapshot(out)).toEqual(before);
      expect(await outsideOutput()).toEqual(outsideBefore);
      for (const [file] of before)
        expect(await readFile(join(out, file), "utf8").then((t) => t.includes(SECRET))).toBe(false);
      if (recordsReads) expect((await stat(sentinel)).atimeMs).toBe(0);
    } finally {
      await rm(hostile);
    }
    // Without the page the same content builds again, and nothing was left next to the output.
    await build();
    expect((await readdir(dirname(out))).filter((n) => n !== "_site")).toEqual([]);
  });
});
