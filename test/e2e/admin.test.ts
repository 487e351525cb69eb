/**
 * The editors' admin end to end: Decap CMS (served from the installed package) in Debian's
 * Chromium, against the real decap-server in Git mode on a throwaway repository made from the
 * sample content — as `npm start` runs it (`openAdminSession`). Every request to a host other than
 * 127.0.0.1/localhost is blocked and recorded.
 *
 * Each test stands alone: one that proves a step of the editorial workflow (review, publish) starts
 * from a draft put straight into decap-server's clone in the shape decap-server stores it
 * (`putDraft`), not from a draft an earlier test saved; each saves or publishes its own entry.
 */
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import YAML from "yaml";
import matter from "gray-matter";
import type { SimpleGit } from "simple-git";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { berita } from "../../src/content/schema.ts";
import { loadContent } from "../../src/content/load.ts";
import { buildSite } from "../../src/site/build.ts";
import { MERGE_BASE_BRANCH } from "../../src/cms/guard.ts";
import { eventually, fillNews, openEditor, type Editor } from "./admin/editor.ts";
import { openAdminSession, type AdminSession } from "./admin/session.ts";
import { putDraft, type DraftStatus } from "./admin/draft.ts";
import type { Page } from "playwright-core";

const TITLE = "Uji Coba Alur Redaksi Warta";
const SLUG = "uji-coba-alur-redaksi-warta";
const DIVISION = { id: "ikp", name: "Bidang Informasi dan Komunikasi Publik" };
const ALT = "Peserta rapat duduk mengelilingi meja menghadap layar presentasi";
const UPLOAD_NAME = "Foto Kegiatan Uji.JPG";
const BODY = "Paragraf pertama berita uji coba.";

let session: AdminSession;
let git: SimpleGit;
let upload: string;
/** A file named exactly like a media file already on main: Decap alone would offer to replace it. */
let sameName: string;
let sameNameBase: string;
let agency: string;
/** The kept sample news item on main: its file name, front matter and cover (a draft is made from it). */
let sample: { file: string; data: Record<string, unknown>; cover: Buffer };
/** The editors (browser contexts) the running test opened; closed after it. */
let editors: Editor[] = [];

/** main and the drafts; not the branch the guard points decap-server at to diff a draft from its merge base. */
const branches = async () => (await git.branchLocal()).all.filter((b) => b !== MERGE_BASE_BRANCH);
const status = async (b: string) =>
  (await git.raw(["config", "--get", `branch.${b}.description`]).catch(() => "")).trim();

/** An editor logged in at the admin, in a browser context of its own. */
async function editor(): Promise<Editor> {
  const opened = await openEditor(session.browser, `${session.server.origin}/admin/`);
  editors.push(opened);
  return opened;
}

/** The test's news item with this cover (shown under the admin's unique name) and alt text. */
const newsEntry = (page: Page, alt: string, cover: string, shownAs: RegExp) =>
  fillNews(page, {
    title: TITLE,
    summary: "Ringkasan berita untuk menguji alur draf, tinjau, siap dan terbit.",
    division: DIVISION.name,
    author: "Tim Uji Warta",
    cover,
    shownAs,
    alt,
    body: BODY,
  });

/**
 * A saved news draft titled `title` (slug `slug`, dated like the sample), with its own cover
 * committed beside it as the admin saves one, at `status`; opened in a fresh editor's admin.
 */
async function openDraft(title: string, slug: string, draftStatus: DraftStatus) {
  const image = `content/media/berita/foto-${slug}.jpg`;
  const data = { ...sample.data, title, cover: { src: `/${image.slice("content/".length)}`, alt: ALT } };
  const key = `${sample.file.slice(0, "yyyy-mm-dd".length)}-${slug}`;
  const draft = await putDraft(git, {
    collection: "berita",
    slug: key,
    text: matter.stringify(`${BODY}\n`, data),
    media: { [image]: sample.cover },
    status: draftStatus,
  });
  const { page } = await editor();
  await page.goto(`${session.server.origin}/admin/#/collections/berita/entries/${key}`);
  await expect.poll(() => page.getByLabel("Judul", { exact: true }).inputValue(), { timeout: 60_000 }).toBe(title);
  return { ...draft, page };
}

beforeAll(async () => {
  session = await openAdminSession({ keep: { berita: 1, galeri: 1 } });
  git = session.git;
  const repo = session.repo;
  // The kept sample's cover under an editor's kind of file name (spaces, capitals).
  const file = (await git.raw(["ls-files", "content/berita"])).trim().split("\n")[0]!.replace("content/berita/", "");
  const { data } = matter(await readFile(join(repo, "content", "berita", file), "utf8"));
  const cover = join(repo, "content", (data.cover as { src: string }).src);
  sample = { file, data, cover: await readFile(cover) };
  upload = join(session.tmp, UPLOAD_NAME);
  await copyFile(cover, upload);
  sameNameBase = basename(cover, ".jpg");
  sameName = join(session.tmp, "same", basename(cover));
  await mkdir(dirname(sameName), { recursive: true });
  await copyFile(cover, sameName);
  agency = (YAML.parse(await readFile(join(repo, "content", "_data", "site.yml"), "utf8")) as { agency: string })
    .agency;
}, 180_000);

// Every page of the run (the login page and each test's editors) made no request to any host other than 127.0.0.1.
afterEach(async () => {
  const opened = editors;
  editors = [];
  await Promise.all(opened.map(({ page }) => page.context().close()));
  expect([...session.offsite, ...opened.flatMap((e) => e.offsite)]).toEqual([]);
});

afterAll(async () => {
  await session?.close();
});

describe("editors' admin: Decap CMS + decap-server (Git mode) in Chromium", () => {
  it("logs in through the local proxy: the plain Indonesian login button, not GitHub's", async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/admin/`, { waitUntil: "commit" });
    const login = page.getByRole("button", { name: /Masuk|Login/ });
    await login.first().waitFor({ timeout: 60_000 });
    expect(await login.allInnerTexts()).toEqual(["Masuk"]);
    await login.click();
    await page.locator('a[href="#/collections/berita/new"]').waitFor();
  }, 90_000);

  it("previews a new news item with the site's own page: its header and article markup", async () => {
    const { page } = await editor();
    await newsEntry(page, ALT, upload, /^foto-kegiatan-uji-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.jpg$/);
    const preview = page.frameLocator("iframe").first();
    await expect
      .poll(
        () =>
          preview
            .locator("main#konten article.entry h1")
            .innerText()
            .catch(() => ""),
        { timeout: 15_000 },
      )
      .toBe(TITLE);
    expect(await preview.locator("header.site-header .brand-name").innerText()).toBe(agency);
    expect(await preview.locator("article.entry .cover img").getAttribute("alt")).toBe(ALT);
    expect(await preview.locator(`article.entry a[href="/berita/bidang/${DIVISION.id}/"]`).innerText()).toBe(
      DIVISION.name,
    );
  }, 90_000);

  it("saves a new news item as a draft on branch cms/berita/<slug> with valid Markdown and the image committed", async () => {
    const { page } = await editor();
    await newsEntry(page, ALT, upload, /^foto-kegiatan-uji-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.jpg$/);
    const before = await branches();
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    const branch = await eventually("the draft branch", async () =>
      (await branches()).find((b) => b.startsWith("cms/berita/") && !before.includes(b)),
    );
    expect(branch).toMatch(new RegExp(`^cms/berita/\\d{4}-\\d{2}-\\d{2}-${SLUG}$`));
    await page.getByText("Entri tersimpan").first().waitFor();

    // The draft's own files, from where it left main (another test may have published since).
    const files = (await git.raw(["diff", "--name-only", `main...${branch}`])).trim().split("\n").sort();
    expect(files).toHaveLength(2);
    const entryFile = files.find((f) => f.endsWith(".md"))!;
    const image = files.find((f) => f.startsWith("content/media/berita/"))!;
    expect(entryFile).toBe(`content/berita/${branch.slice("cms/berita/".length)}.md`);
    expect(image).toMatch(/^content\/media\/berita\/foto-kegiatan-uji-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.jpg$/);
    expect(await git.raw(["cat-file", "-s", `${branch}:${image}`])).toMatch(/^[1-9]\d+/);

    const { data, content } = matter(await git.show([`${branch}:${entryFile}`]));
    const parsed = berita.safeParse(data);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toMatchObject({
      title: TITLE,
      division: DIVISION.id,
      cover: { src: `/${image.slice("content/".length)}`, alt: ALT },
    });
    expect(content.trim()).toBe(BODY);
    expect(await status(branch)).toBe("decap-cms/draft");
  }, 90_000);

  it("moves a draft to In review, then Ready: the status is in Git", async () => {
    const { page, branch } = await openDraft("Uji Status Draf Warta", "uji-status-draf-warta", "draft");
    await page.getByText("Status: Draf").click();
    await page.getByRole("menuitem", { name: "Ditinjau" }).click();
    await eventually("status pending_review", async () => (await status(branch)) === "decap-cms/pending_review");
    await page.getByText("Status: Ditinjau").click();
    await page.getByRole("menuitem", { name: "Siap terbit" }).click();
    await eventually("status pending_publish", async () => (await status(branch)) === "decap-cms/pending_publish");
  }, 90_000);

  it("publishes a Ready draft: merged into main, branch gone; the built site has the news page with a responsive <picture>", async () => {
    const title = "Uji Terbit Berita Warta";
    const slug = "uji-terbit-berita-warta";
    const { page, branch, entryFile } = await openDraft(title, slug, "pending_publish");
    await page.getByRole("button", { name: "Terbitkan", exact: true }).click();
    await page.getByRole("menuitem", { name: "Terbitkan sekarang" }).click();
    await page.getByText("Entri sudah terbit").first().waitFor();
    await eventually("the branch to be gone", async () => !(await branches()).includes(branch));
    expect(await git.raw(["ls-tree", "--name-only", "main", entryFile])).toContain(entryFile);
    expect(await status(branch)).toBe("");

    // The local site follows main: the detached main tree has the entry, and it validates.
    const { cms } = session;
    await eventually("the main tree to follow", async () =>
      (await readFile(join(cms.mainDir, entryFile), "utf8").catch(() => "")).includes(title),
    );
    const { problems } = await loadContent(join(cms.mainDir, "content"));
    expect(problems.filter((p) => p.file === entryFile)).toEqual([]);

    const out = join(session.tmp, "public");
    await buildSite({ contentDir: join(cms.mainDir, "content"), outputDir: out, search: false, quiet: true });
    const html = await readFile(join(out, "berita", slug, "index.html"), "utf8");
    expect(html).toContain(`<h1>${title}</h1>`);
    const picture =
      /<div class="cover">\s*<picture>([\s\S]*?)<\/picture>/.exec(html)?.[1] ??
      /<picture[^>]*>([\s\S]*?)<\/picture>/.exec(html)?.[1];
    expect(picture).toBeDefined();
    expect(picture).toMatch(/<source type="image\/avif" srcset="[^"]+ 480w, [^"]+ 960w/);
    expect(picture).toMatch(new RegExp(`alt="${ALT}"`));
  }, 180_000);

  it("refuses to save a news item whose image has no alt text, in Indonesian; nothing is committed", async () => {
    const { page, dialogs } = await editor();
    const before = {
      branches: await branches(),
      main: await git.revparse(["main"]),
      all: await git.raw(["rev-list", "--all", "--count"]),
    };
    await newsEntry(page, "", sameName, new RegExp(`^${sameNameBase}-\\d{4}-\\d{2}-\\d{2}-\\d{4}(-\\d+)?\\.jpg$`));
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.getByText("Teks alternatif wajib diisi.").first().waitFor();
    await page.getByText("Ada isian wajib yang belum benar. Lengkapi dulu sebelum menyimpan.").first().waitFor();
    // A too-short alt text is refused too, with the schema's own message.
    await page.getByLabel("Teks alternatif", { exact: true }).first().fill("ab");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    // The schema's own message, not preceded by the label again ("Teks alternatif: Teks alternatif …").
    await page
      .getByText(/^Teks alternatif \(alt\) wajib diisi: jelaskan isi gambar/)
      .first()
      .waitFor();
    await new Promise((r) => setTimeout(r, 500));
    expect(await branches()).toEqual(before.branches);
    expect(await git.revparse(["main"])).toBe(before.main);
    expect(await git.raw(["rev-list", "--all", "--count"])).toBe(before.all);
    // A file named like one already on main met no "already exists. Replace?" dialog (which deletes on main).
    expect(dialogs.filter((d) => /already exists|replace/i.test(d))).toEqual([]);
  }, 90_000);
});
