/**
 * Markdown → sanitised HTML, plain text and the body's media report, with unified:
 * remark-parse + remark-gfm → remark-rehype → rehype-sanitize → rehype-stringify.
 * Raw HTML in the Markdown is dropped (remark-rehype without `allowDangerousHtml`), and the
 * sanitiser's small allow-list (schema.ts) decides what survives. Processors are built once; one
 * parse (gfm.ts: GFM without the extensions a body cannot trigger) serves both HTML and text.
 */
import { unified, type Processor } from "unified";
import remarkRehype from "remark-rehype";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import type { Root as MdastRoot } from "mdast";
import type { Root as HastRoot } from "hast";
import { sanitizeSchema } from "./schema.ts";
import { applyHtmlConventions, applyMarkdownConventions, siteHostOf } from "./conventions.ts";
import { mdastToText } from "./text.ts";
import { parseGfm } from "./gfm.ts";
import { inspectTree, type BodyReport } from "../content/body.ts";

export interface RenderOptions {
  /** The public site's URL (`https://dinas.go.id/`): absolute links to its host are not marked external. */
  siteUrl?: string | undefined;
}

export interface RenderedMarkdown {
  html: string;
  text: string;
  /** The body's links, media and findings (content/body.ts) from the same parse; absent when there are none. */
  report?: BodyReport | undefined;
}

type MarkdownProcessor = Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>;

const processors = new Map<string, MarkdownProcessor>();

function processorFor(siteHost: string): MarkdownProcessor {
  let processor = processors.get(siteHost);
  if (!processor) {
    // Parsing happens in gfm.ts; this processor runs the transforms and serialises.
    processor = unified()
      .use(() => applyMarkdownConventions)
      .use(remarkRehype, {
        footnoteLabel: "Catatan kaki",
        footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
          `Kembali ke rujukan ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ""}`,
      })
      .use(rehypeSanitize, sanitizeSchema)
      .use(() => (tree: HastRoot) => applyHtmlConventions(tree, { siteHost: siteHost || undefined }))
      .use(rehypeStringify)
      .freeze() as unknown as MarkdownProcessor;
    processors.set(siteHost, processor);
  }
  return processor;
}

/** HTML and plain text from one parse. */
export function renderDocument(md: string, options: RenderOptions = {}): RenderedMarkdown {
  const processor = processorFor(siteHostOf(options.siteUrl));
  const mdast = parseGfm(md);
  // Text and report first: the HTML transforms below change the Markdown tree (heading depths, URLs).
  const text = mdastToText(mdast);
  const report = inspectTree(mdast);
  const hast = processor.runSync(mdast);
  const html = escapeAttributeBrackets(processor.stringify(hast));
  return report.findings.length === 0 && report.media.length === 0 ? { html, text } : { html, text, report };
}

/** A start tag as hast-util-to-html writes it: attribute values always double-quoted. */
const START_TAG = /<[a-z][a-z\d]*(?:\s+[^\s"'>/=]+(?:="[^"]*")?)*\s*>/g;

/**
 * The serialiser leaves `<` and `>` raw inside quoted attribute values (valid HTML). Encode them
 * too, so a title or alt text of `<script>` never appears as such in the page, a feed or a
 * consumer that scans HTML as text. Text content is already encoded, so only tags can hold them.
 */
function escapeAttributeBrackets(html: string): string {
  return html.replace(START_TAG, (tag) =>
    tag.indexOf("<", 1) === -1 && tag.indexOf(">") === tag.length - 1
      ? tag
      : "<" + tag.slice(1, -1).replace(/</g, "&#x3C;").replace(/>/g, "&#x3E;") + ">",
  );
}

/** Sanitised HTML for a Markdown body (synchronous, uncached). */
export function renderMarkdown(md: string, options: RenderOptions = {}): string {
  return renderDocument(md, options).html;
}

/** Plain text for meta descriptions and social posts (see text.ts for the rules). */
export function markdownToText(md: string): string {
  return mdastToText(parseGfm(md));
}
