/**
 * The site's output conventions, as two small tree transforms: one on Markdown's tree (before HTML
 * exists), one on the sanitised HTML tree (so everything added here is ours, never an editor's).
 */
import type { Root as MdastRoot, Nodes as MdastNodes } from "mdast";
import type { Root as HastRoot, Element, ElementContent, RootContent } from "hast";

/** Body headings start at `<h2>`: the page title is the page's only `<h1>`. */
const TOP_BODY_HEADING = 2;

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** Markdown side: shift headings, lower-case URL schemes so the sanitiser's allow-list sees them as browsers do. */
export function applyMarkdownConventions(tree: MdastRoot): void {
  const headings: { depth: number }[] = [];
  let highest = 7;
  const walk = (node: MdastNodes): void => {
    if (node.type === "heading") {
      headings.push(node);
      if (node.depth < highest) highest = node.depth;
    } else if (node.type === "link" || node.type === "image" || node.type === "definition") {
      const scheme = SCHEME.exec(node.url);
      if (scheme) node.url = scheme[0].toLowerCase() + node.url.slice(scheme[0].length);
    }
    if ("children" in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  const shift = TOP_BODY_HEADING - highest;
  if (headings.length === 0 || shift === 0) return;
  for (const heading of headings)
    heading.depth = Math.min(6, Math.max(1, heading.depth + shift)) as 1 | 2 | 3 | 4 | 5 | 6;
}

/** `https://Dinas.go.id/x` → `dinas.go.id`; empty when no site URL is given. */
export function siteHostOf(siteUrl: string | undefined): string {
  if (!siteUrl) return "";
  try {
    return new URL(siteUrl).host.toLowerCase();
  } catch {
    throw new Error(`markdown: siteUrl "${siteUrl}" is not an absolute URL (expected e.g. https://dinas.go.id/)`);
  }
}

export interface HtmlConventionOptions {
  /** Host of the site itself (`www.dinas.go.id`): absolute links to it are not external. */
  siteHost?: string | undefined;
}

const ALIGN_CLASS: Record<string, string> = { left: "align-left", center: "align-center", right: "align-right" };

/** HTML side, after sanitising: external-link rel, lazy images, scrollable table regions, labelled task boxes, no obsolete `align`. */
export function applyHtmlConventions(tree: HastRoot, options: HtmlConventionOptions = {}): void {
  const visit = (parent: HastRoot | Element): void => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!;
      if (node.type !== "element") continue;
      visit(node);
      const properties = node.properties;
      // The sanitiser empties a class list it rejected (a code fence's odd language): drop `class=""`.
      if (Array.isArray(properties.className) && properties.className.length === 0) delete properties.className;
      switch (node.tagName) {
        case "a":
          if (typeof properties.href === "string" && isExternal(properties.href, options.siteHost)) {
            properties.rel = ["noopener", "noreferrer"];
          }
          break;
        case "img":
          if (typeof properties.src !== "string") {
            // The sanitiser removed an unsafe source: an image without one is only noise.
            children.splice(index--, 1);
            break;
          }
          properties.alt = typeof properties.alt === "string" ? properties.alt : "";
          properties.loading = "lazy";
          properties.decoding = "async";
          break;
        case "th":
        case "td": {
          const align = typeof properties.align === "string" ? ALIGN_CLASS[properties.align] : undefined;
          delete properties.align;
          if (align) properties.className = [align];
          break;
        }
        case "table":
          children[index] = tableRegion(node) as RootContent & ElementContent;
          break;
        case "input":
          // Task-list boxes are read-only; a name keeps them from being unlabelled form fields.
          properties.ariaLabel = properties.checked ? "Selesai" : "Belum selesai";
          break;
      }
    }
  };
  visit(tree);
}

/** Wide tables scroll inside a focusable, labelled region instead of breaking the page on phones. */
function tableRegion(table: Element): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["table-wrap"], tabIndex: 0, role: "region", ariaLabel: "Tabel" },
    children: [table],
  };
}

function isExternal(href: string, siteHost: string | undefined): boolean {
  if (!/^(https?:)?\/\//i.test(href)) return false;
  let host: string;
  try {
    host = new URL(href, "https://relative.invalid/").host.toLowerCase();
  } catch {
    return true; // Unparseable absolute URL: treat it as foreign.
  }
  return !siteHost || host !== siteHost.toLowerCase();
}
