/**
 * One word changed in the admin changes one line in Git (issue 12, item 5). Real Decap in Chromium
 * against decap-server in Git mode: a published news item with a right-aligned table is opened,
 * one word is typed into its body, and the draft is saved. Decap writes the whole file again
 * (front matter with its YAML formatter, the body with the Markdown widget's serialiser), so the
 * draft branch differs from main in that one line only if the stored file is already in Decap's
 * format and the table keeps its alignment (the admin's remark plugin, src/cms/table-align.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, save } from "./admin/editor.ts";
import { openAdminSession, type AdminSession } from "./admin/session.ts";

const SLUG = "2026-10-19-internet-desa-jangkau-48-desa";
const FILE = `content/berita/${SLUG}.md`;
let session: AdminSession;

beforeAll(async () => {
  // Berita sorted by name: the 7th is the one with a right-aligned table.
  session = await openAdminSession({ keep: { berita: 7, galeri: 1 } });
  await session.login();
}, 180_000);

afterAll(async () => {
  await session?.close();
});

describe("saving from the admin (Chromium, decap-server)", () => {
  it("a one-word edit in the body changes one line, and the table keeps its right alignment", async () => {
    const { page, server, git } = session;
    expect(await git.show([`main:${FILE}`])).toMatch(/\| -+: \|/); // the table is right-aligned
    await page.goto(`${server.origin}/admin/#/collections/berita/entries/${SLUG}`);
    const firstParagraph = page.locator('[data-slate-editor="true"] p').first();
    await firstParagraph.waitFor();
    // Slate settles its selection after a click: type at the paragraph's end, one key at a time.
    await firstParagraph.click();
    await page.keyboard.press("Control+End");
    await page.waitForTimeout(300);
    await page.keyboard.type(" kini", { delay: 80 });
    await save(page);
    const branch = `cms/berita/${SLUG}`;
    const numstat = await eventually("the draft branch", async () => {
      const out = (await git.raw(["diff", "--numstat", `main...${branch}`]).catch(() => "")).trim();
      return out || undefined;
    });
    expect(numstat).toBe(`1\t1\t${FILE}`);
    const diff = await git.raw(["diff", "-U0", `main...${branch}`]);
    expect(diff).toMatch(/^\+.* kini/m);
  });
});
