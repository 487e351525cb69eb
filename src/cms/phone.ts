/**
 * On a phone the editor opens with the form alone; the preview comes when asked for (the eye
 * button) and then fills the screen. Decap keeps the editor's choice of right-hand pane in
 * localStorage (`cms.right-pane`: i18n | notes | preview | none); on a narrow screen every page
 * load starts with "none". The layout itself is CSS in admin/index.html.
 */

/** Below this width Decap's own styles assume a desktop (its editor has min-width: 800px). */
export const PHONE_MAX_WIDTH = 799;
export const RIGHT_PANE_KEY = "cms.right-pane";

export function startPhonesWithForm(win: Window & typeof globalThis): void {
  if (!win.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`).matches) return;
  try {
    win.localStorage.setItem(RIGHT_PANE_KEY, "none");
  } catch {
    // Storage refused (private mode): Decap then shows its default, the preview beside the form.
  }
}
