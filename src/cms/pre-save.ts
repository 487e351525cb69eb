/**
 * The admin's own check before a save, on every backend (the GitHub one of the deployed site
 * too, where no local server checks saves): a Decap `preSave` listener runs the content check's
 * entry-scope rules (pre-save-check.ts) on the entry and, when it breaks any, throws. Decap then
 * saves nothing and shows its failure toast ("Gagal menyimpan entri: %{details}"); the full list
 * also stays in a notice below the form until the next save or another page, since the toast goes after 8 s.
 *
 * Decap 3 (decap-cms-core): `backend.persistEntry` first awaits `invokePreSaveEvent`, which runs
 * every registered `preSave` handler in turn (lib/registry.ts `invokeEvent`); an exception there
 * rejects the `persistEntry` action, whose catch dispatches `ui.toast.onFailToPersist` with the
 * error as `details`, before the backend's `persistEntry` is called.
 *
 * Rules that need other files (media that must exist, divisions, taken addresses…) stay with
 * the local server's save check and, on GitHub, the pull request's check.
 */
import type { TimeZone } from "../content/dates.ts";
import { toPlain, type DecapCms, type DecapEntry } from "./decap.ts";
import type { Draft, draftProblems } from "./pre-save-check.ts";
import { saveRefusalMessage } from "./save-refusal.ts";

export interface PreSaveCheck {
  draftProblems: typeof draftProblems;
}

export interface PreSaveOptions {
  /** The site's time zone (dates compared as instants). */
  timeZone: TimeZone;
  /** Loads the check's chunk (a dynamic import of `warta-check.js`). */
  load: () => Promise<PreSaveCheck>;
}

export const NOTICE_ID = "warta-simpan-ditolak";

/** The check's chunk, written by bundle.ts beside the admin's script from admin/check.ts. */
export const CHECK_CHUNK = "warta-check.js";

/**
 * Loads the check's chunk from beside the admin's script. A computed import on purpose: a literal
 * one would be bundled into the admin's first load (an IIFE script cannot split chunks).
 */
export const loadCheckBeside = (scriptUrl: string) => (): Promise<PreSaveCheck> =>
  import(new URL(CHECK_CHUNK, scriptUrl).href) as Promise<PreSaveCheck>;

/** A refusal Decap shows as it is: an empty name keeps "Error: " out of the toast. */
class SaveRefused extends Error {
  override name = "";
}

export function installPreSaveCheck(cms: DecapCms, win: Window & typeof globalThis, options: PreSaveOptions): void {
  let check: Promise<PreSaveCheck> | undefined;
  cms.registerEventListener({
    name: "preSave",
    handler: async ({ entry }: { entry: DecapEntry }) => {
      win.document.getElementById(NOTICE_ID)?.remove();
      const draft: Draft = {
        collection: String(entry.get("collection") ?? ""),
        slug: String(entry.get("slug") ?? ""),
        path: String(entry.get("path") ?? ""),
        data: (toPlain(entry.get("data")) ?? {}) as Record<string, unknown>,
      };
      // A failed load (offline) may be retried on the next save.
      const loaded = (check ??= options.load().catch((error: unknown) => { check = undefined; throw error; }));
      const problems = (await loaded).draftProblems(draft, { divisionIds: [], timeZone: options.timeZone });
      if (problems.length === 0) return undefined;
      const message = saveRefusalMessage(problems);
      showNotice(win, message);
      throw new SaveRefused(message);
    },
  });
}

function showNotice(win: Window & typeof globalThis, message: string): void {
  const doc = win.document;
  const [title, ...lines] = message.split("\n");
  const notice = doc.createElement("section");
  notice.id = NOTICE_ID;
  notice.setAttribute("role", "alert");
  notice.style.cssText =
    "position:fixed;left:0;right:0;bottom:0;z-index:100001;max-height:40vh;overflow:auto;background:#fdecea;color:#611a15;" +
    "border-top:3px solid #b71c1c;padding:12px 16px;font:14px/1.5 system-ui,sans-serif;box-shadow:0 -2px 8px rgba(0,0,0,.2)";
  const heading = doc.createElement("strong");
  heading.textContent = title ?? "";
  const list = doc.createElement("ul");
  // pre-wrap: the columns of `npm run check`'s lines (two spaces apart) stay as it prints them.
  list.style.cssText = "margin:6px 0;padding-left:20px;font-family:ui-monospace,monospace;font-size:13px;white-space:pre-wrap";
  for (const line of lines) {
    const item = doc.createElement("li");
    item.textContent = line.replace(/^• /, "");
    list.append(item);
  }
  const close = doc.createElement("button");
  close.type = "button";
  close.textContent = "Tutup";
  close.addEventListener("click", () => notice.remove());
  notice.append(heading, list, close);
  doc.body.append(notice);
  // It is about this entry: another entry's form does not show it.
  win.addEventListener("hashchange", () => notice.remove(), { once: true });
}
