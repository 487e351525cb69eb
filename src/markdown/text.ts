/**
 * Plain text from a Markdown tree, for meta descriptions and social posts: what a reader would
 * read aloud, no syntax. Blocks are separated by a blank line, list items sit on their own line
 * after "• ", links keep their text, images, raw HTML and footnotes are left out.
 * The result is text, not HTML: whoever puts it in a page must escape it.
 */
import type { Root, Nodes, PhrasingContent, RootContent } from "mdast";

const BULLET = "• ";

export function mdastToText(tree: Root): string {
  return blocks(tree.children, "").join("\n\n").trim();
}

/** Each block as one string; `indent` prefixes continuation lines of nested lists. */
function blocks(nodes: readonly RootContent[], indent: string): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    const text = block(node, indent);
    if (text) out.push(text);
  }
  return out;
}

function block(node: RootContent, indent: string): string {
  switch (node.type) {
    case "paragraph":
    case "heading":
      return inline(node.children);
    case "blockquote":
      return blocks(node.children, indent).join("\n\n");
    case "list":
      return node.children
        .map((item) => {
          const [first, ...rest] = blocks(item.children, indent + "  ");
          if (first === undefined) return ""; // An empty item: no bullet without words.
          return [
            indent + BULLET + first,
            ...rest.map((text) => (text.startsWith(indent + "  " + BULLET) ? text : indent + "  " + text)),
          ].join("\n");
        })
        .filter(Boolean)
        .join("\n");
    case "code":
      return node.value;
    case "table":
      return node.children
        .map((row) =>
          row.children
            .map((cell) => inline(cell.children))
            .filter(Boolean)
            .join(" · "),
        )
        .filter(Boolean)
        .join("\n");
    default:
      // thematicBreak, html, definition, footnoteDefinition, yaml: nothing to read.
      return "";
  }
}

function inline(nodes: readonly PhrasingContent[] | readonly Nodes[]): string {
  let text = "";
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        // A line break inside a paragraph's source is only wrapping.
        text += node.value.replace(/[ \t]*\r?\n[ \t]*/g, " ");
        break;
      case "inlineCode":
        text += node.value;
        break;
      case "break":
        text += "\n";
        break;
      case "emphasis":
      case "strong":
      case "delete":
      case "link":
      case "linkReference":
        text += inline(node.children);
        break;
      default:
        // image, imageReference, html, footnoteReference: not part of the prose.
        break;
    }
  }
  return text
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
}
