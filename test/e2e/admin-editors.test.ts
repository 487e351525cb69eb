/**
 * Two editors at once, as an office works: Decap CMS in Debian's Chromium, one browser context
 * per editor, against the real decap-server (Git mode) behind the local guard, as `npm start`
 * runs them (`startLocalCms`, the admin page's origin the only one allowed).
 *
 * 1. A draft stays openable after someone else publishes (issue 12 point 2). decap-server lists a
 *    draft's files with a tip-to-tip `git diff main cms/…`, so an entry and media published on
 *    main after the draft branched were listed as the draft's own and read from its branch
 *    (ENOENT → "API_ERROR: Unknown error", "Invalid Date" on the board). Decap's GitHub backend
 *    asks GitHub's compare API (REST "Compare two commits", `GET /repos/{owner}/{repo}/compare/
 *    {basehead}` with `BASE...HEAD`, whose answer carries the `merge_base_commit` it diffs from), so
 *    only the draft's own files are listed there; the guard answers the same way locally.
 * 2. Two editors on one entry: the second save, based on a version its editor never saw, is
 *    refused with an Indonesian message (issue 12 point 3) instead of silently dropping the first
 *    editor's change. (Decap's GitHub backend commits on the draft branch's current head and
 *    force-updates it, `patchBranch(…, { force: true })` in decap-cms-backend-github's
 *    `editorialWorkflowGit`: last writer wins there too; the local guard closes it here.)
 */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import matter from "gray-matter";
import type { SimpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaticServer } from "../../src/site/serve.ts";
import { eventually, fillNews, openEditor, publish, save, type Editor, type NewsItem } from "./admin/editor.ts";
import { openAdminSession, type AdminSession } from "./admin/session.ts";

const DIVISION = "Bidang Informasi dan Komunikasi Publik";

let session: AdminSession;
let server: StaticServer;
let git: SimpleGit;
let a: Editor;
let b: Editor;
let photo: string;
const guardLog: string[] = [];

const branches = async () => (await git.branchLocal()).all.filter((b) => b.startsWith("cms/"));
const news = (title: string, file: string): NewsItem => ({
  title,
  summary: `Ringkasan ${title.toLowerCase()} untuk menguji dua editor sekaligus.`,
  division: DIVISION,
  author: "Tim Uji Warta",
  cover: file,
  shownAs: /^foto-dua-editor-[a-z0-9-]+\.jpg$/,
  alt: "Dua petugas bidang menyunting berita di depan layar komputer",
  body: `Paragraf pertama ${title.toLowerCase()}.`,
});

beforeAll(async () => {
  session = await openAdminSession({ keep: { berita: 1, galeri: 1 }, log: (line) => void guardLog.push(line) });
  ({ server, git } = session);
  const cover = (await git.raw(["ls-files", "content/media/berita"]))
    .trim()
    .split("\n")
    .find((f) => f.endsWith(".jpg"))!;
  photo = join(session.tmp, "Foto Dua Editor.jpg");
  await copyFile(join(session.repo, cover), photo);
  [a, b] = await Promise.all([
    openEditor(session.browser, `${server.origin}/admin/`),
    openEditor(session.browser, `${server.origin}/admin/`),
  ]);
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("two editors at once: Decap CMS + decap-server behind the guard, in Chromium", () => {
  it("A's draft still opens, edits and publishes after B published another entry with media", async () => {
    // B's entry file name is the shorter one: Decap reads a draft's shortest listed Markdown file,
    // which decap-server's tip-to-tip diff made B's (absent on A's branch: an empty card).
    const draftA = news("Draf Editor A Menunggu Giliran Terbit", photo);
    await fillNews(a.page, draftA);
    await save(a.page);
    const branchA = await eventually("A's draft branch", async () =>
      (await branches()).find((x) => x.endsWith("draf-editor-a-menunggu-giliran-terbit")),
    );
    await a.page.getByText("Entri tersimpan").first().waitFor();

    const newsB = news("Berita B Terbit", photo);
    await fillNews(b.page, newsB);
    await save(b.page);
    const branchB = await eventually("B's draft branch", async () =>
      (await branches()).find((x) => x.endsWith("berita-b-terbit")),
    );
    await b.page.getByText("Entri tersimpan").first().waitFor();
    await publish(b.page);
    await eventually("B merged into main", async () => !(await branches()).includes(branchB));
    const published = (await git.raw(["diff", "--name-only", `${branchA}...main`])).trim().split("\n");
    expect(published.some((f) => f.startsWith("content/media/berita/"))).toBe(true);

    // A comes back to the board: the draft's card has its date, and it opens.
    await a.page.goto(`${server.origin}/admin/#/workflow`);
    const card = a.page.getByText(draftA.title).first();
    await card.waitFor();
    expect(await a.page.locator("body").innerText()).not.toMatch(/Invalid Date|API_ERROR/);
    await card.click();
    const summary = a.page.getByLabel("Ringkasan", { exact: true });
    await expect.poll(() => summary.inputValue(), { timeout: 90_000 }).toBe(draftA.summary);
    const edited = "Ringkasan yang disunting editor A setelah berita B terbit.";
    await summary.fill(edited);
    await save(a.page);
    await a.page.getByText("Entri tersimpan").first().waitFor();
    await publish(a.page);
    await eventually("A merged into main", async () => !(await branches()).includes(branchA));

    const fileA = `content/berita/${branchA.slice("cms/berita/".length)}.md`;
    const { data } = matter(await git.show([`main:${fileA}`]));
    expect(data).toMatchObject({ title: draftA.title, summary: edited });
    expect(
      (await git.raw(["ls-tree", "--name-only", "main", `content${(data.cover as { src: string }).src}`])).trim(),
    ).not.toBe("");
    expect(
      (await git.raw(["ls-tree", "--name-only", "-r", "main", "content/berita"]))
        .split("\n")
        .filter((f) => /editor-a|berita-b/.test(f)),
    ).toHaveLength(2);
    expect(a.dialogs.filter((d) => /cadangan|backup/i.test(d))).toEqual([]);
    // Every request of both editors was answered: no draft file read from the wrong branch.
    expect([...a.failures, ...b.failures]).toEqual([]);
  }, 360_000);

  it("B's save over A's unseen change is refused in Indonesian; after a reload B saves on top of it", async () => {
    const file = (await git.raw(["ls-files", "content/berita"])).trim().split("\n")[0]!;
    const slug = file.slice("content/berita/".length, -".md".length);
    const url = `${server.origin}/admin/#/collections/berita/entries/${slug}`;
    // A fresh page load each (a hash change alone can leave the previous entry's form up).
    await Promise.all([a, b].map(async ({ page }) => page.goto("about:blank").then(() => page.goto(url))));
    const original = matter(await git.show([`main:${file}`])).data as { summary: string; author: string };
    // A page load takes seconds on a busy machine: generous waits, no timing asserted.
    for (const { page } of [a, b])
      await expect
        .poll(() => page.getByLabel("Penulis", { exact: true }).inputValue(), { timeout: 90_000 })
        .toBe(original.author);

    const summaryA = "Ringkasan baru dari editor A yang menyimpan lebih dulu.";
    await a.page.getByLabel("Ringkasan", { exact: true }).fill(summaryA);
    await save(a.page);
    await a.page.getByText("Entri tersimpan").first().waitFor();
    const branch = `cms/berita/${slug}`;
    await eventually("the draft branch", async () => (await branches()).includes(branch));

    await b.page.getByLabel("Penulis", { exact: true }).fill("Editor B Yang Terlambat");
    await save(b.page);
    await b.page
      .getByText(/sudah diubah editor lain/)
      .first()
      .waitFor();
    expect(
      await b.page
        .getByText(/sudah diubah editor lain/)
        .first()
        .innerText(),
    ).toMatch(/TIDAK disimpan.*muat ulang/s);
    const onBranch = () =>
      git.show([`${branch}:${file}`]).then((text) => matter(text).data as { summary: string; author: string });
    expect(await onBranch()).toMatchObject({ summary: summaryA, author: original.author });
    expect(guardLog.join("\n")).not.toMatch(/Penjaga CMS menolak aksi (?!persistEntry)/);

    // B reloads (declining Decap's local backup of the refused edit), sees A's change, and saves on top.
    await b.page.reload();
    await expect
      .poll(() => b.page.getByLabel("Ringkasan", { exact: true }).inputValue(), { timeout: 90_000 })
      .toBe(summaryA);
    await b.page.getByLabel("Penulis", { exact: true }).fill("Editor B Yang Terlambat");
    await save(b.page);
    await b.page.getByText("Entri tersimpan").first().waitFor();
    await eventually("both changes on the branch", async () => {
      const data = await onBranch();
      return data.summary === summaryA && data.author === "Editor B Yang Terlambat";
    });
  }, 360_000);

  it("made no request to any host other than 127.0.0.1, and the guard refused nothing else the admin sent", () => {
    expect([...a.offsite, ...b.offsite]).toEqual([]);
    expect(
      [...a.failures, ...b.failures].filter(
        (f) => !/^409 persistEntry: Penyimpanan ditolak: .*sudah diubah editor lain/.test(f),
      ),
    ).toEqual([]);
    expect(guardLog.filter((l) => l.startsWith("Penjaga CMS") && !/sudah diubah editor lain/.test(l))).toEqual([]);
  });
});
