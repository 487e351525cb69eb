/**
 * A failed build changes nothing: invalid content is reported with every problem before anything
 * is written, a failure inside Eleventy removes its temporary folder, and in both cases the
 * previous output stays byte-for-byte as it was.
 */
import { readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COLLECTIONS, type CollectionName } from "../../src/content/constants.ts";
import { loadContent } from "../../src/content/load.ts";
import { addressOwner, collectionUrl, siteAddress } from "../../src/content/urls.ts";
import { buildSite } from "../../src/site/build.ts";
import { makeContentFixture, markdown, removeContentFixture } from "../content/fixture.ts";
import { SAMPLE_NOW, treeHashes } from "./helpers.ts";

let contentDir: string;
let out: string;
let before: Map<string, string>;

/** A valid news file with its own title and date. */
const newsFile = (title: string, date: string) =>
  markdown(
    {
      title,
      date,
      summary: "Ringkasan berita baru untuk daftar dan media sosial.",
      division: "ikp",
      cover: { src: "/media/2025/pelatihan.png", alt: "Peserta pelatihan di aula" },
      author: "Tim Humas",
    },
    "Isi berita.",
  );

/** Folders next to the output that a build left behind. */
async function leftovers(): Promise<string[]> {
  return (await readdir(dirname(out))).filter((n) => n !== "_site" && n.startsWith("_site"));
}

beforeAll(async () => {
  contentDir = await makeContentFixture();
  out = join(dirname(contentDir), "_site");
  await buildSite({ contentDir, outputDir: out, now: SAMPLE_NOW, quiet: true, search: false });
  before = await treeHashes(out);
});

afterAll(async () => {
  if (contentDir) await removeContentFixture(contentDir);
});

describe("a failed build", () => {
  it("the first build produced a site to protect", () => {
    expect(before.has("index.html")).toBe(true);
    expect(before.size).toBeGreaterThan(20);
  });

  it("invalid content throws the loader's problem list and leaves the output untouched", async () => {
    const broken = join(contentDir, "berita", "2025-11-05-rusak.md");
    await writeFile(broken, markdown({ title: "Rusak", date: "kemarin", division: "tidak-ada" }, "Isi"));
    try {
      const error = await buildSite({ contentDir, outputDir: out, now: SAMPLE_NOW, quiet: true, search: false }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.name).toBe("ContentError");
      expect(error?.message).toContain("2025-11-05-rusak.md");
      // Several problems of the same file, all listed at once.
      expect(error?.message).toMatch(/summary|Ringkasan/);
      expect(error?.message).toMatch(/date|tanggal/i);
      expect(await treeHashes(out)).toEqual(before);
      expect(await leftovers()).toEqual([]);
    } finally {
      await rm(broken);
    }
  });

  it("a failure after the pages were written removes the temporary folder and keeps the old output", async () => {
    // The last step before going live fails (the admin copy, say): the written pages must not go live.
    const failing = async (dir: string) => {
      expect(await readdir(dir)).toContain("index.html");
      throw new Error("simulated failure before publishing");
    };
    await expect(
      buildSite({ contentDir, outputDir: out, now: SAMPLE_NOW, quiet: true, search: false, beforePublish: failing }),
    ).rejects.toThrow(/simulated failure before publishing/);
    expect(await treeHashes(out)).toEqual(before);
    expect(await leftovers()).toEqual([]);
  });

  it("a page that takes a reserved address (the search page) is refused before anything is written", async () => {
    const clash = join(contentDir, "halaman", "cari.md");
    await writeFile(
      clash,
      markdown(
        { title: "Cara mencari", summary: "Halaman yang bertabrakan dengan halaman pencarian.", date: "2025-01-01" },
        "Isi",
      ),
    );
    try {
      await expect(
        buildSite({ contentDir, outputDir: out, now: SAMPLE_NOW, quiet: true, search: false }),
      ).rejects.toThrow(/halaman\/cari\.md:1 .*alamat \/cari\/ sudah dipakai oleh halaman pencarian/);
      expect(await treeHashes(out)).toEqual(before);
      expect(await leftovers()).toEqual([]);
    } finally {
      await rm(clash);
    }
  });

  // Issue 10 hole 5: the check passed, the build then stopped on Eleventy's DuplicatePermalinkOutputError.
  it("every page the build generated for the site itself is an address the check refuses to any entry", async () => {
    const { content } = await loadContent(contentDir);
    const entryUrls = new Set(
      Object.values(content.entries)
        .flat()
        .map((e) => e.url),
    );
    const generated = [...before.keys()]
      .filter((f) => f === "index.html" || f.endsWith("/index.html"))
      .map((f) => `/${f.slice(0, -"index.html".length)}`)
      .filter((url) => !entryUrls.has(url));
    expect(generated).toEqual(
      expect.arrayContaining([
        "/berita/bidang/",
        "/berita/bidang/ikp/",
        "/berita/topik/",
        "/informasi-publik/kategori/berkala/",
        "/cari/",
      ]),
    );
    for (const url of generated) {
      // Every collection an entry of which could be given this address.
      for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
        const base = collectionUrl(collection);
        if (url === base || !url.startsWith(base)) continue;
        expect(addressOwner(collection, url), `${collection} entry at ${url}`).toBeDefined();
      }
    }
  });

  // Issue 14 item 4: the route table knows every page kind, so no page can appear that it does not name.
  it("every file the build wrote is an entry's page or an address of the route table", async () => {
    const { content } = await loadContent(contentDir);
    const entryUrls = new Set(
      Object.values(content.entries)
        .flat()
        .map((e) => e.url),
    );
    const addresses = [...before.keys()].map((f) =>
      f === "index.html" || f.endsWith("/index.html") ? `/${f.slice(0, -"index.html".length)}` : `/${f}`,
    );
    expect(addresses).toEqual(
      expect.arrayContaining([
        "/",
        "/feed.xml",
        "/sitemap.xml",
        "/robots.txt",
        "/404.html",
        "/informasi-publik/daftar-informasi-publik.csv",
      ]),
    );
    expect(addresses.filter((url) => !entryUrls.has(url) && !siteAddress(url))).toEqual([]);
  });

  it("a news file named …-bidang.md is refused in Indonesian, naming the file, before Eleventy runs", async () => {
    const clash = join(contentDir, "berita", "2025-11-07-bidang.md");
    await writeFile(clash, newsFile("Berita yang bertabrakan", "2025-11-07T10:00"));
    try {
      const error = await buildSite({ contentDir, outputDir: out, now: SAMPLE_NOW, quiet: true, search: false }).then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error?.name).toBe("ContentError");
      expect(error?.message).toMatch(
        /berita\/2025-11-07-bidang\.md:1 .*alamat \/berita\/bidang\/ sudah dipakai oleh daftar berita per bidang/,
      );
      expect(error?.message).not.toMatch(/DuplicatePermalink/);
      expect(await treeHashes(out)).toEqual(before);
      expect(await leftovers()).toEqual([]);
    } finally {
      await rm(clash);
    }
  });

  it("after the content is fixed the next build replaces the output", async () => {
    const added = join(contentDir, "berita", "2025-11-06-baru.md");
    await writeFile(added, newsFile("Berita baru setelah perbaikan", "2025-11-06T10:00"));
    await buildSite({ contentDir, outputDir: out, now: SAMPLE_NOW, quiet: true, search: false });
    const after = await treeHashes(out);
    expect(after.has("berita/baru/index.html")).toBe(true);
    expect(await leftovers()).toEqual([]);
  });
});
