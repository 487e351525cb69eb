/**
 * Takes the editors' screenshots for docs/alur-persetujuan.md: the real Decap admin in Debian's
 * Chromium against decap-server (Git mode) on a throwaway repository made from the sample
 * content, as the admin e2e test sets it up (the repository and the news form are shared with it,
 * from src/cms). Nothing leaves 127.0.0.1.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import sharp from "sharp";
import { chromium, type Browser, type Page } from "playwright-core";
import { simpleGit, type SimpleGit } from "simple-git";
import { startLocalCms, type LocalCms } from "../../src/cms/local.ts";
import { copyAdmin } from "../../src/cms/site.ts";
import { buildSite } from "../../src/site/build.ts";
import { eventually, fillNews, type NewsItem } from "../../src/cms/admin-driver.ts";
import { makeContentRepo } from "../../src/cms/content-repo.ts";
import { serveStatic, type StaticServer } from "../../src/site/serve.ts";
import { CHROMIUM_ARGS } from "../../src/monev/browser.ts";

const VIEWPORT = { width: 1280, height: 800 };
/** Docs images are scaled to this width: readable, and the whole folder stays small. */
const DOC_WIDTH = 1000;

/** A news item as an editor types it; the cover is the same upload for all. */
type NewsText = Omit<NewsItem, "cover" | "shownAs">;

const MAIN_ITEM: NewsText = {
  title: "Pelatihan Pengelola Media Sosial Perangkat Daerah",
  summary:
    "Diskominfo melatih 40 admin media sosial perangkat daerah menulis kabar layanan yang jelas dan ramah pembaca.",
  division: "Bidang Informasi dan Komunikasi Publik",
  author: "Tim Redaksi Diskominfo",
  alt: "Peserta pelatihan duduk mengelilingi meja menghadap layar presentasi",
  body: "Sebanyak 40 admin media sosial perangkat daerah mengikuti pelatihan penulisan kabar layanan publik.",
};
const OTHER_ITEMS: NewsText[] = [
  {
    title: "Jaringan Internet Desa Menjangkau Sepuluh Desa Baru",
    summary: "Sepuluh desa di wilayah utara kini tersambung jaringan internet desa untuk layanan administrasi warga.",
    division: "Bidang Aplikasi Informatika",
    author: "Tim Redaksi Diskominfo",
    alt: "Petugas memasang perangkat jaringan di kantor desa",
    body: "Sepuluh desa baru tersambung jaringan internet desa.",
  },
  {
    title: "Rilis Data Statistik Sektoral Triwulan Ketiga",
    summary: "Bidang Statistik merilis data sektoral triwulan ketiga yang dapat diunduh warga dalam format terbuka.",
    division: "Bidang Statistik",
    author: "Tim Redaksi Diskominfo",
    alt: "Grafik batang data statistik pada layar komputer",
    body: "Data statistik sektoral triwulan ketiga kini tersedia.",
  },
];

export interface ShootOptions {
  outDir: string;
  log?: (line: string) => void;
}

export interface Shot {
  file: string;
  bytes: number;
}

export async function shootEditorFlow(options: ShootOptions): Promise<{ shots: Shot[]; offsite: string[] }> {
  const log = options.log ?? (() => {});
  const tmp = await mkdtemp(join(tmpdir(), "warta-docs-shots-"));
  const shots: Shot[] = [];
  const offsite: string[] = [];
  let cms: LocalCms | undefined;
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    log("Menyiapkan repositori sementara dan decap-server …");
    const repo = await makeContentRepo(join(tmp, "repo"), { keep: { berita: 3, galeri: 1 } });
    cms = await startLocalCms({ repoDir: repo, stateDir: join(tmp, "state"), port: 0, pollMs: 250 });
    const git = simpleGit(cms.cloneDir);
    const siteDir = join(tmp, "site");
    const build = async () => {
      await buildSite({ contentDir: join(cms!.mainDir, "content"), outputDir: siteDir, search: false, quiet: true });
      await copyAdmin(siteDir, { contentDir: join(cms!.mainDir, "content"), localBackendUrl: cms!.proxyUrl });
    };
    log("Membangun situs beserta admin …");
    await build();
    server = await serveStatic(siteDir);
    const upload = await coverPhoto(repo, tmp);
    const withCover = (item: NewsText): NewsItem => ({
      ...item,
      cover: upload,
      shownAs: /^foto-kegiatan-[a-z0-9-]+\.jpg$/,
    });

    browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
    const context = await browser.newContext({
      timezoneId: "Asia/Jakarta",
      locale: "id-ID",
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
    });
    await context.route("**/*", (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "127.0.0.1" || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
      offsite.push(url.href);
      return route.abort("blockedbyclient");
    });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on("dialog", (dialog) => void dialog.accept());
    const shoot = async (name: string) => {
      await page.mouse.move(0, 0).catch(() => undefined);
      await page.waitForTimeout(400);
      shots.push(await savePng(await page.screenshot(), join(options.outDir, name)));
      log(`  ${name}`);
    };

    log("Admin: masuk …");
    await page.goto(`${server.origin}/admin/`, { waitUntil: "commit" });
    const login = page.getByRole("button", { name: "Masuk", exact: true });
    await login.waitFor({ timeout: 60_000 });
    await shoot("01-masuk.png");
    await login.click();
    await page.locator('a[href="#/collections/berita/new"]').waitFor();
    await page
      .getByText(/\d+ entri|Berita/)
      .first()
      .waitFor();
    await page.waitForTimeout(800);
    await shoot("02-daftar-berita.png");

    log("Admin: berita dengan foto sampul dan teks alternatif …");
    await fillNews(page, withCover(MAIN_ITEM));
    const preview = page.frameLocator("iframe").first();
    await preview
      .locator("main#konten article.entry h1")
      .filter({ hasText: MAIN_ITEM.title })
      .waitFor({ timeout: 15_000 });
    await page.getByLabel("Judul", { exact: true }).scrollIntoViewIfNeeded();
    await shoot("03-formulir-berita.png");
    // The cover block and its alt text in view.
    await page.getByLabel("Teks alternatif", { exact: true }).first().scrollIntoViewIfNeeded();
    await shoot("04-gambar-dan-teks-alternatif.png");
    // The preview pane alone, at full size: the site's own header and article.
    const pane = await page.locator("iframe").first().boundingBox();
    if (!pane) throw new Error("Panel pratinjau Decap tidak ditemukan di halaman admin.");
    await page.waitForTimeout(300);
    shots.push(await savePng(await page.screenshot({ clip: pane }), join(options.outDir, "05-pratinjau.png")));
    log("  05-pratinjau.png");

    log("Admin: simpan, menu status …");
    const before = (await git.branchLocal()).all;
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.getByText("Entri tersimpan").first().waitFor();
    const branch = await eventually("the draft branch", async () =>
      (await git.branchLocal()).all.find((b) => b.startsWith("cms/berita/") && !before.includes(b)),
    );
    await page.getByText("Status: Draf").click();
    await page.getByRole("menuitem", { name: "Ditinjau" }).click();
    await eventually("status pending_review", async () => (await status(git, branch)) === "decap-cms/pending_review");
    await closeToasts(page);
    await page.getByText("Status: Ditinjau").click();
    await page.getByRole("menuitem", { name: "Siap terbit" }).waitFor();
    await page.getByRole("menuitem", { name: "Siap terbit" }).hover();
    await page.waitForTimeout(400);
    shots.push(await savePng(await page.screenshot(), join(options.outDir, "06-menu-status.png")));
    log("  06-menu-status.png");
    await page.getByRole("menuitem", { name: "Siap terbit" }).click();
    await eventually("status pending_publish", async () => (await status(git, branch)) === "decap-cms/pending_publish");

    log("Admin: dua entri lagi untuk papan alur kerja (Draf, Ditinjau) …");
    for (const [i, item] of OTHER_ITEMS.entries()) {
      await page.goto(`${server.origin}/admin/#/collections/berita`);
      await fillNews(page, withCover(item));
      await page.getByRole("button", { name: "Simpan", exact: true }).click();
      await page.getByText("Entri tersimpan").first().waitFor();
      await page.getByText("Status: Draf").waitFor();
      if (i === 0) continue;
      await page.getByText("Status: Draf").click();
      await page.getByRole("menuitem", { name: "Ditinjau" }).click();
      await page.getByText("Status: Ditinjau").waitFor();
    }
    await page.goto(`${server.origin}/admin/#/workflow`);
    for (const item of [MAIN_ITEM, ...OTHER_ITEMS]) await page.getByText(item.title).first().waitFor();
    await closeToasts(page);
    await shoot("07-papan-alur-kerja.png");

    log("Admin: penolakan tanpa teks alternatif …");
    await page.goto(`${server.origin}/admin/#/collections/berita`);
    await fillNews(page, withCover({ ...MAIN_ITEM, title: "Berita Tanpa Teks Alternatif", alt: "" }));
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.getByText("Teks alternatif wajib diisi.").first().waitFor();
    await page.getByText("Ada isian wajib yang belum benar. Lengkapi dulu sebelum menyimpan.").first().waitFor();
    await page.getByText("Teks alternatif wajib diisi.").first().scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await page.waitForTimeout(300);
    shots.push(await savePng(await page.screenshot(), join(options.outDir, "08-tolak-tanpa-teks-alternatif.png")));
    log("  08-tolak-tanpa-teks-alternatif.png");

    log("Admin: terbitkan, bangun ulang situs …");
    await page.goto(`${server.origin}/admin/#/workflow`);
    const card = page.getByText(MAIN_ITEM.title).first();
    await card.click();
    await page.getByRole("button", { name: "Terbitkan", exact: true }).click();
    await page.getByRole("menuitem", { name: "Terbitkan sekarang" }).click();
    await page.getByText("Entri sudah terbit").first().waitFor();
    await eventually("the branch to be gone", async () => !(await git.branchLocal()).all.includes(branch));
    const entryFile = `content/berita/${branch.slice("cms/berita/".length)}.md`;
    await eventually("the main tree to follow", async () =>
      (await readFile(join(cms!.mainDir, entryFile), "utf8").catch(() => "")).includes(MAIN_ITEM.title),
    );
    await build();
    const slug = branch.slice("cms/berita/".length).replace(/^\d{4}-\d{2}-\d{2}-/, "");
    await page.goto(`${server.origin}/berita/${slug}/`);
    await page.locator("main h1").filter({ hasText: MAIN_ITEM.title }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await shoot("09-berita-tayang.png");
    return { shots, offsite };
  } finally {
    await browser?.close();
    await server?.close();
    await cms?.stop();
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Decap's toasts ("Entri tersimpan" …) would cover the corner of the next screenshot. */
async function closeToasts(page: Page): Promise<void> {
  const toasts = page.locator(".Toastify__toast");
  for (let i = 0; i < 10 && (await toasts.count()) > 0; i++) {
    await page
      .locator(".Toastify__close-button")
      .first()
      .click()
      .catch(() => undefined);
    await page.waitForTimeout(300);
  }
  await toasts
    .first()
    .waitFor({ state: "detached", timeout: 10_000 })
    .catch(() => undefined);
}

/** The first sample news item's cover, under an editor's kind of file name. */
async function coverPhoto(repo: string, tmp: string): Promise<string> {
  const git = simpleGit(repo);
  const first = (await git.raw(["ls-files", "content/berita"])).trim().split("\n")[0]!;
  const { data } = matter(await readFile(join(repo, first), "utf8"));
  const upload = join(tmp, "Foto Kegiatan.jpg");
  await copyFile(join(repo, "content", (data.cover as { src: string }).src), upload);
  return upload;
}

const status = async (git: SimpleGit, branch: string) =>
  (await git.raw(["config", "--get", `branch.${branch}.description`]).catch(() => "")).trim();

/** Palette PNG at the docs width: a screenshot of flat UI loses nothing visible. */
async function savePng(png: Buffer, file: string): Promise<Shot> {
  await mkdir(join(file, ".."), { recursive: true });
  const data = await sharp(png)
    .resize({ width: DOC_WIDTH, withoutEnlargement: true })
    .png({ palette: true, compressionLevel: 9, effort: 10 })
    .toBuffer();
  await writeFile(file, data);
  return { file, bytes: data.length };
}
