/**
 * Hole 5 of issue 10: a news file named `…-bidang.md` passed the check, then the build stopped
 * with Eleventy's English DuplicatePermalinkOutputError naming no content file. The check now
 * knows every address the build generates (src/content/urls.ts) and refuses such an entry.
 */
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { defaultEntries, makeContentFixture, markdown, removeContentFixture } from "./fixture.ts";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeContentFixture));
});

const news = defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!;
const dip = defaultEntries["informasi-publik/laporan-keuangan-2024.md"]!;
const page = defaultEntries["halaman/profil.md"]!;
const newsFile = markdown({ ...news.frontMatter, date: "2025-11-05" }, news.body);

const cases = [
  { file: "berita/2025-11-05-bidang.md", text: newsFile, message: "alamat /berita/bidang/ sudah dipakai oleh daftar berita per bidang", fix: /2025-11-05-bidang-dinas\.md/ },
  { file: "berita/2025-11-05-topik.md", text: newsFile, message: "alamat /berita/topik/ sudah dipakai oleh daftar topik berita", fix: /ganti nama berkas/ },
  { file: "berita/halaman.md", text: newsFile, message: /^alamat \/berita\/halaman\/ sudah dipakai oleh halaman lanjutan daftar berita/, fix: /ganti nama berkas/ },
  { file: "berita/halaman/2.md", text: newsFile, message: /^alamat \/berita\/halaman\/2\/ berada di dalam \/berita\/halaman\//, fix: /keluar dari folder "halaman\/"/ },
  { file: "berita/bidang/ikp.md", text: newsFile, message: /^alamat \/berita\/bidang\/ikp\/ berada di dalam \/berita\/bidang\//, fix: /keluar dari folder "bidang\/"/ },
  { file: "informasi-publik/kategori/berkala.md", text: markdown(dip.frontMatter, ""), message: /dipakai oleh daftar informasi publik per kategori/, fix: /folder "kategori\/"/ },
  { file: "halaman/agenda/tahunan.md", text: markdown(page.frontMatter, ""), message: /^alamat \/agenda\/tahunan\/ berada di dalam \/agenda\/, yang dipakai oleh daftar Agenda/, fix: /folder "agenda\/"/ },
];

describe("an entry whose address the build generates for the site itself", () => {
  it.each(cases)("$file is refused at line 1, in Indonesian, with a fix", async ({ file, text, message, fix }) => {
    const dir = await makeContentFixture({ files: { [file]: text } });
    made.push(dir);
    const { problems } = await loadContent(dir);
    expect(problems).toEqual([expect.objectContaining({ file: `content/${file}`, line: 1, field: "", message: typeof message === "string" ? message : expect.stringMatching(message), fix: expect.stringMatching(fix) })]);
  });
});
