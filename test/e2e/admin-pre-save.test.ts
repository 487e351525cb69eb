/**
 * The admin page refuses, before saving, every entry-scope rule of the content check
 * (src/content/rules.ts), with the check's own words, on its own: the local server's save check
 * is switched off (`checkSaves: false`), as on the GitHub backend of a deployed site, where no
 * server sees a save before the pull request's check. Decap CMS in Chromium, real decap-server.
 *
 * Behaviour pinned: Decap's docs (https://decapcms.org/docs/registering-events/) name the `preSave`
 * event and its handler's returned data; its source (decaporg/decap-cms packages/decap-cms-core, read
 * in the installed 3.x dist: lib/registry.js, backend.js, actions/entries.js) does the rest:
 * `CMS.registerEventListener({ name: "preSave", handler })` (lib/registry.ts); `backend.persistEntry`
 * awaits `invokePreSaveEvent` (backend.ts) before the backend's `persistEntry`, and `invokeEvent`
 * runs the handlers in registration order, a handler's returned value replacing the entry's data;
 * a handler that throws rejects the `persistEntry` action (actions/entries.ts), which shows the
 * `ui.toast.onFailToPersist` toast with the error as `details` and saves nothing.
 *
 * Each rule's values come from the fixture that breaks exactly it (test/cms/rule-fixtures.ts).
 * Decap's form widgets cannot produce most of them (an unknown field, a number for a title…),
 * so a `preSave` listener registered before the admin's own (an init script catching
 * `window.CMS`) puts the fixture's values into the entry being saved, as an editor's form would
 * have; the admin's listener must then refuse. Expected words: `npm run check` (`loadContent`)
 * over the repository with the fixture's file in place.
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import type { SimpleGit } from "simple-git";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { RULE_IDS, RULES } from "../../src/content/rules.ts";
import { splitFrontMatter, YamlSource } from "../../src/content/source.ts";
import type { StaticServer } from "../../src/site/serve.ts";
import { RULE_FIXTURES, type RuleFixture } from "../cms/rule-fixtures.ts";
import { openEditor, save, type Editor } from "./admin/editor.ts";
import { openAdminSession, type AdminSession } from "./admin/session.ts";

const run = promisify(execFile);

let session: AdminSession;
let server: StaticServer;
let git: SimpleGit;
let editor: Editor;
/** `persistEntry` requests that reached the local server, and requests for the check's chunk. */
const persisted: string[] = [];
const chunks: string[] = [];

const ENTRY_RULES = RULE_IDS.filter((rule) => RULES[rule].scope === "entry");
const FIXTURES = RULE_FIXTURES.filter((f) => RULES[f.rule].scope === "entry");

/** A text field of each form to change (Decap saves only a changed entry). */
const TEXT_FIELD: Record<string, string> = {
  berita: "Judul",
  pengumuman: "Judul",
  agenda: "Nama kegiatan",
  "informasi-publik": "Judul informasi",
  data: "Kode",
};

/** Puts `window.wartaTestValues` (when set) into the entry being saved, ahead of the admin's own listener. */
function injectValues() {
  type Listener = {
    name: string;
    handler: (event: { entry: { get(key: string): { clear(): { mergeDeep(v: unknown): unknown } } } }) => unknown;
  };
  let cms: { registerEventListener(listener: Listener): void } | undefined;
  Object.defineProperty(window, "CMS", {
    configurable: true,
    get: () => cms,
    set(value: typeof cms) {
      cms = value;
      value!.registerEventListener({
        name: "preSave",
        handler: ({ entry }) => {
          const values = (window as unknown as { wartaTestValues?: unknown }).wartaTestValues;
          return values === undefined ? undefined : entry.get("data").clear().mergeDeep(values);
        },
      });
    },
  });
}

const state = async () => ({
  refs: await git.raw(["for-each-ref", "--format=%(refname) %(objectname)"]),
  count: await git.raw(["rev-list", "--all", "--count"]),
});

/** The fixture's values as Decap holds them: the front matter's fields and `body`, or the data file's fields. */
function valuesOf(fixture: RuleFixture): unknown {
  if (fixture.collection === "data") return new YamlSource(fixture.raw, 1).value();
  const split = splitFrontMatter(fixture.raw);
  if ("issue" in split) throw new Error(`${fixture.path}: ${split.issue.message}`);
  return { ...(new YamlSource(split.yaml, 2).value() as object), body: split.body };
}

/** What `npm run check` says about the fixture's file, with the fixture (and its media) in the repository. */
async function checkReports(fixture: RuleFixture, n: number) {
  const dir = join(session.tmp, `expected-${n}`);
  await mkdir(dir, { recursive: true });
  await run("sh", ["-c", `git archive main content | tar -x -C "${dir}"`], { cwd: session.cms.cloneDir });
  for (const file of [{ path: fixture.path, content: fixture.raw }, ...(fixture.assets ?? [])]) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.content);
  }
  return (await loadContent(join(dir, "content"))).problems.filter((p) => p.file === fixture.path);
}

/** The form of an existing entry of the fixture's collection (its data file for `data`). */
async function entryUrl(fixture: RuleFixture): Promise<{ url: string; path: string }> {
  if (fixture.collection === "data") return { url: `#/collections/data/entries/${fixture.slug}`, path: fixture.path };
  const files = (await git.raw(["ls-files", `content/${fixture.collection}/`]))
    .trim()
    .split("\n")
    .filter((f) => f.endsWith(".md"))
    .sort();
  const path = files[0]!;
  return {
    url: `#/collections/${fixture.collection}/entries/${path.slice(`content/${fixture.collection}/`.length, -3)}`,
    path,
  };
}

beforeAll(async () => {
  session = await openAdminSession({ keep: { berita: 1, galeri: 1, agenda: 1, pengumuman: 1 }, checkSaves: false });
  ({ server, git } = session);
  editor = await openEditor(session.browser, `${server.origin}/admin/`, { initScript: injectValues });
  editor.page.on("request", (request) => {
    if (request.url().endsWith("/warta-check.js")) chunks.push(request.url());
    if (request.url().endsWith("/api/v1") && (request.postData() ?? "").includes('"action":"persistEntry"'))
      persisted.push(request.postData()!);
  });
}, 240_000);

afterAll(async () => {
  await session?.close();
});

describe("the admin page refuses every entry-scope rule before saving, with no server check", () => {
  it("has a fixture for every entry-scope rule", () => {
    expect(ENTRY_RULES.filter((rule) => !FIXTURES.some((f) => f.rule === rule))).toEqual([]);
  });

  it.each(FIXTURES.map((f, i) => [`${f.rule} (${RULES[f.rule].title})`, f, i] as const))(
    "%s",
    async (_name, fixture, n) => {
      const expected = await checkReports(fixture, n);
      expect(expected.length, "the check refuses the fixture").toBeGreaterThan(0);
      const { page } = editor;
      const { url, path } = await entryUrl(fixture);
      const before = await state();
      const persistedBefore = persisted.length;

      // A fresh page: Decap keeps an unsaved entry's fields across a hash change.
      const chunksBefore = chunks.length;
      await page.goto("about:blank");
      await page.goto(`${server.origin}/admin/${url}`);
      // A data file's list shows its items collapsed: open the first.
      if (fixture.collection === "data") {
        await page
          .getByText(/^Sekretariat · sekretariat$/)
          .locator("xpath=ancestor::div[.//button][1]")
          .getByRole("button")
          .first()
          .click();
      }
      const field = page.getByLabel(TEXT_FIELD[fixture.collection]!, { exact: true }).first();
      await field.click();
      // The admin's load did not fetch the check: it comes with the first save.
      expect(chunks.length).toBe(chunksBefore);
      await page.keyboard.press("End");
      await page.keyboard.type("x");
      await page.evaluate(
        (values) => ((window as unknown as { wartaTestValues?: unknown }).wartaTestValues = values),
        valuesOf(fixture),
      );
      await save(page);

      const notice = page.locator("#warta-simpan-ditolak");
      await notice.waitFor();
      expect(chunks.length).toBe(chunksBefore + 1);
      const text = await notice.innerText();
      expect(text).toContain(
        "Penyimpanan ditolak: isian ini akan ditolak saat situs dibangun, jadi entri TIDAK disimpan.",
      );
      // Each of the check's problems, in its words, placed in the entry being saved.
      for (const p of expected)
        expect(text).toMatch(
          new RegExp(`${escape(path)}:\\d+  ${escape(p.field || "-")}  ${escape(p.message)}  → ${escape(p.fix)}`),
        );
      expect(text.split("\n").filter((line) => line.startsWith(`${path}:`))).toHaveLength(expected.length);
      // Decap's failure toast carries the same refusal.
      await expect.poll(() => page.getByText(/^Gagal menyimpan entri: Penyimpanan ditolak/).count()).toBeGreaterThan(0);
      // Nothing reached the server, nothing committed.
      expect(persisted.length).toBe(persistedBefore);
      expect(await state()).toEqual(before);
      await page.evaluate(() => delete (window as unknown as { wartaTestValues?: unknown }).wartaTestValues);
    },
    60_000,
  );

  it("saves an entry that breaks no rule (the check does not get in the way)", async () => {
    const { page } = editor;
    const fixture = FIXTURES.find((f) => f.collection === "berita")!;
    const { url } = await entryUrl(fixture);
    await page.goto("about:blank");
    await page.goto(`${server.origin}/admin/${url}`);
    await page
      .getByLabel("Judul", { exact: true })
      .first()
      .fill("Rapat koordinasi pengelola website perangkat daerah (diperbarui)");
    const before = persisted.length;
    await save(page);
    await page.getByText("Entri tersimpan").first().waitFor();
    expect(persisted.length).toBe(before + 1);
    expect(await page.locator("#warta-simpan-ditolak").count()).toBe(0);
  }, 60_000);

  it("made no request to any host other than 127.0.0.1", () => {
    expect(editor.offsite).toEqual([]);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
