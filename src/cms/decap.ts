/**
 * The small part of Decap CMS's browser API the admin bundle uses (`window.CMS`, `window.h`).
 * Decap is loaded from its own `dist/` bundle, so these are declared here rather than imported.
 */

/** Decap's entry record (an Immutable.js Map); only `getIn`/`get` are used. */
export interface DecapEntry {
  getIn(path: (string | number)[], notSetValue?: unknown): unknown;
  get(key: string, notSetValue?: unknown): unknown;
}

export interface DecapAsset {
  toString(): string;
  url?: string;
}

export interface PreviewTemplateProps {
  entry: DecapEntry;
  getAsset(path: string, field?: unknown): DecapAsset | undefined;
  document?: Document;
  window?: Window;
}

/** React's createElement as Decap exposes it on `window.h`. */
export type CreateElement = (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

export interface DecapCms {
  registerLocale(name: string, phrases: object): void;
  registerPreviewTemplate(name: string, component: (props: PreviewTemplateProps) => unknown): void;
  registerPreviewStyle(style: string, options?: { raw: boolean }): void;
  registerEditorComponent(component: object): void;
  /** A remark (unified 9) plugin the Markdown widget runs when reading and when writing Markdown. */
  registerRemarkPlugin(plugin: unknown): void;
  getWidget(name: string): DecapWidget | undefined;
  /** Decap 3's event hooks; a `preSave` handler that throws stops the save. */
  registerEventListener(listener: {
    name: "preSave" | "postSave" | "prePublish" | "postPublish" | "preUnpublish" | "postUnpublish";
    handler: (event: { entry: DecapEntry; author: { login?: string; name?: string } }) => unknown;
  }): void;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: object): void;
}

/** A registered widget: its form control, its preview, its options schema. */
export interface DecapWidget {
  control: unknown;
  preview?: unknown;
  schema?: object;
}

/** Turns an Immutable value (or a plain one) into plain JSON data. */
export function toPlain(value: unknown): unknown {
  if (
    value &&
    typeof value === "object" &&
    "toJS" in value &&
    typeof (value as { toJS: unknown }).toJS === "function"
  ) {
    return (value as { toJS(): unknown }).toJS();
  }
  return value;
}
