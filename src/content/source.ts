/**
 * Reading a content file's text: UTF-8 decoding, splitting front matter from the body, and
 * parsing YAML so that any field path maps back to the line an editor sees in the file.
 * The split is gray-matter's rule (a `---` first line, closed by `---` or `...`) done by hand,
 * because the YAML must be parsed once, with positions, by `yaml` rather than by js-yaml.
 */
import { isUtf8 } from "node:buffer";
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from "yaml";
import { characterCode, NOT_TEXT } from "./constants.ts";
import type { RuleId } from "./rules.ts";
import type { YamlCache } from "./yaml-cache.ts";

/** A problem before the file's fields can be read; `line` is 1-based in the file. */
export interface TextIssue {
  line: number;
  rule: RuleId;
  message: string;
  fix: string;
}

/** Decodes a file as UTF-8 text, refusing invalid bytes and binary control characters. */
export function decodeText(bytes: Uint8Array): { text: string } | { issue: TextIssue } {
  if (!isUtf8(bytes)) {
    return {
      issue: {
        line: lineAtByte(bytes, firstInvalidUtf8(bytes)),
        rule: "teks-utf8",
        message: "berkas bukan teks UTF-8 yang sah (ada byte yang tidak dapat dibaca)",
        fix: "simpan ulang berkas dengan pengodean UTF-8, atau ketik ulang bagian yang rusak",
      },
    };
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const junk = NOT_TEXT.exec(text);
  if (junk) {
    return {
      issue: {
        line: lineAt(text, junk.index),
        rule: "karakter-biner",
        message: `berkas berisi karakter biner/kontrol yang tidak terlihat (kode ${characterCode(junk[0])})`,
        fix: "hapus karakter tersebut (biasanya terbawa saat menyalin dari dokumen lain) dan simpan sebagai teks UTF-8",
      },
    };
  }
  return { text };
}

/** Byte offset of the first invalid UTF-8 sequence (only called when `isUtf8` said no). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

function lineAtByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export interface SplitFile {
  /** The YAML between the delimiters; it starts on line 2 of the file. */
  yaml: string;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/** Splits `---\nyaml\n---\nbody`. */
export function splitFrontMatter(text: string): SplitFile | { issue: TextIssue } {
  const firstBreak = text.indexOf("\n");
  const first = firstBreak < 0 ? text : text.slice(0, firstBreak);
  if (first.trimEnd() !== "---") {
    return {
      issue: {
        line: 1,
        rule: "front-matter",
        message: "berkas tidak memiliki front matter (bagian isian di antara dua baris ---)",
        fix: "mulai berkas dengan baris ---, tulis isian seperti title: dan date:, lalu tutup dengan baris ---",
      },
    };
  }
  let line = 2;
  for (let start = firstBreak + 1; firstBreak >= 0 && start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const current = text.slice(start, end < 0 ? text.length : end).trimEnd();
    if (current === "---" || current === "...") {
      return { yaml: text.slice(firstBreak + 1, start), body: end < 0 ? "" : text.slice(end + 1), bodyLine: line + 1 };
    }
    if (end < 0) break;
    start = end + 1;
  }
  return {
    issue: {
      line: 1,
      rule: "front-matter",
      message: "front matter dibuka dengan --- tetapi tidak pernah ditutup",
      fix: "tambahkan baris --- sesudah isian terakhir, sebelum isi tulisan",
    },
  };
}

/** Editor-facing words for the YAML errors editors actually make. */
const YAML_ERRORS: Record<string, { message: string; fix: string }> = {
  BLOCK_AS_IMPLICIT_KEY: {
    message: "nilai berisi titik dua (:) yang dibaca sebagai kolom baru",
    fix: 'apit nilainya dengan tanda kutip, mis. summary: "Rapat: hasil dan tindak lanjut"',
  },
  TAB_AS_INDENT: { message: "indentasi memakai tab", fix: "ganti tab dengan spasi (dua spasi per tingkat)" },
  DUPLICATE_KEY: { message: "kolom yang sama ditulis dua kali", fix: "hapus salah satu baris kolom tersebut" },
  MISSING_CHAR: { message: "tanda baca YAML tidak lengkap (kutip, kurung atau titik dua)", fix: "lengkapi tanda kutip/kurung pada baris ini" },
  BAD_INDENT: { message: "indentasi tidak sesuai", fix: "samakan jumlah spasi di awal baris dengan kolom lain pada tingkat yang sama" },
  MULTILINE_IMPLICIT_KEY: {
    message: "nama kolom tidak boleh terpotong ke baris berikutnya",
    fix: "tulis nama kolom dan titik dua pada satu baris, mis. title: Judul",
  },
  UNEXPECTED_TOKEN: { message: "penulisan YAML tidak dikenali", fix: "periksa indentasi, tanda - untuk daftar, dan tanda baca pada baris ini" },
  BAD_SCALAR_START: {
    message: "nilai diawali karakter khusus YAML (mis. @, `, %, |, >)",
    fix: "apit nilainya dengan tanda kutip",
  },
};

/** A parsed YAML text (front matter or a data file) that can point at the line of any field. */
export class YamlSource {
  #doc: Document | undefined;
  private readonly lines = new LineCounter();
  readonly #known: { value: unknown } | undefined;

  /**
   * `firstLine`: the file line where `text` starts (2 for front matter, 1 for a data file).
   * With a cache, a text parsed without errors before is not parsed again until a line is asked for.
   */
  constructor(
    private readonly text: string,
    private readonly firstLine: number,
    private readonly cache?: YamlCache,
  ) {
    this.#known = cache?.get(text);
  }

  private get doc(): Document {
    return (this.#doc ??= parseDocument(this.text, { lineCounter: this.lines, prettyErrors: false, uniqueKeys: true }));
  }

  /** YAML syntax errors, one per line, in Indonesian. */
  syntaxIssues(): TextIssue[] {
    if (this.#known) return [];
    const byLine = new Map<number, TextIssue>();
    for (const error of this.doc.errors) {
      let offset = error.pos[0];
      let words = YAML_ERRORS[error.code] ?? {
        message: `penulisan YAML tidak valid (${error.code})`,
        fix: "periksa indentasi dan tanda baca pada baris ini",
      };
      // An unclosed quote is reported at the end of the text; point at the line that opened it.
      if (error.code === "MISSING_CHAR" && /closing ["']quote/.test(error.message)) {
        offset = this.unclosedQuote(offset, error.message.includes(`"quote`) ? '"' : "'");
        words = { message: "tanda kutip dibuka tetapi tidak ditutup", fix: "tambahkan tanda kutip penutup di akhir nilai pada baris ini" };
      }
      // So is an unclosed [ or {: point at the opening bracket.
      const flow = /Flow (sequence|map) .*end with an? ([\]}])/.exec(error.message);
      if (flow) {
        offset = this.unclosedBracket(offset) ?? offset;
        words = {
          message: `kurung ${flow[2] === "]" ? "[" : "{"} dibuka tetapi tidak ditutup`,
          fix: `tambahkan ${flow[2]} di akhir nilai pada baris ini, mis. tags: [umkm, pelatihan]`,
        };
      }
      const line = this.lineOfOffset(offset);
      if (!byLine.has(line)) byLine.set(line, { line, rule: "yaml-sah", ...words });
    }
    return [...byLine.values()];
  }

  /** The plain value; throws on alias bombs (callers report that as a syntax problem). */
  value(): unknown {
    if (this.#known) return this.#known.value;
    const value = this.doc.toJS({ maxAliasCount: 100 });
    if (this.doc.errors.length === 0) this.cache?.set(this.text, value);
    return value;
  }

  /** Line of the field at `path`, or of its nearest existing parent (line 1 for the whole file). */
  lineOf(path: readonly PropertyKey[]): number {
    let node: unknown = this.doc.contents;
    let line = this.firstLine === 1 ? 1 : this.firstLine - 1;
    for (const segment of path) {
      if (isAlias(node)) node = node.resolve(this.doc);
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        const key = pair.key as Node;
        if (key.range) line = this.lineOfOffset(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        if (item.range) line = this.lineOfOffset(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  }

  private lineOfOffset(offset: number): number {
    return this.lines.linePos(offset).line + this.firstLine - 1;
  }

  /** Offset of the outermost `[` or `{` still open at `end` (quotes and comments skipped). */
  private unclosedBracket(end: number): number | undefined {
    const open: number[] = [];
    let quote = "";
    for (let i = 0; i < end; i++) {
      const c = this.text[i]!;
      if (quote) {
        if (c === quote) quote = "";
        else if (c === "\\" && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "#" && (i === 0 || /\s/.test(this.text[i - 1]!))) {
        const lineEnd = this.text.indexOf("\n", i);
        i = lineEnd < 0 ? end : lineEnd;
      }
      else if (c === "[" || c === "{") open.push(i);
      else if ((c === "]" || c === "}") && open.length) open.pop();
    }
    return open[0];
  }

  /** Offset of the first line with an odd number of `quote` characters before `end`. */
  private unclosedQuote(end: number, quote: string): number {
    let start = 0;
    for (const lineText of this.text.slice(0, end).split("\n")) {
      if (lineText.split(quote).length % 2 === 0) return start;
      start += lineText.length + 1;
    }
    return end;
  }
}
