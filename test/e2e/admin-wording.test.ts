/**
 * The admin's words in the browser (issue 12, item 7): Indonesian screen-reader labels without
 * widget names, field errors as written (not in capitals, label not repeated), lists and board
 * cards without division codes or raw Markdown, the board's delete question for a draft of a
 * published entry, the site-data collection without repository/server/team settings, and the
 * English words Decap prints outside its locale. Real Decap in Chromium against decap-server.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAdminSession, type AdminSession } from "./admin/session.ts";

let session: AdminSession;
const dialogs: string[] = [];
/** The one published news item the repository keeps, as stored. */
let news: { slug: string; title: string; body: string };

/** Widget types and English words a screen reader must not read out. */
const TECHNICAL =
  /\b(string|image|datetime|date|markdown|relation|select|list|object|hidden|boolean|text|file|Remove|field)\b/;

beforeAll(async () => {
  session = await openAdminSession({ keep: { berita: 1, galeri: 1 } });
  session.page.removeAllListeners("dialog");
  session.page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.accept();
  });
  const file = (await session.git.raw(["ls-files", "content/berita"])).trim().split("\n")[0]!;
  const parsed = matter(await readFile(join(session.cms.cloneDir, file), "utf8"));
  news = {
    slug: file.replace(/^content\/berita\/|\.md$/g, ""),
    title: String(parsed.data.title),
    body: parsed.content,
  };
  await session.login();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

const ariaLabels = () =>
  session.page.locator("[aria-label]").evaluateAll((all) => all.map((e) => e.getAttribute("aria-label") ?? ""));

describe("admin wording in Chromium", () => {
  it("labels fields and buttons for screen readers in Indonesian, without widget names or field keys", async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/admin/#/collections/informasi-publik/new`);
    await page.getByRole("button", { name: "Sekarang" }).first().waitFor();
    // A chosen option of a multiple select gets react-select's remove button.
    await page.getByLabel("Bentuk informasi", { exact: false }).first().click();
    await page.getByRole("option", { name: /Softcopy/ }).click();
    await expect.poll(async () => (await ariaLabels()).some((l) => l.startsWith("Hapus Softcopy"))).toBe(true);
    // react-select's live region announces the choice in Indonesian (locale/select-announcements.ts).
    const live = () =>
      page.locator("[aria-live]").evaluateAll((all) => all.map((e) => e.textContent ?? "").join(" | "));
    await expect.poll(live).toMatch(/pilihan Softcopy[^|]*, dipilih\./);
    expect(await live()).not.toMatch(/\b(option|selected|results? available|press|Use Up)\b/);
    const labels = await ariaLabels();
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter((l) => TECHNICAL.test(l))).toEqual([]);
  }, 60_000);

  it("shows a field's error as written: not in capitals, the label not repeated", async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/admin/#/collections/berita/new`);
    await page.getByLabel("Judul", { exact: true }).fill("ab");
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    const error = page.locator('[class*="ControlErrorsList"] li').first();
    await error.waitFor();
    expect(await error.evaluate((e) => getComputedStyle(e).textTransform)).toBe("none");
    expect(await error.innerText()).not.toMatch(/^Judul: Judul/);
  }, 60_000);

  it("lists news without division codes", async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/admin/#/collections/berita`);
    const card = page.locator(`a[href="#/collections/berita/entries/${news.slug}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain(news.title);
    expect(await card.innerText()).not.toMatch(/·\s*ikp\s*·|\bikp\b/);
  }, 60_000);

  it("keeps the repository, branch, server and decree team out of Data situs", async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/admin/#/collections/data`);
    await page.getByText("Pengaturan situs").first().waitFor();
    expect(await page.getByText("Tim pengelola (SK)").count()).toBe(0);
    await page.getByText("Pengaturan situs", { exact: true }).first().click();
    await page.getByLabel("Alamat situs", { exact: true }).first().waitFor();
    const form = await page.locator("body").innerText();
    expect(form).not.toMatch(/Repositori GitHub|Cabang utama|Alamat server/i);
  }, 60_000);

  it("board: a draft of a published entry shows no raw Markdown and asks to delete the draft, not the entry", async () => {
    const { page, server } = session;
    // A fresh admin: Decap keeps an earlier form's state when only the URL's hash changes.
    await page.goto("about:blank");
    await page.goto(`${server.origin}/admin/#/collections/berita/entries/${news.slug}`);
    const title = page.getByLabel("Judul", { exact: true });
    await title.fill(`${news.title} (revisi)`);
    await page.getByRole("button", { name: "Simpan", exact: true }).click();
    await page.getByText("Entri tersimpan").first().waitFor();
    await page.goto(`${server.origin}/admin/#/workflow`);
    const card = page
      .locator('[class*="WorkflowCard"], [class*="WorkflowLink"]')
      .filter({ hasText: "(revisi)" })
      .first();
    await card.waitFor();
    const shown = await card.innerText();
    expect(shown).not.toContain(news.body.trim().slice(0, 40));
    expect(shown).not.toMatch(/\*\*|\bikp\b|Invalid Date/);
    await card.hover();
    await page.getByRole("button", { name: "Hapus perubahan" }).first().click();
    await expect.poll(() => dialogs.at(-1)).toMatch(/^Hapus draf ini\?.*sudah terbit.*tetap tayang/);
  }, 90_000);

  it("rewrites the English words Decap prints outside its locale", async () => {
    const { page } = session;
    await page.evaluate(() => {
      const p = document.createElement("p");
      p.id = "uji-kata";
      p.textContent = "Dian · Invalid Date — Gagal memuat entri: API_ERROR: Unknown error";
      document.body.append(p);
    });
    await expect
      .poll(() => page.locator("#uji-kata").innerText())
      .toMatch(/^Dian · tanggal tidak diketahui — Gagal memuat entri: server konten tidak menjawab/);
  });
});
