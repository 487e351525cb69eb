/**
 * Driving the admin (Decap CMS, Indonesian UI) in Chromium through playwright-core, as the
 * browser tests and the docs screenshots do: the news form filled the way an editor fills it,
 * and waiting for Git to follow the admin's requests.
 */
import type { Page } from "playwright-core";

export interface NewsItem {
  title: string;
  summary: string;
  /** The division's name as the "Bidang" list shows it. */
  division: string;
  author: string;
  /** A picture to upload as the cover; `shownAs` matches its name once the admin renamed it. */
  cover: string;
  shownAs: RegExp;
  /** Empty: the cover's alt text is left unfilled (the admin must refuse to save). */
  alt: string;
  body: string;
}

/** From the collection list: a new news entry with every required field and a cover uploaded through the media library. */
export async function fillNews(page: Page, news: NewsItem): Promise<void> {
  await page.locator('a[href="#/collections/berita/new"]').click();
  await page.getByLabel("Judul", { exact: true }).fill(news.title);
  await page.getByLabel("Ringkasan", { exact: true }).fill(news.summary);
  await page.getByLabel("Bidang", { exact: true }).click();
  await page.getByRole("option", { name: news.division }).click();
  await page.getByLabel("Penulis", { exact: true }).fill(news.author);
  // The name is made unique before Decap sees it.
  await page.getByRole("button", { name: "Pilih gambar" }).first().click();
  await page.locator('input[type="file"]').setInputFiles(news.cover);
  await page.getByText(news.shownAs).first().waitFor();
  await page.getByRole("button", { name: "Pakai yang dipilih" }).click();
  if (news.alt) await page.getByLabel("Teks alternatif", { exact: true }).first().fill(news.alt);
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(news.body);
}

/** Polls until `check` returns a value other than undefined/false (Git changes follow a request). */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
