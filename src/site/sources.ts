/** The content loader and the Markdown pipeline, the one source of each the site uses. */
export { ContentError, loadValidContent } from "../content/load.ts";
export { MarkdownCache, renderBodies } from "./markdown/index.ts";
