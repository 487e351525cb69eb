/**
 * Keeps a table's column alignment (`| ---: |`) through Decap's Markdown editor. Decap 3.16 reads
 * the alignment into the Slate table node but drops it when it writes Markdown back
 * (`slateRemark.js` builds the table with no `align`), so saving an entry with a right-aligned
 * column silently turned it left-aligned. Decap runs registered remark plugins both on reading
 * (after parsing) and on writing (before stringifying): this one remembers each table's alignment
 * by its header cells when reading (parsed trees carry positions) and puts it back on the table with the same header when writing.
 * A table whose header the editor changes keeps no alignment (as before); a new table has none.
 */

interface MdNode {
  type: string;
  value?: string;
  align?: (string | null)[] | null;
  children?: MdNode[];
  position?: unknown;
}

function text(node: MdNode): string {
  return (node.value ?? "") + (node.children ?? []).map(text).join("");
}

/** Header cells' text: what identifies a table between reading and writing. */
function headerKey(table: MdNode): string | undefined {
  const header = table.children?.[0];
  return header ? JSON.stringify((header.children ?? []).map(text)) : undefined;
}

function tables(node: MdNode, found: MdNode[] = []): MdNode[] {
  if (node.type === "table") found.push(node);
  for (const child of node.children ?? []) tables(child, found);
  return found;
}

/** A remark (unified 9) attacher for `CMS.registerRemarkPlugin`; its memory lasts as long as the page. */
export function tableAlignment(): () => (tree: MdNode) => void {
  const remembered = new Map<string, (string | null)[]>();
  return () => (tree) => {
    for (const table of tables(tree)) {
      const key = headerKey(table);
      if (key === undefined) continue;
      if (table.position) {
        // Reading: the parser's tree has positions; Decap's tree from the editor has none.
        remembered.set(key, table.align ?? []);
      } else if (!table.align?.some((a) => a !== null)) {
        const align = remembered.get(key);
        const columns = table.children?.[0]?.children?.length ?? 0;
        if (align && align.length === columns) table.align = [...align];
      }
    }
  };
}
