/**
 * One benchmark measurement in a fresh process, as a build would meet it: cold modules, cold JIT,
 * cache on disk. Started by markdown.ts (`node --import tsx markdown-child.ts <variant> <posts> <dir>`);
 * prints `{"ms": …}`. Post generation is not timed.
 */
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { sanitizeSchema } from "../../src/markdown/schema.ts";
import { MarkdownCache, renderDocuments } from "../../src/markdown/index.ts";
import { syntheticPosts } from "./posts.ts";

export const VARIANTS = ["markdown-it", "naive", "thread", "pool", "warm"] as const;
export type Variant = (typeof VARIANTS)[number];

async function measure(variant: Variant, posts: string[], dir: string): Promise<number | null> {
  switch (variant) {
    case "markdown-it": {
      // Eleventy's default; absent if Eleventy is not installed.
      let MarkdownIt: new () => { render(md: string): string };
      try {
        // @ts-expect-error markdown-it ships no type declarations; the shape is stated on the line above.
        MarkdownIt = ((await import("markdown-it")) as { default: typeof MarkdownIt }).default;
      } catch {
        return null;
      }
      const start = performance.now();
      const md = new MarkdownIt();
      for (const body of posts) md.render(body);
      return performance.now() - start;
    }
    case "naive": {
      const start = performance.now();
      const naive = unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkRehype)
        .use(rehypeSanitize, sanitizeSchema)
        .use(rehypeStringify);
      for (const body of posts) naive.processSync(body);
      return performance.now() - start;
    }
    case "thread":
    case "pool":
    case "warm": {
      const start = performance.now();
      await renderDocuments(posts, {
        cache: new MarkdownCache({ dir }),
        ...(variant === "thread" ? { workers: 0 } : variant === "pool" ? { workers: availableParallelism() } : {}),
      });
      return performance.now() - start;
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [variant, count, dir] = process.argv.slice(2) as [Variant, string, string];
  if (!VARIANTS.includes(variant) || !(Number(count) > 0) || !dir) {
    console.error(`usage: node --import tsx markdown-child.ts <${VARIANTS.join("|")}> <posts> <cache dir>`);
    process.exit(2);
  }
  const ms = await measure(variant, syntheticPosts(Number(count)), dir);
  process.stdout.write(JSON.stringify({ ms }));
}
