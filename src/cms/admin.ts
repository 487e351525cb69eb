/**
 * What the admin page adds to Decap CMS (bundled into `warta-admin.js`, loaded after Decap's own
 * bundle): the Indonesian interface (with an Indonesian image block for the Markdown editor, and
 * tables that keep their column alignment when saved),
 * unique media file names, a per-page id on requests to the local CMS server (so a stale save is
 * refused there, see editor-session.ts), the content check's entry rules before every save
 * (pre-save.ts), and previews made by the site's own page templates with the site's
 * stylesheet.
 */
import { COLLECTIONS, type CollectionName } from "../content/constants.ts";
import { id } from "./locale/id.ts";
import { installUniqueMediaNames } from "./media-names.ts";
import { installEditorSession } from "./editor-session.ts";
import { installIndonesianWording } from "./wording.ts";
import { startPhonesWithForm } from "./phone.ts";
import { installProblemNotice } from "./problem-notice.ts";
import { installPreSaveCheck, type PreSaveCheck } from "./pre-save.ts";
import { imageEditorComponent } from "./editor-image.ts";
import { tableAlignment } from "./table-align.ts";
import { installMediaResolution, resolvingGetAsset, type CreateClass } from "./media-assets.ts";
import { toPlain, type CreateElement, type DecapCms, type PreviewTemplateProps } from "./decap.ts";
import { dataPreviewHtml, entryPreviewHtml } from "./preview/pages.ts";
import type { Draft, PreviewContext, PreviewData } from "./preview/views.ts";

export interface AdminEnvironment {
  cms: DecapCms;
  h: CreateElement;
  /** create-react-class, as Decap exposes it on `window.createClass`. */
  createClass: CreateClass;
  window: Window & typeof globalThis;
  /** Site settings, menu and divisions for the header, footer and division names in previews. */
  data: PreviewData;
  /** The site's stylesheet, injected into the preview frame. */
  css: string;
  /** Loads the content check's chunk for the check before save (pre-save.ts). */
  loadCheck: () => Promise<PreSaveCheck>;
}

export function registerAdmin({ cms, h, createClass, window: win, data, css, loadCheck }: AdminEnvironment): void {
  cms.registerLocale("id", id);
  installUniqueMediaNames(win);
  installEditorSession(win);
  installIndonesianWording(win);
  startPhonesWithForm(win);
  installMediaResolution(cms, h, createClass);
  installProblemNotice(win);
  installPreSaveCheck(cms, win, { timeZone: data.site.timeZone ?? "Asia/Jakarta", load: loadCheck });
  cms.registerEditorComponent(imageEditorComponent(h));
  cms.registerRemarkPlugin(tableAlignment());
  cms.registerPreviewStyle(css, { raw: true });

  const context = (props: PreviewTemplateProps): PreviewContext => ({
    data,
    now: new Date(),
    asset: (path) => {
      const asset = resolvingGetAsset(props.getAsset)(path) as ReturnType<PreviewTemplateProps["getAsset"]>;
      return asset ? String(asset) : path;
    },
  });
  const html = (markup: string) =>
    h("div", { className: "warta-preview", dangerouslySetInnerHTML: { __html: markup } });
  const frontMatter = (props: PreviewTemplateProps) => (toPlain(props.entry.get("data")) ?? {}) as Draft;

  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    cms.registerPreviewTemplate(collection, (props) => {
      const { body, ...fm } = frontMatter(props);
      const slug = String(props.entry.get("slug") ?? "");
      return html(entryPreviewHtml(collection, slug, fm, typeof body === "string" ? body : "", context(props)));
    });
  }
  for (const file of ["site", "menu"] as const) {
    cms.registerPreviewTemplate(file, (props) => html(dataPreviewHtml(file, frontMatter(props), context(props))));
  }
}
