/**
 * The few English words Decap shows that its locale cannot reach: dayjs's "Invalid Date" on a
 * workflow card, the backend's "API_ERROR: Unknown error" in a toast (and the "API_ERROR:" code
 * it puts before the local server's own Indonesian refusal), react-select's "Remove <option>"
 * screen-reader label on a chosen option and its live announcements (locale/select-announcements.ts),
 * and react-toastify's "close" on a toast's close button. A MutationObserver rewrites them in
 * place as React renders them (React writes them again on the next render; the observer follows).
 */

import { SELECT_ANNOUNCEMENTS, type Replacement } from "./locale/select-announcements.ts";

/** English text → Indonesian, for whole text nodes or parts of them. */
export const TEXT_REPLACEMENTS: readonly [RegExp, Replacement][] = [
  [/Invalid Date/g, "tanggal tidak diketahui"],
  [
    /API_ERROR: Unknown error/g,
    "server konten tidak menjawab (API_ERROR). Muat ulang halaman; bila masih gagal, hubungi admin kantor",
  ],
  // decap-cms-backend-proxy throws APIError(json.error) and the toast prints it as "API_ERROR: <error>";
  // the guard's refusals ("Penyimpanan ditolak: …", "Permintaan ditolak: …") are Indonesian already.
  [/API_ERROR: (?=[A-Z][a-z]+ ditolak\b|Server Git lokal\b)/g, ""],
  ...SELECT_ANNOUNCEMENTS,
];

/** An aria-label Decap's parts write in English → its Indonesian. */
export function indonesianAriaLabel(label: string): string | undefined {
  const remove = /^Remove (.+)$/.exec(label);
  if (remove) return `Hapus ${remove[1]}`;
  if (label === "close") return "Tutup";
  return undefined;
}

export function indonesianText(text: string): string | undefined {
  let out = text;
  for (const [pattern, replacement] of TEXT_REPLACEMENTS) out = out.replace(pattern, replacement as string);
  return out === text ? undefined : out;
}

function fix(node: Node, win: Window & typeof globalThis): void {
  if (node.nodeType === win.Node.TEXT_NODE) {
    const replaced = indonesianText(node.nodeValue ?? "");
    if (replaced !== undefined) node.nodeValue = replaced;
    return;
  }
  if (!(node instanceof win.Element)) return;
  for (const element of [node, ...Array.from(node.querySelectorAll("[aria-label]"))]) {
    const label = element.getAttribute("aria-label");
    const replaced = label && indonesianAriaLabel(label);
    if (replaced) element.setAttribute("aria-label", replaced);
  }
  const walker = win.document.createTreeWalker(node, win.NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) fix(text, win);
}

export function installIndonesianWording(win: Window & typeof globalThis): void {
  const observer = new win.MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === "childList") m.addedNodes.forEach((n) => fix(n, win));
      else fix(m.target, win);
    }
  });
  const start = () => {
    fix(win.document.body, win);
    observer.observe(win.document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ["aria-label"],
    });
  };
  if (win.document.body) start();
  else win.addEventListener("DOMContentLoaded", start);
}
