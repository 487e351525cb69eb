/**
 * A save the check would refuse is refused by the admin's server before anything is committed,
 * with the check's own message and fix (issue 12 item 1). One fixture per kind of rule
 * `npm run check` applies; for each, the expected problems come from the check itself
 * (`loadContent` over the content with the file in place — what `npm run check` runs), and the
 * guard's answer to Decap's `persistEntry` must list exactly those, while no draft branch or
 * commit appears. Requests have the shape Decap's proxy backend sends
 * (decap-cms-backend-proxy `persistEntry`: `{ dataFiles: [{ slug, path, raw }], assets: [{ path,
 * content, encoding: "base64" }], options }`); a refused request answers `{ error }`, which the
 * backend throws as `APIError(json.error)` and Decap shows as "Gagal menyimpan entri: …".
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalCms, type LocalCms } from "../../src/cms/local.ts";
import { EDITOR_HEADER } from "../../src/cms/editor-session.ts";
import { saveRefusalMessage } from "../../src/cms/save-check.ts";
import { loadContent } from "../../src/content/load.ts";
import { makeContentRepo } from "../../src/cms/content-repo.ts";

const run = promisify(execFile);

let tmp: string;
let cms: LocalCms;
const git = async (...args: string[]) => (await run("git", args, { cwd: cms.cloneDir })).stdout.trim();

const news = (fields: string, body = "Isi berita.") =>
  `---\ntitle: Berita uji\ndate: 2026-11-20T09:00\nsummary: Ringkasan berita uji untuk pemeriksaan.\ndivision: ikp\nauthor: Penulis Uji\n${fields}${fields.includes("cover:") ? "" : COVER}---\n\n${body}\n`;
const COVER = "cover:\n  src: /media/berita/rapat-koordinasi-pengelola-website-perangkat-daerah.jpg\n  alt: Peserta rapat di ruang rapat\n";
const agenda = (start: string, end: string) =>
  `---\ntitle: Agenda uji\ndate: 2026-11-20T09:00\nstart: ${start}\nend: ${end}\nplace: Aula Diskominfo\ndivision: ikp\nsummary: Ringkasan agenda uji.\n---\n\nIsi agenda.\n`;
const announcement = (fields: string) =>
  `---\ntitle: Pengumuman uji\ndate: 2026-11-20T09:00\nsummary: Ringkasan pengumuman uji.\ndivision: ikp\n${fields}---\n\nIsi pengumuman.\n`;
const page = (title: string) => `---\ntitle: ${title}\n---\n\nIsi halaman.\n`;

interface Fixture {
  /** The rule, in the check's words. */
  rule: string;
  collection: string;
  slug: string;
  path: string;
  raw: string;
  assets?: { path: string; content: Buffer }[];
  /** A message the check gives for this rule (proves the fixture exercises it). */
  message: RegExp;
}

const EXEMPT_FILE = "content/media/informasi-publik/data-pemohon-rahasia.pdf";
const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

/** Every kind of rule `npm run check` applies to an entry or data file an editor saves. */
const FIXTURES: Fixture[] = [
  { rule: "required field (schema)", collection: "berita", slug: "2026-11-20-tanpa-judul", path: "content/berita/2026-11-20-tanpa-judul.md", raw: news("").replace("title: Berita uji\n", ""), message: /wajib diisi/ },
  { rule: "field format (schema)", collection: "berita", slug: "2026-11-20-sampul-salah", path: "content/berita/2026-11-20-sampul-salah.md", raw: news("cover:\n  src: foto kegiatan.jpg\n  alt: Foto\n"), message: /./ },
  { rule: "unknown field", collection: "berita", slug: "2026-11-20-kolom-asing", path: "content/berita/2026-11-20-kolom-asing.md", raw: news("capton: salah ketik\n"), message: /kolom "capton" tidak dikenal/ },
  { rule: "body image alt text", collection: "berita", slug: "2026-11-20-tanpa-alt", path: "content/berita/2026-11-20-tanpa-alt.md", raw: news("", "![](/media/berita/foto-uji.png)"), assets: [{ path: "content/media/berita/foto-uji.png", content: png }], message: /tidak memiliki teks alternatif/ },
  { rule: "body HTML", collection: "berita", slug: "2026-11-20-skrip", path: "content/berita/2026-11-20-skrip.md", raw: news("", '<script>alert(1)</script>'), message: /tidak diizinkan/ },
  { rule: "agenda ends after it starts", collection: "agenda", slug: "agenda-terbalik", path: "content/agenda/agenda-terbalik.md", raw: agenda("2026-12-10T10:00", "2026-12-10T08:00"), message: /waktu selesai harus sesudah waktu mulai/ },
  { rule: "announcement valid until after its date", collection: "pengumuman", slug: "berlaku-terbalik", path: "content/pengumuman/berlaku-terbalik.md", raw: announcement("expires: 2026-11-01T00:00\n"), message: /tanggal berlaku harus sesudah tanggal terbit/ },
  { rule: "date on the calendar", collection: "agenda", slug: "tanggal-mustahil", path: "content/agenda/tanggal-mustahil.md", raw: agenda("2026-02-30T08:00", "2026-12-10T08:00"), message: /tidak ada di kalender/ },
  { rule: "division registered", collection: "berita", slug: "2026-11-20-bidang-asing", path: "content/berita/2026-11-20-bidang-asing.md", raw: news("").replace("division: ikp", "division: tidak-ada"), message: /tidak terdaftar/ },
  { rule: "no control characters", collection: "berita", slug: "2026-11-20-kontrol", path: "content/berita/2026-11-20-kontrol.md", raw: news("").replace("title: Berita uji", 'title: "Berita\\buji"'), message: /karakter kontrol/ },
  { rule: "body link to a media file that exists", collection: "berita", slug: "2026-11-20-tautan-hilang", path: "content/berita/2026-11-20-tautan-hilang.md", raw: news("", "Unduh [laporan](/media/berita/tidak-ada.pdf)."), message: /tidak ditemukan|tidak ada/ },
  { rule: "attachment that exists", collection: "pengumuman", slug: "lampiran-hilang", path: "content/pengumuman/lampiran-hilang.md", raw: announcement("attachments:\n  - file: /media/pengumuman/tidak-ada.pdf\n    title: Surat edaran\n"), message: /tidak ditemukan|tidak ada/ },
  { rule: "media type allowed", collection: "berita", slug: "2026-11-20-jenis-media", path: "content/berita/2026-11-20-jenis-media.md", raw: news("", "Lihat [berkas](/media/berita/halaman.html)."), assets: [{ path: "content/media/berita/halaman.html", content: Buffer.from("<script>alert(1)</script>") }], message: /./ },
  { rule: "media size limit", collection: "berita", slug: "2026-11-20-media-besar", path: "content/berita/2026-11-20-media-besar.md", raw: news("", "Lihat [data](/media/berita/data-besar.csv)."), assets: [{ path: "content/media/berita/data-besar.csv", content: Buffer.alloc(11 * 1024 * 1024, "a,b\n") }], message: /melebihi|batas/ },
  { rule: "reserved address", collection: "halaman", slug: "cari", path: "content/halaman/cari.md", raw: page("Cari"), message: /sudah dipakai oleh halaman pencarian/ },
  { rule: "address collision with another entry", collection: "berita", slug: "2026-12-02-rapat-koordinasi-pengelola-website-perangkat-daerah", path: "content/berita/2026-12-02-rapat-koordinasi-pengelola-website-perangkat-daerah.md", raw: news(""), message: /sama dengan content\/berita\/2026-09-08/ },
  { rule: "exempt files never published", collection: "berita", slug: "2026-11-20-berkas-rahasia", path: "content/berita/2026-11-20-berkas-rahasia.md", raw: news("", `Unduh [data](/${EXEMPT_FILE.slice("content/".length)}).`), message: /dikecualikan/ },
  { rule: "data file (site settings)", collection: "data", slug: "site", path: "content/_data/site.yml", raw: "name: Situs\n", message: /wajib diisi/ },
];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "warta-save-check-"));
  const repo = await makeContentRepo(join(tmp, "repo"), { keep: { berita: 1, galeri: 1 } });
  // An exempt item with its file, which no other entry may link.
  await writeFile(
    join(repo, "content", "informasi-publik", "data-pemohon-rahasia.md"),
    "---\ntitle: Data pemohon\ncategory: dikecualikan\nsummary: Data pribadi pemohon informasi.\nunit: PPID\nresponsible: Sekretaris\nmade: Oktober 2026\nplace: Rimbajaya\nform: [softcopy]\nretention: 5 tahun\ndate: 2026-10-28T09:00\nattachments:\n  - file: /" +
      EXEMPT_FILE.slice("content/".length) + "\n    title: Data\n---\n\nDikecualikan.\n",
  );
  await writeFile(join(repo, EXEMPT_FILE), pdf);
  await run("git", ["add", "."], { cwd: repo });
  await run("git", ["commit", "--quiet", "-m", "An exempt item"], { cwd: repo });
  cms = await startLocalCms({ repoDir: repo, stateDir: join(tmp, "state"), port: 0, log: () => {} });
}, 120_000);

afterAll(async () => {
  await cms?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** What `npm run check` reports for the fixture's files, on a plain copy of `main` with them in place. */
async function checkReports(fixture: Fixture, n: number) {
  const dir = join(tmp, `expected-${n}`);
  await mkdir(dir, { recursive: true });
  await run("sh", ["-c", `git archive main content | tar -x -C "${dir}"`], { cwd: cms.cloneDir });
  const files = [{ path: fixture.path, content: fixture.raw }, ...(fixture.assets ?? [])];
  for (const file of files) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.content);
  }
  const { problems } = await loadContent(join(dir, "content"));
  return problems.filter((p) => files.some((f) => f.path === p.file));
}

async function persist(fixture: Fixture) {
  const call = (body: unknown) => fetch(cms.proxyUrl, { method: "POST", headers: { "content-type": "application/json", [EDITOR_HEADER]: "save-check-page-1" }, body: JSON.stringify(body) });
  // A data file is saved over the version the page read (the guard refuses a save of an unread version).
  if (fixture.collection === "data") await call({ action: "getEntry", params: { branch: "main", path: fixture.path } });
  const res = await fetch(cms.proxyUrl, {
    method: "POST",
    headers: { "content-type": "application/json", [EDITOR_HEADER]: "save-check-page-1" },
    body: JSON.stringify({
      action: "persistEntry",
      params: {
        branch: "main",
        dataFiles: [{ slug: fixture.slug, path: fixture.path, raw: fixture.raw }],
        assets: (fixture.assets ?? []).map((a) => ({ path: a.path, content: a.content.toString("base64"), encoding: "base64" })),
        options: { collectionName: fixture.collection, commitMessage: `Create ${fixture.slug}`, useWorkflow: true, status: "draft", newEntry: fixture.collection !== "data" },
      },
    }),
  });
  return { status: res.status, json: (await res.json()) as { error?: string } };
}

describe("the admin refuses, before saving, what npm run check refuses", () => {
  it.each(FIXTURES.map((f, i) => [f.rule, f, i] as const))("%s", async (_rule, fixture, n) => {
    const expected = await checkReports(fixture, n);
    expect(expected.length, "the check refuses the fixture").toBeGreaterThan(0);
    expect(expected.map((p) => p.message).join("\n")).toMatch(fixture.message);
    const refs = await git("for-each-ref", "--format=%(refname) %(objectname)");

    const reply = await persist(fixture);
    expect(reply.status).toBe(422);
    expect(reply.json.error).toBe(saveRefusalMessage(expected));
    // Each line exactly as `npm run check` prints it.
    for (const p of expected) expect(reply.json.error).toContain(`• ${p.file}:${p.line}  ${p.field || "-"}  ${p.message}  → ${p.fix}`);
    // Nothing committed: no draft branch, main unchanged.
    expect(await git("for-each-ref", "--format=%(refname) %(objectname)")).toBe(refs);
  });

  it("saves a valid entry (the check does not get in the way)", async () => {
    const valid: Fixture = { rule: "valid", collection: "berita", slug: "2026-11-20-valid", path: "content/berita/2026-11-20-valid.md", raw: news(""), message: /^$/ };
    expect(await checkReports(valid, 99)).toEqual([]);
    const reply = await persist(valid);
    expect(reply.status, reply.json.error).toBe(200);
    expect(await git("show", `cms/berita/2026-11-20-valid:${valid.path}`)).toContain("Berita uji");
  });
});
