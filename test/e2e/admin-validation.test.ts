/**
 * The admin refuses, before saving, what the build would refuse (issue 12 point 1): Decap CMS in
 * Debian's Chromium against the real decap-server (Git mode) behind the local guard, as
 * `npm start` runs them. A news item whose body has an image without alt text, and an agenda
 * ending before it starts, typed in the form, each get the check's own Indonesian message in Decap's failure toast
 * ("Gagal menyimpan entri: %{details}", `ui.toast.onFailToPersist`: Decap's persistEntry action
 * shows the error the backend threw; decap-cms-backend-proxy throws `APIError(json.error)` for an
 * error answer), and nothing is committed: no draft branch, `main` unchanged. The admin page's own
 * check (pre-save.ts) refuses these before the server's (save-check.ts) is asked; every rule of
 * each is proven in admin-pre-save.test.ts (page) and save-check.int.test.ts (server).
 */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import type { SimpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../../src/site/serve.ts";
import { fillNews, openEditor, save, type Editor } from "./admin/editor.ts";
import { openAdminSession, type AdminSession } from "./admin/session.ts";

let session: AdminSession;
let server: StaticServer;
let git: SimpleGit;
let editor: Editor;
let agendaEditor: Editor | undefined;
let photo: string;
let bodyImage: string;

const state = async () => ({
  refs: await git.raw(["for-each-ref", "--format=%(refname) %(objectname)"]),
  count: await git.raw(["rev-list", "--all", "--count"]),
});

beforeAll(async () => {
  session = await openAdminSession({ keep: { berita: 1, galeri: 1, agenda: 1 } });
  ({ server, git } = session);
  const images = (await git.raw(["ls-files", "content/media/berita"]))
    .trim()
    .split("\n")
    .filter((f) => f.endsWith(".jpg"));
  bodyImage = `/${images[1]!.slice("content/".length)}`;
  photo = join(session.tmp, "Foto Validasi.jpg");
  await copyFile(join(session.repo, images[0]!), photo);
  editor = await openEditor(session.browser, `${server.origin}/admin/`);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("the admin refuses before saving what the build refuses, in Chromium", () => {
  it("a body image without alt text: the check's message in the toast, nothing committed", async () => {
    const { page } = editor;
    const before = await state();
    await fillNews(page, {
      title: "Berita dengan gambar tanpa teks alternatif",
      summary: "Ringkasan berita uji yang memuat gambar tanpa teks alternatif di isi.",
      division: "Bidang Informasi dan Komunikasi Publik",
      author: "Tim Uji Warta",
      cover: photo,
      shownAs: /^foto-validasi-[a-z0-9-]+\.jpg$/,
      alt: "Petugas menyunting berita di depan layar komputer",
      body: "Paragraf pertama. ",
    });
    // The body in Markdown mode, as an editor pasting Markdown writes it: an image with empty alt.
    // Decap's mode toggle (a switch between the labels "Teks kaya" and "Markdown") is the form's last switch.
    await page.getByRole("switch").last().click();
    await page.getByText("Markdown", { exact: true }).waitFor();
    const raw = page.locator('[data-slate-editor="true"]');
    await raw.click();
    await page.keyboard.press("End");
    await page.keyboard.type(`\n\n![](${bodyImage})`);
    await save(page);
    const toast = page.getByText(/Penyimpanan ditolak: isian ini akan ditolak saat situs dibangun/).first();
    await toast.waitFor();
    const text = await toast.innerText();
    expect(text).toContain("gambar di isi tulisan tidak memiliki teks alternatif");
    expect(text).toMatch(
      /content\/berita\/[^ ]+\.md:\d+ +body +gambar di isi tulisan tidak memiliki teks alternatif +→ /,
    );
    expect(text).toContain("TIDAK disimpan");
    expect(await state()).toEqual(before);
    // The page refused it itself (pre-save.ts), before asking the server; the same words stay below the form.
    expect(editor.failures).toEqual([]);
    expect(await page.locator("#warta-simpan-ditolak").innerText()).toContain(
      "gambar di isi tulisan tidak memiliki teks alternatif",
    );
  }, 120_000);

  it("an agenda ending before it starts: the check's message in the toast, nothing committed", async () => {
    // A second editor (a fresh page): Decap keeps an unsaved entry's fields across a hash change.
    agendaEditor = await openEditor(session.browser, `${server.origin}/admin/`);
    const { page } = agendaEditor;
    const before = await state();
    await page.goto(`${server.origin}/admin/#/collections/agenda/new`);
    await page.getByLabel("Nama kegiatan", { exact: true }).fill("Agenda yang selesai sebelum mulai");
    await page.getByLabel("Tanggal terbit", { exact: true }).fill("2026-11-20T09:00");
    await page.getByLabel("Mulai", { exact: true }).fill("2026-12-10T10:00");
    await page.getByLabel("Selesai", { exact: true }).fill("2026-12-10T08:00");
    await page.getByLabel("Tempat", { exact: true }).fill("Aula Diskominfo");
    await page.getByLabel("Bidang", { exact: true }).click();
    await page.getByRole("option", { name: "Bidang Informasi dan Komunikasi Publik" }).click();
    await page.getByLabel("Ringkasan", { exact: true }).fill("Ringkasan agenda uji yang waktunya terbalik.");
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type("Isi agenda.");
    await save(page);
    const toast = page.getByText(/Penyimpanan ditolak: isian ini akan ditolak saat situs dibangun/).first();
    await toast.waitFor();
    const text = await toast.innerText();
    expect(text).toMatch(
      /content\/agenda\/[^ ]+\.md:\d+ +end +waktu selesai harus sesudah waktu mulai +→ ubah "end" menjadi waktu yang sama dengan atau sesudah "start"/,
    );
    expect(await state()).toEqual(before);
  }, 120_000);

  it("made no request to any host other than 127.0.0.1", () => {
    expect([...editor.offsite, ...(agendaEditor?.offsite ?? [])]).toEqual([]);
  });
});
