/** Renders a page component tree to a complete HTML document. */
import type { VNode } from "preact";
import { jsxTemplate } from "preact/jsx-runtime";
import { renderToString } from "preact-render-to-string";

/**
 * `<meta … />` → `<meta …>`: preact writes XML-style void tags, which HTML ignores and the W3C
 * checker flags. Attribute values are always double-quoted and `<` is escaped in text and JSON,
 * so this pattern only ever matches real tags.
 */
const VOID_TAG =
  /<(area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)\s*\/>/g;

export function renderPage(tree: VNode): string {
  return `<!doctype html>\n${renderToString(tree).replace(VOID_TAG, "<$1$2>")}`;
}

/**
 * A subtree whose markup is the same on many pages (the header, the footer), rendered once per
 * `key` and then inserted verbatim. The string renderer emits a precompiled-JSX template
 * (`jsxTemplate`) as is, so the page is byte for byte what rendering the subtree would give.
 */
export function memoMarkup(cache: Map<string, string>, key: string, render: () => VNode): VNode {
  let html = cache.get(key);
  if (html === undefined) cache.set(key, (html = renderToString(render())));
  return jsxTemplate([html]);
}
