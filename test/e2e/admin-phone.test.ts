/**
 * The admin on a 390 px phone (issue 12, item 6): Decap's editor is laid out for 800 px (its
 * EditorContainer and toolbar have min-width: 800px) and its board shows card buttons on hover
 * only (and not at all below 500 px). With the admin's own CSS and src/cms/phone.ts: nothing is
 * wider than the screen, the form comes first and the preview on demand (Decap's eye button),
 * and every action is reachable by a tap. Real Decap in Chromium (touch) against decap-server.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { openAdminSession, type AdminSession } from "./admin/session.ts";

const WIDTH = 390;
let session: AdminSession;
let slug: string;

beforeAll(async () => {
  session = await openAdminSession({
    keep: { berita: 1, galeri: 1 },
    context: { viewport: { width: WIDTH, height: 844 }, isMobile: true, hasTouch: true },
  });
  slug = (await session.git.raw(["ls-files", "content/berita"]))
    .trim()
    .split("\n")[0]!
    .replace(/^content\/berita\/|\.md$/g, "");
  await session.login();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

/** Whether the element is on screen horizontally (reachable without sideways scrolling). */
async function onScreen(element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  return !!box && box.x >= 0 && box.x + box.width <= WIDTH + 0.5 && box.width > 0;
}

const pageWidth = () => session.page.evaluate(() => document.documentElement.scrollWidth);

describe(`admin on a ${WIDTH} px phone (Chromium, touch)`, () => {
  it("opens an entry with the form alone, every toolbar action on screen, nothing wider than the phone", async () => {
    const { page, server } = session;
    await page.goto(`${server.origin}/admin/#/collections/berita/entries/${slug}`);
    await page.getByLabel("Judul", { exact: true }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(WIDTH);
    for (const name of ["Simpan", "Sudah terbit", "Hapus entri yang sudah terbit"]) {
      expect(await onScreen(page.getByRole("button", { name, exact: true }).first()), name).toBe(true);
    }
    expect(await onScreen(page.getByLabel("Judul", { exact: true }))).toBe(true);
    expect(await page.locator("iframe").count()).toBe(0);
  }, 90_000);

  it("shows the preview on demand, across the whole width, and goes back to the form", async () => {
    const { page } = session;
    const eye = page.locator('[class*="ViewControls"] button').first();
    await eye.tap();
    const frame = page.locator("iframe").first();
    await frame.waitFor();
    const box = await frame.boundingBox();
    expect(box!.width).toBeGreaterThan(WIDTH * 0.9);
    expect(await pageWidth()).toBeLessThanOrEqual(WIDTH);
    await page.locator('[class*="ViewControls"] button').first().tap();
    await page.getByLabel("Judul", { exact: true }).waitFor();
    expect(await onScreen(page.getByLabel("Judul", { exact: true }))).toBe(true);
  }, 60_000);

  it("saves by a tap, and the board's card buttons are there without hovering", async () => {
    const { page, server } = session;
    await page.getByLabel("Judul", { exact: true }).fill("Judul diubah dari ponsel petugas lapangan");
    await page.getByRole("button", { name: "Simpan", exact: true }).tap();
    await page.getByText("Entri tersimpan").first().waitFor();
    // The status menu of a draft is reachable too.
    expect(await onScreen(page.getByText(/^Status: /).first())).toBe(true);
    await page.goto(`${server.origin}/admin/#/workflow`);
    const card = page.locator('[class*="WorkflowCard"]').filter({ hasText: "ponsel petugas" }).first();
    await card.waitFor();
    for (const name of ["Hapus perubahan", "Terbitkan perubahan"]) {
      const button = card.getByRole("button", { name });
      expect(await button.isVisible(), name).toBe(true);
      expect(await button.evaluate((b) => getComputedStyle(b.parentElement!).opacity), name).toBe("1");
      await button.scrollIntoViewIfNeeded();
      expect(await onScreen(button), name).toBe(true);
    }
  }, 90_000);
});
