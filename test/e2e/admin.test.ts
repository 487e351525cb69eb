/**
 * The editors' admin end to end: Decap CMS (served from the installed package) in Debian's
 * Chromium, against the real decap-server in Git mode on a throwaway repository made from the
 * sample content — as `npm start` runs it (`startLocalCms`). Every request to a host other than
 * 127.0.0.1/localhost is blocked and recorded.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import YAML from "yaml";
import matter from "gray-matter";
import { chromium, type Browser, type Page } from "playwright-core";
import { simpleGit, type SimpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { berita } from "../../src/content/schema.ts";
import { loadContent } from "../../src/content/load.ts";
import { startLocalCms, type LocalCms } from "../../src/cms/local.ts";
import { copyAdmin } from "../../src/cms/site.ts";
import { buildSite } from "../../src/site/build.ts";
import { makeContentRepo } from "../../src/cms/content-repo.ts";
import { eventually, fillNews } from "./admin/editor.ts";
import { serveStatic, type StaticServer } from "../../src/site/serve.ts";
import { CHROMIUM_ARGS } from "../../src/monev/browser.ts";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

const TITLE = "Uji Coba Alur Redaksi Warta";
const SLUG = "uji-coba-alur-redaksi-warta";
const DIVISION = { id: "ikp", name: "Bidang Informasi dan Komunikasi Publik" };
const ALT = "Peserta rapat duduk mengelilingi meja menghadap layar presentasi";
const UPLOAD_NAME = "Foto Kegiatan Uji.JPG";

let tmp: string;
let cms: LocalCms;
let server: StaticServer;
let browser: Browser;
let page: Page;
let git: SimpleGit;
let upload: string;
/** A file named exactly like a media file already on main: Decap alone would offer to replace it. */
let sameName: string;
let sameNameBase: string;
let agency: string;
let branch: string;
let entryFile: string;
const offsite: string[] = [];
const dialogs: string[] = [];

const branches = async () => (await git.branchLocal()).all;
const status = async (b: string) =>
  (await git.raw(["config", "--get", `branch.${b}.description`]).catch(() => "")).trim();

/** The test's news item with this cover (shown under the admin's unique name) and alt text. */
const newsEntry = (alt: string, cover: string, shownAs: RegExp) =>
  fillNews(page, {
    title: TITLE,
    summary: "Ringkasan berita untuk menguji alur draf, tinjau, siap dan terbit.",
    division: DIVISION.name,
    author: "Tim Uji Warta",
    cover,
    shownAs,
    alt,
    body: "Paragraf pertama berita uji coba.",
  });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "warta-admin-e2e-"));
  const repo = await makeContentRepo(join(tmp, "repo"), { keep: { berita: 1, galeri: 1 } });
  cms = await startLocalCms({ repoDir: repo, stateDir: join(tmp, "state"), port: 0, pollMs: 250 });
  git = simpleGit(cms.cloneDir);
  // The admin as the site build publishes it, pointed at this decap-server.
  await copyAdmin(join(tmp, "site"), { contentDir: join(cms.mainDir, "content"), localBackendUrl: cms.proxyUrl });
  server = await serveStatic(join(tmp, "site"));
  // The kept sample's cover under an editor's kind of file name (spaces, capitals).
  const sample = matter(
    await readFile(
      join(
        repo,
        "content",
        "berita",
        (await git.raw(["ls-files", "content/berita"])).trim().split("\n")[0]!.replace("content/berita/", ""),
      ),
      "utf8",
    ),
  );
  const cover = join(repo, "content", (sample.data.cover as { src: string }).src);
  upload = join(tmp, UPLOAD_NAME);
  await copyFile(cover, upload);
  sameNameBase = basename(cover, ".jpg");
  sameName = join(tmp, "same", basename(cover));
  await mkdir(dirname(sameName), { recursive: true });
  await copyFile(cover, sameName);
  agency = (YAML.parse(await readFile(join(repo, "content", "_data", "site.yml"), "utf8")) as { agency: string })
    .agency;

  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  // The editor's clock is Indonesian (a date typed "now" must not be in the site's future).
  const context = await browser.newContext({
    timezoneId: "Asia/Jakarta",
    locale: "id-ID",
    viewport: { width: 1400, height: 1000 },
  });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname) || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    offsite.push(url.href);
    return route.abort("blockedbyclient");
  });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await cms?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("editors' admin: Decap CMS + decap-server (Git mode) in Chromium", () => {
  it("1a. logs in through the local proxy: the plain Indonesian login button, not GitHub's", async () => {
    await page.goto(`${server.origin}/admin/`, { waitUntil: "commit" });
    const login = page.getByRole("button", { name: /Masuk|Login/ });
    await login.first().waitFor({ timeout: 60_000 });
    expect(await login.allInnerTexts()).toEqual(["Masuk"]);
    await login.click();
    await page.locator('a[href="#/collections/berita/new"]').waitFor();
  }, 90_000);

  it("2. previews the draft with the site's own page: its header and article markup", async () => {
    await newsEntry(ALT, upload, /^foto-kegiatan-uji-\d{4}-\d{2}-\d{2}-\d{4}(-\d+)?\.jpg$/);
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
  }, 60_000);

  it("1b. saves the draft to branch cms/berita/<slug> with valid Markdown and the image committed", async () => {
    const before = await branches();
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    branch = await eventually("the draft branch", async () =>
      (await branches()).find((b) => b.startsWith("cms/berita/") && !before.includes(b)),
    );
    expect(branch).toMatch(new RegExp(`^cms/berita/\\d{4}-\\d{2}-\\d{2}-${SLUG}$`));
    await page.getByText("Entri tersimpan").first().waitFor();

    const files = (await git.raw(["diff", "--name-only", "main", branch])).trim().split("\n").sort();
    expect(files).toHaveLength(2);
    entryFile = files.find((f) => f.endsWith(".md"))!;
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
    expect(content.trim()).toBe("Paragraf pertama berita uji coba.");
    expect(await status(branch)).toBe("decap-cms/draft");
  }, 60_000);

  it("3. moves the draft to In review, then Ready: the status is in Git", async () => {
    await page.getByText("Status: Draf").click();
    await page.getByRole("menuitem", { name: "Ditinjau" }).click();
    await eventually("status pending_review", async () => (await status(branch)) === "decap-cms/pending_review");
    await page.getByText("Status: Ditinjau").click();
    await page.getByRole("menuitem", { name: "Siap terbit" }).click();
    await eventually("status pending_publish", async () => (await status(branch)) === "decap-cms/pending_publish");
  }, 60_000);

  it("4. publishes: merged into main, branch gone; the built site has the news page with a responsive <picture>", async () => {
    await page.getByRole("button", { name: "Terbitkan", exact: true }).click();
    await page.getByRole("menuitem", { name: "Terbitkan sekarang" }).click();
    await page.getByText("Entri sudah terbit").first().waitFor();
    await eventually("the branch to be gone", async () => !(await branches()).includes(branch));
    expect(await git.raw(["ls-tree", "--name-only", "main", entryFile])).toContain(entryFile);
    expect(await status(branch)).toBe("");

    // The local site follows main: the detached main tree has the entry, and it validates.
    await eventually("the main tree to follow", async () =>
      (await readFile(join(cms.mainDir, entryFile), "utf8").catch(() => "")).includes(TITLE),
    );
    const { problems } = await loadContent(join(cms.mainDir, "content"));
    expect(problems.filter((p) => p.file === entryFile)).toEqual([]);

    const out = join(tmp, "public");
    await buildSite({ contentDir: join(cms.mainDir, "content"), outputDir: out, search: false, quiet: true });
    const html = await readFile(join(out, "berita", SLUG, "index.html"), "utf8");
    expect(html).toContain(`<h1>${TITLE}</h1>`);
    const picture =
      /<div class="cover">\s*<picture>([\s\S]*?)<\/picture>/.exec(html)?.[1] ??
      /<picture[^>]*>([\s\S]*?)<\/picture>/.exec(html)?.[1];
    expect(picture).toBeDefined();
    expect(picture).toMatch(/<source type="image\/avif" srcset="[^"]+ 480w, [^"]+ 960w/);
    expect(picture).toMatch(new RegExp(`alt="${ALT}"`));
  }, 120_000);

  it("5. refuses to save a news item whose image has no alt text, in Indonesian; nothing is committed", async () => {
    const before = {
      branches: await branches(),
      main: await git.revparse(["main"]),
      all: await git.raw(["rev-list", "--all", "--count"]),
    };
    await page.goto(`${server.origin}/admin/#/collections/berita`);
    await newsEntry("", sameName, new RegExp(`^${sameNameBase}-\\d{4}-\\d{2}-\\d{2}-\\d{4}(-\\d+)?\\.jpg$`));
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
  }, 60_000);

  it("6. made no request to any host other than 127.0.0.1 during the whole run", () => {
    expect(offsite).toEqual([]);
  });
});
