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
import { showNotice } from "./notice.ts";
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
      const loaded = (check ??= options.load().catch((error: unknown) => {
        check = undefined;
        throw error;
      }));
      const problems = (await loaded).draftProblems(draft, { divisionIds: [], timeZone: options.timeZone });
      if (problems.length === 0) return undefined;
      const message = saveRefusalMessage(problems);
      refusalNotice(win, message);
      throw new SaveRefused(message);
    },
  });
}

function refusalNotice(win: Window & typeof globalThis, message: string): void {
  const [title = "", ...lines] = message.split("\n");
  const notice = showNotice(win.document, {
    id: NOTICE_ID,
    title,
    lines: lines.map((line) => line.replace(/^• /, "")),
    colours: { background: "#fdecea", text: "#611a15", border: "#b71c1c" },
    zIndex: 100001,
  });
  const close = win.document.createElement("button");
  close.type = "button";
  close.textContent = "Tutup";
  close.addEventListener("click", () => notice.remove());
  notice.append(close);
  // It is about this entry: another entry's form does not show it.
  win.addEventListener("hashchange", () => notice.remove(), { once: true });
}
