/**
 * The pipeline as an Eleventy Markdown library (`eleventyConfig.setLibrary("md", library)`).
 * Eleventy renders one template at a time, synchronously, so `render` looks in the cache first
 * and renders in this thread on a miss. For a cold build, call `prerender(bodies)` in
 * `eleventy.before`: it fills the cache on the worker pool, so `render` then only looks up.
 * Call `save()` in `eleventy.after`. Run Eleventy with `markdownTemplateEngine: false`: an
 * editor's Markdown is not a Liquid template (and skipping that pass saves ~12% of the build).
 */
import { MarkdownCache } from "./cache.ts";
import { renderDocument } from "./pipeline.ts";
import { renderDocuments, type RenderBodiesOptions } from "./bodies.ts";

export interface MarkdownLibraryOptions {
  /** Default: the project's `.cache/markdown`; `false` for none. */
  cache?: MarkdownCache | false;
  siteUrl?: string;
}

export interface MarkdownLibrary {
  render(md: string): string;
  /** Eleventy calls these on a Markdown library; they configure markdown-it, which this is not. */
  set(): void;
  disable(): void;
  prerender(bodies: string[], options?: Pick<RenderBodiesOptions, "onProgress" | "workers">): Promise<void>;
  save(): boolean;
}

export function markdownLibrary(options: MarkdownLibraryOptions = {}): MarkdownLibrary {
  const cache = options.cache === false ? undefined : (options.cache ?? new MarkdownCache());
  const siteUrl = options.siteUrl;
  return {
    render(md) {
      if (!cache) return renderDocument(md, { siteUrl }).html;
      const key = cache.key(md, siteUrl);
      const hit = cache.get(key);
      if (hit) return hit.html;
      const rendered = renderDocument(md, { siteUrl });
      cache.set(key, rendered);
      return rendered.html;
    },
    set() {},
    disable() {},
    async prerender(bodies, prerenderOptions = {}) {
      await renderDocuments(bodies, { ...prerenderOptions, cache: cache ?? false, ...(siteUrl ? { siteUrl } : {}) });
    },
    save() {
      return cache?.save() ?? false;
    },
  };
}
