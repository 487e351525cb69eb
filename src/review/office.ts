/**
 * Text of Word (.docx) and Excel (.xlsx) attachments, for screening. A spreadsheet of aid
 * recipients with a NIK column is the most common way personal data leaks from a public body's
 * site, so attachments are screened like pages. Both formats are ZIP archives of XML; this reads
 * the archive's central directory and inflates only the parts it needs, with a size cap against
 * decompression bombs.
 */
import { readFile } from "node:fs/promises";
import { inflateRawSync } from "node:zlib";
import type { ScreeningFinding } from "./findings.ts";
import { screenText, type ScreenTextOptions } from "./screen.ts";

/** Where the document sits in the repository, and the agency's own contact data. */
type OfficeScreenOptions = Pick<ScreenTextOptions, "file" | "context">;

/** Uncompressed bytes read from one archive at most. */
const MAX_UNCOMPRESSED = 64 * 1024 * 1024;

/** The archive's entries by name, inflated on demand. */
export function readZip(archive: Buffer): Map<string, () => Buffer> {
  const entries = new Map<string, () => Buffer>();
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = archive.length - 22; i >= Math.max(0, archive.length - 65_557); i--) {
    if (archive.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("bukan arsip ZIP yang valid");
  const count = archive.readUInt16LE(eocd + 10);
  let at = archive.readUInt32LE(eocd + 16);
  let budget = MAX_UNCOMPRESSED;
  for (let n = 0; n < count; n++) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error("direktori ZIP rusak");
    const method = archive.readUInt16LE(at + 10);
    const compressedSize = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const extraLength = archive.readUInt16LE(at + 30);
    const commentLength = archive.readUInt16LE(at + 32);
    const localOffset = archive.readUInt32LE(at + 42);
    const name = archive.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    entries.set(name, () => {
      const localNameLength = archive.readUInt16LE(localOffset + 26);
      const localExtraLength = archive.readUInt16LE(localOffset + 28);
      const start = localOffset + 30 + localNameLength + localExtraLength;
      const data = archive.subarray(start, start + compressedSize);
      let out: Buffer;
      if (method === 0) out = Buffer.from(data);
      else if (method === 8) out = inflateRawSync(data, { maxOutputLength: budget });
      else throw new Error(`metode kompresi ${method} tidak didukung`);
      budget -= out.length;
      return out;
    });
  }
  return entries;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function xmlText(xml: string): string {
  return xml
    .replace(/<[^>]+>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
      name.startsWith("#x") || name.startsWith("#X")
        ? String.fromCodePoint(parseInt(name.slice(2), 16))
        : name.startsWith("#")
          ? String.fromCodePoint(Number(name.slice(1)))
          : (ENTITIES[name] ?? all),
    );
}

/** Paragraphs of a Word document (body, headers, footers), one per line. */
export function docxText(entries: Map<string, () => Buffer>): string {
  const parts = [...entries.keys()].filter((n) =>
    /^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(n),
  );
  return parts
    .map((name) =>
      entries.get(name)!()
        .toString("utf8")
        .split(/<\/w:p>/)
        // A manual line break is a line break for the screener too: it joins a number split across it.
        .map((p) => xmlText(p.replace(/<w:tab\/>/g, "\t").replace(/<w:br\/>/g, "\n")))
        .join("\n"),
    )
    .join("\n");
}

export interface SheetRow {
  sheet: string;
  row: number;
  cells: string[];
}

/** Rows of every sheet of a workbook, in order. */
export function xlsxRows(entries: Map<string, () => Buffer>): SheetRow[] {
  const shared: string[] = [];
  const sharedXml = entries.get("xl/sharedStrings.xml")?.().toString("utf8") ?? "";
  for (const si of sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(xmlText(si[1]!));
  const sheets = [...entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).sort();
  const rows: SheetRow[] = [];
  for (const name of sheets) {
    const sheet = name.replace(/^.*\/(sheet\d+)\.xml$/, "$1");
    const xml = entries.get(name)!().toString("utf8");
    let index = 0;
    for (const row of xml.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
      index++;
      const cells: string[] = [];
      for (const c of row[2]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const type = /\bt="(\w+)"/.exec(c[1]!)?.[1];
        const inner = c[2] ?? "";
        const value = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
        if (type === "s" && value !== undefined) cells.push(shared[Number(value)] ?? "");
        else if (type === "inlineStr") cells.push(xmlText(inner));
        // Excel may store a long number in E-notation; a NIK typed as a number still has 16 digits.
        else if (value !== undefined && /^\d(?:\.\d+)?E\+\d+$/i.test(value)) cells.push(Number(value).toFixed(0));
        else cells.push(value !== undefined ? xmlText(value) : "");
      }
      const r = Number(/\br="(\d+)"/.exec(row[1]!)?.[1] ?? index);
      rows.push({ sheet, row: r, cells });
    }
  }
  return rows;
}

/**
 * Screens a .docx or .xlsx attachment. Findings point to line 0 (the file) with the sheet/row or
 * paragraph in the excerpt; a broken archive is reported, not thrown.
 */
export async function screenOfficeDocument(path: string, options: OfficeScreenOptions): Promise<ScreeningFinding[]> {
  let text: string;
  let rows: SheetRow[] | undefined;
  try {
    const entries = readZip(await readFile(path));
    if (path.toLowerCase().endsWith(".xlsx")) rows = xlsxRows(entries);
    text = rows ? "" : docxText(entries);
  } catch (error) {
    return [
      {
        file: options.file,
        line: 0,
        kind: "unreadable",
        severity: "medium",
        excerpt: "",
        why: `Lampiran tidak dapat dibuka untuk disaring (${(error as Error).message}).`,
        fix: "Buka lampiran ini dan periksa isinya secara manual, atau unggah ulang dari aplikasi aslinya.",
      },
    ];
  }
  if (rows) return screenSheetRows(rows, options);
  // A paragraph number means little to an official: the excerpt locates the finding.
  return screenText(text, { file: options.file, context: options.context }).map((f) => ({ ...f, line: 0 }));
}

/**
 * Each cell is screened as "column header: value", because the header row ("NIK", "No. KK",
 * "NPWP") is what tells a KK number from a NIK and labels a plain 15-digit NPWP.
 * The line number is the spreadsheet row; the excerpt starts with the sheet name.
 */
function screenSheetRows(rows: SheetRow[], options: OfficeScreenOptions): ScreeningFinding[] {
  const headers = new Map<string, string[]>();
  const findings: ScreeningFinding[] = [];
  for (const { sheet, row, cells } of rows) {
    if (!headers.has(sheet)) {
      headers.set(sheet, cells);
      findings.push(
        ...screenText(cells.join(" | "), { file: options.file, startLine: row, context: options.context }).map((f) => ({
          ...f,
          line: row,
        })),
      );
      continue;
    }
    const header = headers.get(sheet)!;
    const line = cells.map((value, i) => (value && header[i] ? `${header[i]}: ${value}` : value)).join(" | ");
    findings.push(
      // A line break inside a cell does not move the finding off its row.
      ...screenText(line, { file: options.file, startLine: row, context: options.context }).map((f) => ({
        ...f,
        line: row,
        excerpt: `[${sheet}] ${f.excerpt}`,
      })),
    );
  }
  return findings;
}
