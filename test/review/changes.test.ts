import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedEntries, classifyPath, firstCommitTime, titleAt, type ChangedFile } from "../../src/review/changes.ts";
import { berita, makeRepo, png, seedSite, type Repo } from "./fixture.ts";

describe("changedEntries on a real Git repository", () => {
  let repo: Repo;
  let files: ChangedFile[];
  const byPath = (path: string) => files.find((f) => f.path === path);

  beforeAll(async () => {
    repo = await makeRepo();
    await seedSite(repo);
    repo.git("checkout", "-q", "-b", "cms/berita/baru");
    // Its own text: Git pairs a deletion and an addition of near-identical files as a rename.
    await repo.write(
      "content/berita/2026-11-24-berita-baru.md",
      berita(
        "Berita baru dari bidang",
        "Sebanyak 48 anggota Kelompok Informasi Masyarakat dari 12 kecamatan mengikuti pelatihan jurnalistik warga.\n\nPeserta belajar menulis berita, memotret dan memeriksa fakta sebelum membagikan kabar dari desa.",
        "tags:\n  - pelatihan\n  - KIM\n",
      ),
    );
    await repo.write(
      "content/berita/2026-11-01-berita-lama.md",
      berita("Berita lama yang sudah diubah", "Isi yang sudah disunting."),
    );
    await repo.remove("content/berita/2026-11-02-berita-dihapus.md");
    repo.git("mv", "content/halaman/profil.md", "content/halaman/profil-dinas.md");
    await repo.write("content/media/berita/foto-baru.png", await png("#f80"));
    await repo.write("content/_data/menu.yml", "items:\n  - label: Beranda\n    url: /\n");
    await repo.write("README.md", "catatan\n");
    repo.commit("Create Berita “berita-baru”", "2026-11-24T09:00:00+07:00");
    // main moves on after the branch started: base...head must ignore this.
    repo.git("checkout", "-q", "main");
    await repo.write("content/berita/2026-11-20-di-main.md", berita("Berita yang masuk main belakangan", "Isi."));
    repo.commit("Berita lain di main", "2026-11-24T10:00:00+07:00");
    files = await changedEntries(repo.dir, "main", "cms/berita/baru");
  });
  afterAll(() => repo.dispose());

  it("classifies added, modified, deleted and renamed entries with their future URLs", () => {
    expect(byPath("content/berita/2026-11-24-berita-baru.md")).toMatchObject({
      status: "added",
      role: "entry",
      collection: "berita",
      url: "/berita/berita-baru/",
    });
    expect(byPath("content/berita/2026-11-01-berita-lama.md")).toMatchObject({
      status: "modified",
      role: "entry",
      url: "/berita/berita-lama/",
    });
    expect(byPath("content/berita/2026-11-02-berita-dihapus.md")).toMatchObject({
      status: "deleted",
      role: "entry",
      url: "/berita/berita-dihapus/",
    });
    expect(byPath("content/halaman/profil-dinas.md")).toMatchObject({
      status: "renamed",
      previousPath: "content/halaman/profil.md",
      url: "/profil-dinas/",
      previousUrl: "/profil/",
    });
  });

  it("classifies media, data and other files", () => {
    expect(byPath("content/media/berita/foto-baru.png")).toMatchObject({
      status: "added",
      role: "media",
      sitePath: "/media/berita/foto-baru.png",
    });
    expect(byPath("content/_data/menu.yml")).toMatchObject({ status: "modified", role: "data", dataName: "menu" });
    expect(byPath("README.md")).toMatchObject({ status: "added", role: "other" });
  });

  it("does not let Git pair a deleted entry with an unrelated new one as a rename", async () => {
    const other = await makeRepo();
    try {
      await seedSite(other);
      other.git("checkout", "-q", "-b", "cms/berita/ganti");
      await other.remove("content/berita/2026-11-02-berita-dihapus.md");
      await other.write("content/berita/2026-11-24-pengganti.md", berita("Berita pengganti yang lain", "Isi."));
      other.commit("Ganti berita");
      // Git itself sees a rename here (the two files share their front matter)…
      expect(other.git("diff", "--name-status", "-M", "main...HEAD")).toMatch(/^R\d+/);
      // …but the pages differ: one URL disappears, another appears.
      const changes = await changedEntries(other.dir, "main", "HEAD");
      expect(changes.map((c) => [c.status, c.url])).toEqual([
        ["deleted", "/berita/berita-dihapus/"],
        ["added", "/berita/pengganti/"],
      ]);
    } finally {
      await other.dispose();
    }
  });

  it("compares from the merge base: changes made on main later are not the branch's", () => {
    expect(byPath("content/berita/2026-11-20-di-main.md")).toBeUndefined();
    expect(files).toHaveLength(7);
  });

  it("reads a deleted entry's title from base and the first commit's time", async () => {
    expect(await titleAt(repo.dir, "main", "content/berita/2026-11-02-berita-dihapus.md")).toBe(
      "Berita yang akan dihapus",
    );
    expect(await titleAt(repo.dir, "cms/berita/baru", "content/berita/2026-11-02-berita-dihapus.md")).toBeUndefined();
    expect((await firstCommitTime(repo.dir, "main", "cms/berita/baru"))?.toISOString()).toBe(
      "2026-11-24T02:00:00.000Z",
    );
  });
});

describe("classifyPath", () => {
  it("keeps nested pages and strips the news date", () => {
    expect(classifyPath("content/halaman/ppid/maklumat.md")).toMatchObject({
      role: "entry",
      collection: "halaman",
      url: "/ppid/maklumat/",
    });
    expect(classifyPath("content/informasi-publik/dpa-2026.md")).toMatchObject({
      collection: "informasi-publik",
      url: "/informasi-publik/dpa-2026/",
    });
    expect(classifyPath("content/berita/catatan.txt").role).toBe("other");
    expect(classifyPath("content/_data/sub/x.yml").role).toBe("other");
    expect(classifyPath("src/review/run.ts").role).toBe("other");
  });
});
