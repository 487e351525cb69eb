/**
 * Entry of the admin bundle (`warta-admin.js`, built by `src/cms/bundle.ts`). `admin/index.html`
 * loads Decap's bundle, then `preview-data.js` (site settings, menu, divisions), then this.
 */
import { registerAdmin } from "../src/cms/admin.ts";
import type { CreateElement, DecapCms } from "../src/cms/decap.ts";
import type { CreateClass } from "../src/cms/media-assets.ts";
import { loadCheckBeside } from "../src/cms/pre-save.ts";
import type { PreviewData } from "../src/cms/preview/views.ts";

/** The site's stylesheet, inlined by the bundler. */
declare const __WARTA_SITE_CSS__: string;

/** The content check's chunk sits beside this script; it is asked for on the first save. */
const loadCheck = loadCheckBeside((document.currentScript as HTMLScriptElement | null)?.src ?? location.href);

const page = window as unknown as Window & {
  CMS: DecapCms;
  h: CreateElement;
  createClass: CreateClass;
  WARTA_PREVIEW_DATA: PreviewData;
};
registerAdmin({
  cms: page.CMS,
  h: page.h,
  createClass: page.createClass,
  window,
  data: page.WARTA_PREVIEW_DATA,
  css: __WARTA_SITE_CSS__,
  loadCheck,
});
