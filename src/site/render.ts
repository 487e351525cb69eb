/** Renders a page component tree to a complete HTML document. */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";

export function renderPage(tree: VNode): string {
  return `<!doctype html>\n${renderToString(tree)}`;
}
