/**
 * remark-gfm, minus the extensions a document cannot trigger. GFM's parser extensions cost more
 * than CommonMark itself (autolink literals alone ~+70% parse time, tables ~+30%, measured on
 * ~600-word posts), because they are tried at every word or line. A document without `|` cannot
 * contain a table, so it is parsed without the table extension: same tree, less work.
 * Exactness is tested against plain remark-gfm (test/markdown/gfm.test.ts).
 */
import remarkGfm from "remark-gfm";
import { unified, type Processor } from "unified";
import remarkParse from "remark-parse";
import type { Root, Nodes } from "mdast";
import { gfmAutolinkLiteral } from "micromark-extension-gfm-autolink-literal";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { gfmAutolinkLiteralFromMarkdown } from "mdast-util-gfm-autolink-literal";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";

const AUTOLINK = 1;
const FOOTNOTE = 2;
const STRIKETHROUGH = 4;
const TABLE = 8;
const ALL = AUTOLINK | FOOTNOTE | STRIKETHROUGH | TABLE;

type Parser = Processor<Root>;

const parsers = new Map<number, Parser>();

function parserFor(features: number): Parser {
  let parser = parsers.get(features);
  if (!parser) {
    parser = (
      features === ALL ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse).use(gfmSubset, features)
    ).freeze() as Parser;
    parsers.set(features, parser);
  }
  return parser;
}

/** The parts of remark-gfm's parsing, in remark-gfm's order. Task lists are cheap and always on. */
function gfmSubset(this: Processor, features: number): void {
  const data = this.data();
  const micromark = (data.micromarkExtensions ??= []);
  const fromMarkdown = (data.fromMarkdownExtensions ??= []);
  if (features & AUTOLINK) {
    micromark.push(gfmAutolinkLiteral());
    fromMarkdown.push(gfmAutolinkLiteralFromMarkdown());
  }
  if (features & FOOTNOTE) {
    micromark.push(gfmFootnote());
    fromMarkdown.push(gfmFootnoteFromMarkdown());
  }
  if (features & STRIKETHROUGH) {
    micromark.push(gfmStrikethrough());
    fromMarkdown.push(gfmStrikethroughFromMarkdown());
  }
  if (features & TABLE) {
    micromark.push(gfmTable());
    fromMarkdown.push(gfmTableFromMarkdown());
  }
  micromark.push(gfmTaskListItem());
  fromMarkdown.push(gfmTaskListItemFromMarkdown());
}

/** Features whose syntax needs a character the source does not contain. */
function possibleFeatures(md: string): number {
  let features = AUTOLINK;
  if (md.includes("[^")) features |= FOOTNOTE;
  if (md.includes("~")) features |= STRIKETHROUGH;
  // A table needs a pipe, or a pipeless delimiter row, which has a colon next to a dash.
  if (md.includes("|") || md.includes(":-") || md.includes("-:")) features |= TABLE;
  return features;
}

/** Every autolink literal (in the parser or in its tree transform) starts with one of these. */
const AUTOLINK_TRIGGER = /www\.|https?:\/\/|@/i;

/**
 * A guess only, to save a second parse: a URL or e-mail address that is not a link destination
 * (`](https://…`, `<https://…>`, `]: https://…`, `mailto:…@`) is likely a bare one.
 */
const LIKELY_BARE_AUTOLINK = /(?<![(<]|\]: ?)(?:https?:\/\/|www\.)|(?<!mailto:[\w.+-]*)[\w.+-]@[\w-]+\./i;

/**
 * Parse without autolink literals unless the source likely has a bare one; then, if some text of
 * the tree could have held one (`www.`, `http(s)://`, `@`), parse again with them. The check runs
 * on the tree, not the source, because escapes and references (`www\.`, `&#64;`) are decoded there.
 */
export function parseGfm(md: string): Root {
  const features = possibleFeatures(md);
  if (LIKELY_BARE_AUTOLINK.test(md)) return parserFor(features).parse(md);
  const tree = parserFor(features & ~AUTOLINK).parse(md);
  return mayHoldAutolink(tree) ? parserFor(features).parse(md) : tree;
}

/** Plain remark-gfm, the reference the subsets must equal. */
export function parseGfmReference(md: string): Root {
  return parserFor(ALL).parse(md);
}

function mayHoldAutolink(node: Nodes): boolean {
  if (node.type === "text") return AUTOLINK_TRIGGER.test(node.value);
  if (node.type === "image" || node.type === "imageReference") return AUTOLINK_TRIGGER.test(node.alt ?? "");
  if ("children" in node) {
    for (const child of node.children) if (mayHoldAutolink(child)) return true;
  }
  return false;
}
