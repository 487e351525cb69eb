/**
 * The site's Markdown: sanitised HTML and plain text from one unified pipeline, with a
 * content-hash cache and a worker pool for whole-site renders.
 */
export { renderMarkdown, markdownToText, renderDocument } from "./pipeline.ts";
export type { RenderOptions, RenderedMarkdown } from "./pipeline.ts";
export { MarkdownCache, DEFAULT_CACHE_DIR } from "./cache.ts";
export type { MarkdownCacheOptions, MarkdownCacheStats } from "./cache.ts";
export { renderBodies, renderDocuments, renderingInspector, WORKER_THRESHOLD } from "./bodies.ts";
export type { RenderBodiesOptions, RenderSummary } from "./bodies.ts";
export { prestartWorkers, stopIdleWorkers } from "./pool.ts";
export { markdownLibrary } from "./library.ts";
export type { MarkdownLibrary, MarkdownLibraryOptions } from "./library.ts";
