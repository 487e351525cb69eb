/**
 * Links and images in bodies may only name files under the content's media folder, of a type and
 * size the site publishes (media-types.ts), never an exempt item's files: the check reports each
 * at its file:line, whichever way the link is written, and with the build's own parse.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent, type LoadOptions } from "../../src/content/load.ts";
import { mediaSitePath } from "../../src/content/media.ts";
import { MarkdownCache, renderingInspector } from "../../src/markdown/index.ts";
import { defaultEntries, makeContentFixture, markdown, removeContentFixture, tinyPdf, type FixtureOptions } from "./fixture.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeContentFixture));
});

async function problemsOf(options: FixtureOptions, prepare?: (dir: string) => Promise<void>, load: LoadOptions = {}) {
  const dir = await makeContentFixture(options);
  made.push(dir);
  await prepare?.(dir);
  return (await loadContent(dir, load)).problems;
}

/** A page whose body starts on line 5 of its file. */
const PAGE = "halaman/uji.md";
const page = (...body: string[]) => markdown({ title: "Halaman uji", summary: "Ringkasan halaman uji." }, `${body.join("\n")}\n`);
const EXEMPT_SOURCE = "/media/../informasi-publik/laporan-keuangan-2024.md";

describe("a body link that leaves the media folder", () => {
  it("is refused when written across a line break, at the line of the link, with the build's parse too", async () => {
    const options = { files: { [PAGE]: page("Paragraf pembuka.", "", "Dokumen [x](", `${EXEMPT_SOURCE})`) } };
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), "warta-md-cache-"));
    try {
      const inspector = () => renderingInspector({ cache: new MarkdownCache({ dir: cacheDir }) });
      // Here, with the renderer's parse, and again from the renderer's cache (a warm build).
      for (const load of [{}, { inspectBodies: inspector() }, { inspectBodies: inspector() }]) {
        const problems = await problemsOf(options, undefined, load);
        expect(problems).toEqual([
          {
            file: `content/${PAGE}`,
            line: 7,
            field: "body",
            rule: "path-media",
            message: `path berkas "${EXEMPT_SOURCE}" keluar dari folder content/media`,
            fix: expect.stringContaining("tautkan berkas di dalam folder media"),
          },
        ]);
      }
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it("is not hidden by a line that only looks like a code fence (``` with a backtick in its info)", async () => {
    // CommonMark: a backtick fence's info string may not contain a backtick, so this is a paragraph.
    const problems = await problemsOf({ files: { [PAGE]: page("``` a`b", `[x](${EXEMPT_SOURCE})`, "```") } });
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([[6, "body", `path berkas "${EXEMPT_SOURCE}" keluar dari folder content/media`]]);
  });

  it("is refused in every spelling a browser, server or file system may resolve differently", async () => {
    const spellings = [
      "/media/%2e%2e/informasi-publik/x.md",
      "/media/..%2f..%2fetc/hostname",
      "/media/2025/..%5c..%5cx.pdf",
      "/media\\..\\informasi-publik\\x.md",
      "//media/dokumen/materi.pdf",
      "/MEDIA/../x.pdf",
      "/media/./dokumen/materi.pdf",
      "/media//dokumen/materi.pdf",
      "/media/dokumen/%00materi.pdf",
    ];
    for (const url of spellings) expect(mediaSitePath(url), url).toEqual({ finding: expect.objectContaining({ message: expect.stringContaining("keluar dari folder") }) });
    const problems = await problemsOf({ files: { [PAGE]: page(...spellings.map((url) => `[x](<${url.replace(/\\/g, "\\\\")}>)`)) } });
    expect(problems.map((p) => p.line)).toEqual(spellings.map((_, i) => 5 + i));
    // Plain references still name their file; other addresses are not media at all.
    expect(mediaSitePath("/media/dokumen/materi%20final.pdf?v=2#hal-3")).toEqual({ sitePath: "/media/dokumen/materi final.pdf" });
    expect(mediaSitePath("/berita/")).toBeUndefined();
    expect(mediaSitePath("https://contoh.go.id/media/../x")).toBeUndefined();
  });
});

describe("symlinks inside the media folder", () => {
  // Each folder's real path is looked up once per load and a plain file is then one lstat
  // (media.ts): a link anywhere on the way, folder or file, must still be followed and judged.
  it("refuses a file reached through a linked folder that leaves content/media, and accepts links that stay inside", async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), "warta-luar-"));
    try {
      await writeFile(path.join(outside, "rahasia.pdf"), await tinyPdf());
      const problems = await problemsOf(
        {
          files: {
            [PAGE]: page("[a](/media/luar/rahasia.pdf)", "[b](/media/salinan/materi.pdf)", "[c](/media/dokumen/tautan.pdf)", "[d](/media/dokumen/hilang-tautan.pdf)"),
          },
        },
        async (dir) => {
          await symlink(outside, path.join(dir, "media/luar"));
          await symlink(path.join(dir, "media/dokumen"), path.join(dir, "media/salinan"));
          await symlink("materi.pdf", path.join(dir, "media/dokumen/tautan.pdf"));
          await mkdir(path.join(dir, "media/kosong"));
          await symlink(path.join(dir, "media/kosong/tidak-ada.pdf"), path.join(dir, "media/dokumen/hilang-tautan.pdf"));
        },
      );
      expect(problems.map((p) => [p.line, p.message])).toEqual([
        [5, "berkas content/media/luar/rahasia.pdf adalah tautan (symlink) ke luar folder content/media"],
        [8, "berkas content/media/dokumen/hilang-tautan.pdf tidak ditemukan"],
      ]);
    } finally {
      await rm(outside, { recursive: true, force: true });
    }
  });
});

describe("published types and sizes", () => {
  it("refuses SVG, HTML, JavaScript and Markdown files linked or shown from a body, with a fix", async () => {
    const problems = await problemsOf({
      files: {
        [PAGE]: page("![Logo](/media/uji/evil.svg)", "[halaman](/media/uji/evil.html)", "[skrip](/media/uji/evil.js)", "[sumber](/media/uji/catatan.md)"),
        "media/uji/evil.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "media/uji/evil.html": "<script>alert(1)</script>",
        "media/uji/evil.js": "alert(1)",
        "media/uji/catatan.md": "# catatan",
      },
    });
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [5, "body"],
      [6, "body"],
      [7, "body"],
      [8, "body"],
    ]);
    expect(problems[0]!.message).toBe("berkas content/media/uji/evil.svg berjenis .svg, yang tidak boleh diterbitkan di situs");
    expect(problems[0]!.fix).toContain("ekspor gambar SVG sebagai PNG");
    expect(problems[1]!.message).toBe("berkas content/media/uji/evil.html berjenis .html, yang tidak boleh diterbitkan di situs");
    expect(problems[2]!.message).toContain("berjenis .js");
    expect(problems[3]!.fix).toContain("tautkan alamat halamannya");
  });

  it("refuses a document or video shown as an image", async () => {
    const problems = await problemsOf({ files: { [PAGE]: page("![Materi](/media/dokumen/materi.pdf)") } });
    expect(problems).toEqual([expect.objectContaining({ line: 5, message: 'gambar "/media/dokumen/materi.pdf" bukan berkas gambar', fix: expect.stringContaining("[teks](/media/dokumen/materi.pdf)") })]);
  });

  it("refuses an SVG linked (not shown) and tells the editor to export a PNG", async () => {
    const problems = await problemsOf({ files: { [PAGE]: page("[unduh logo](/media/uji/logo.svg)"), "media/uji/logo.svg": "<svg/>" } });
    expect(problems).toEqual([expect.objectContaining({ line: 5, field: "body", message: expect.stringContaining(".svg"), fix: expect.stringContaining("PNG") })]);
  });

  it("refuses an archive of any size and a file over its type's limit (sparse files)", async () => {
    const problems = await problemsOf(
      { files: { [PAGE]: page("[arsip](/media/besar.zip)", "[data](/media/besar.csv)", "[kecil](/media/dokumen/materi.pdf)"), "media/besar.zip": "", "media/besar.csv": "" } },
      async (dir) => {
        await truncate(path.join(dir, "media/besar.zip"), 200 * 1024 * 1024);
        await truncate(path.join(dir, "media/besar.csv"), 11 * 1024 * 1024);
      },
    );
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [5, "berkas content/media/besar.zip berjenis .zip, yang tidak boleh diterbitkan di situs"],
      [6, "berkas content/media/besar.csv berukuran 11 MB, melebihi batas 10 MB"],
    ]);
    expect(problems[0]!.fix).toContain("satu per satu");
  });
});

describe("files of exempt (dikecualikan) information", () => {
  const exempt = markdown(
    {
      ...defaultEntries["informasi-publik/laporan-keuangan-2024.md"]!.frontMatter,
      title: "Data pribadi pemohon",
      category: "dikecualikan",
      files: [{ file: "/media/rahasia/data-pemohon.pdf", title: "Data pemohon" }],
    },
    "Lihat juga [formulir](/media/rahasia/formulir.pdf).\n",
  );

  it("may not be linked or attached by any other entry", async () => {
    const pdf = await tinyPdf();
    const problems = await problemsOf({
      files: {
        "informasi-publik/data-pemohon.md": exempt,
        "media/rahasia/data-pemohon.pdf": pdf,
        "media/rahasia/formulir.pdf": pdf,
        [PAGE]: page("Unduh [data](/media/rahasia/data-pemohon.pdf).", "", "Dan [formulir](/media/rahasia/formulir.pdf)."),
        "berita/2025-11-06-lampiran.md": markdown({
          ...defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!.frontMatter,
          attachments: [{ file: "/media/rahasia/data-pemohon.pdf", title: "Data" }],
        }),
      },
    });
    expect(problems.map((p) => [p.file, p.line, p.field])).toEqual([
      ["content/berita/2025-11-06-lampiran.md", 13, "attachments.0.file"],
      [`content/${PAGE}`, 5, "body"],
      [`content/${PAGE}`, 7, "body"],
    ]);
    expect(problems[0]!.message).toBe(
      "berkas /media/rahasia/data-pemohon.pdf adalah berkas informasi yang dikecualikan (content/informasi-publik/data-pemohon.md) dan tidak boleh diterbitkan",
    );
    expect(problems[0]!.fix).toContain("hapus tautan atau lampiran ini");
  });
});

describe("npm run check", () => {
  it("exits 1 and names file:line, field and fix for a link that leaves the media folder", async () => {
    const dir = await makeContentFixture({ files: { [PAGE]: page("Dokumen [x](", `${EXEMPT_SOURCE})`) } });
    made.push(dir);
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", "scripts/check.ts", "--dir", dir], { cwd: root }, (error, out) =>
        resolve({ code: error ? Number(error.code) : 0, stdout: out }),
      );
    });
    expect(code).toBe(1);
    expect(stdout).toContain(`content/${PAGE}:5  body  path berkas "${EXEMPT_SOURCE}" keluar dari folder content/media  → tautkan berkas di dalam folder media`);
  });
});
