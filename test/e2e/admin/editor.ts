/**
 * An editor at the admin in Chromium: one browser context per person, off-site requests blocked
 * and recorded, dialogs answered (publishing is confirmed; Decap's offer to restore a local
 * backup after a reload is declined, so the editor sees what is saved).
 */
import type { Browser, Page } from "playwright-core";

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
  /** A script run in the page before the admin's own (playwright's `addInitScript`). */
  initScript?: () => void;
}

export async function openEditor(browser: Browser, adminUrl: string, options: EditorOptions = {}): Promise<Editor> {
  // The editor's clock is Indonesian (a date typed "now" must not be in the site's future).
  const context = await browser.newContext({ timezoneId: "Asia/Jakarta", locale: "id-ID", viewport: { width: 1400, height: 1000 } });
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
    const request = JSON.parse(response.request().postData() ?? "{}") as { action?: string; params?: { path?: string } };
    const action = request.action + (request.params?.path ? ` ${request.params.path}` : "");
    // Decap asks for a draft first and takes 404 as "not in the workflow": a normal answer.
    if (request.action === "unpublishedEntry" && response.status() === 404) return;
    const error = await response.json().then((j: { error?: string }) => j.error, () => "");
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

export interface NewsItem {
  title: string;
  summary: string;
  division: string;
  author: string;
  /** A picture to upload as the cover; `shownAs` matches its name once the admin renamed it. */
  cover: string;
  shownAs: RegExp;
  alt: string;
  body: string;
}

export async function fillNews(page: Page, news: NewsItem): Promise<void> {
  await page.locator('a[href="#/collections/berita/new"]').click();
  await page.getByLabel("Judul", { exact: true }).fill(news.title);
  await page.getByLabel("Ringkasan", { exact: true }).fill(news.summary);
  await page.getByLabel("Bidang", { exact: true }).click();
  await page.getByRole("option", { name: news.division }).click();
  await page.getByLabel("Penulis", { exact: true }).fill(news.author);
  await page.getByRole("button", { name: "Pilih gambar" }).first().click();
  await page.locator('input[type="file"]').setInputFiles(news.cover);
  await page.getByText(news.shownAs).first().waitFor();
  await page.getByRole("button", { name: "Pakai yang dipilih" }).click();
  await page.getByLabel("Teks alternatif", { exact: true }).first().fill(news.alt);
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(news.body);
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

/** Polls until `check` returns a value other than undefined/false (Git changes follow a request). */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
