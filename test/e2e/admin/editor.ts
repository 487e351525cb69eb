/**
 * An editor at the admin in Chromium: one browser context per person, off-site requests blocked
 * and recorded, dialogs answered (publishing is confirmed; Decap's offer to restore a local
 * backup after a reload is declined, so the editor sees what is saved).
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";

// The news form and the wait for Git, shared with the docs screenshots.
export { eventually, fillNews, type NewsItem } from "../../../src/cms/admin-driver.ts";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost"]);

export interface Editor {
  page: Page;
  /** Requests to hosts other than 127.0.0.1/localhost (blocked). */
  offsite: string[];
  dialogs: string[];
  /** Answers of the local CMS server with an error status: "<status> <action>: <error>". */
  failures: string[];
}

export interface EditorOptions {
  /** The browser context, e.g. a phone's viewport and touch (`{ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }`). */
  context?: BrowserContextOptions;
  /** A script run in the page before the admin's own (playwright's `addInitScript`). */
  initScript?: () => void;
}

export async function openEditor(browser: Browser, adminUrl: string, options: EditorOptions = {}): Promise<Editor> {
  // The editor's clock is Indonesian (a date typed "now" must not be in the site's future).
  const context = await browser.newContext({
    timezoneId: "Asia/Jakarta",
    locale: "id-ID",
    viewport: { width: 1400, height: 1000 },
    ...options.context,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const editor: Editor = { page: await context.newPage(), offsite: [], dialogs: [], failures: [] };
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (LOCAL_HOSTS.has(url.hostname) || url.protocol === "blob:" || url.protocol === "data:") return route.continue();
    editor.offsite.push(url.href);
    return route.abort("blockedbyclient");
  });
  editor.page.setDefaultTimeout(30_000);
  editor.page.on("response", async (response) => {
    if (!response.url().endsWith("/api/v1") || response.status() < 400) return;
    const request = JSON.parse(response.request().postData() ?? "{}") as {
      action?: string;
      params?: { path?: string };
    };
    const action = request.action + (request.params?.path ? ` ${request.params.path}` : "");
    // Decap asks for a draft first and takes 404 as "not in the workflow": a normal answer.
    if (request.action === "unpublishedEntry" && response.status() === 404) return;
    const error = await response.json().then(
      (j: { error?: string }) => j.error,
      () => "",
    );
    editor.failures.push(`${response.status()} ${action}: ${error}`);
  });
  editor.page.on("dialog", (dialog) => {
    editor.dialogs.push(dialog.message());
    void (/cadangan|backup/i.test(dialog.message()) ? dialog.dismiss() : dialog.accept());
  });
  await editor.page.goto(adminUrl, { waitUntil: "commit" });
  await editor.page.getByRole("button", { name: "Masuk" }).click({ timeout: 60_000 });
  await editor.page.locator('a[href="#/collections/berita/new"]').waitFor();
  return editor;
}

export async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Simpan", exact: true }).click();
}

/** From the open entry: status "Siap terbit", then "Terbitkan sekarang" (confirmed). */
export async function publish(page: Page): Promise<void> {
  await page.getByText(/^Status: /).click();
  await page.getByRole("menuitem", { name: "Siap terbit" }).click();
  await page.getByText("Status: Siap terbit").waitFor();
  await page.getByRole("button", { name: "Terbitkan", exact: true }).click();
  await page.getByRole("menuitem", { name: "Terbitkan sekarang" }).click();
  await page.getByText("Entri sudah terbit").first().waitFor();
}
