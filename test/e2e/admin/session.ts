/**
 * One admin session for a browser test: a throwaway repository from the sample content, the real
 * decap-server in Git mode on it (as `npm start` runs it), the admin as the site build publishes
 * it, and Chromium with every request to a host other than 127.0.0.1/localhost blocked.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
import { simpleGit, type SimpleGit } from "simple-git";
import { startLocalCms, type LocalCms } from "../../../src/cms/local.ts";
import { copyAdmin } from "../../../src/cms/site.ts";
import { serveStatic, type StaticServer } from "../../../src/site/serve.ts";
import { CHROMIUM_ARGS } from "../../../src/monev/browser.ts";
import { makeContentRepo, type ContentRepoOptions } from "../../../src/cms/content-repo.ts";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

export interface AdminSession {
  tmp: string;
  /** The throwaway repository decap-server's clone was made from. */
  repo: string;
  cms: LocalCms;
  server: StaticServer;
  browser: Browser;
  page: Page;
  git: SimpleGit;
  /** Requests the page tried to make to other hosts (blocked). */
  offsite: string[];
  /** Opens the admin and logs in through the local proxy. */
  login(): Promise<void>;
  close(): Promise<void>;
}

export interface AdminSessionOptions extends ContentRepoOptions {
  context?: BrowserContextOptions;
  /** The local guard's and decap-server's lines, as `npm start` prints them. */
  log?: (line: string) => void;
  /** `false`: the local server does not check saves, so only the admin page can refuse one. */
  checkSaves?: boolean;
}

export async function openAdminSession(options: AdminSessionOptions = {}): Promise<AdminSession> {
  const tmp = await mkdtemp(join(tmpdir(), "warta-admin-e2e-"));
  const repo = await makeContentRepo(join(tmp, "repo"), options);
  const site = join(tmp, "site");
  await mkdir(site, { recursive: true });
  // The site is served first so that, as in `npm start`, the guard allows only its origin.
  const server = await serveStatic(site);
  const cms = await startLocalCms({
    repoDir: repo,
    stateDir: join(tmp, "state"),
    port: 0,
    pollMs: 250,
    adminOrigins: [server.origin],
    log: options.log,
    ...(options.checkSaves === undefined ? {} : { checkSaves: options.checkSaves }),
  });
  await copyAdmin(site, { contentDir: join(cms.mainDir, "content"), localBackendUrl: cms.proxyUrl });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    timezoneId: "Asia/Jakarta",
    locale: "id-ID",
    viewport: { width: 1400, height: 1000 },
    ...options.context,
  });
  const offsite: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname) || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    offsite.push(url.href);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on("dialog", (dialog) => void dialog.accept());
  return {
    tmp,
    repo,
    cms,
    server,
    browser,
    page,
    git: simpleGit(cms.cloneDir),
    offsite,
    async login() {
      await page.goto(`${server.origin}/admin/`, { waitUntil: "commit" });
      await page.getByRole("button", { name: "Masuk" }).click({ timeout: 60_000 });
      await page.locator('a[href="#/collections/berita/new"]').waitFor();
    },
    async close() {
      await browser.close();
      await server.close();
      await cms.stop();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/** Every `<img>` in `scope` as [src, natural width], after it had a moment to load (lazy ones are scrolled in). */
export async function loadedImages(scope: Locator): Promise<[string, number][]> {
  return scope.evaluateAll((images: HTMLImageElement[]) =>
    Promise.all(
      images.map(async (image) => {
        image.scrollIntoView({ block: "nearest" });
        if (!image.complete)
          await Promise.race([image.decode().catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]);
        return [image.getAttribute("src") ?? "", image.naturalWidth] as [string, number];
      }),
    ),
  );
}
