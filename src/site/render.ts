/** Renders a page component tree to a complete HTML document. */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

/**
 * `<meta … />` → `<meta …>`: preact writes XML-style void tags, which HTML ignores and the W3C
 * checker flags. Attribute values are always double-quoted and `<` is escaped in text and JSON,
 * so this pattern only ever matches real tags.
 */
const VOID_TAG = /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/>/g;

export function renderPage(tree: VNode): string {
  return `<!doctype html>\n${renderToString(tree).replace(VOID_TAG, "<$1$2>")}`;
}
