/**
 * Screens a changed file by its kind: text files with the screener's rules (screen.ts), images for
 * GPS positions (gps.ts), Word and Excel attachments by their text (office.ts), PDFs as a manual check.
 * Whatever cannot be read becomes a finding, never an exception.
 */
import { open, stat } from "node:fs/promises";
import { extname } from "node:path";
import { LIMITS } from "../content/schema.ts";
import type { ScreeningFinding, FindingKind, Severity } from "./findings.ts";
import { screenOfficeDocument } from "./office.ts";
import { screenText, type ScreeningContext } from "./screen.ts";

export const TEXT_EXTENSIONS = new Set([
  ".md",
  ".markdown",
  ".yml",
  ".yaml",
  ".json",
  ".txt",
  ".csv",
  ".html",
  ".htm",
  ".xml",
  ".svg",
]);

export interface ScreenFileOptions {
  /** Path from the repository root, for the report (default: the path given). */
  file?: string;
  context?: Partial<ScreeningContext>;
  /** Text files larger than this are screened up to the limit and reported (default LIMITS.markdownBytes). */
  maxTextBytes?: number;
}

function fileFinding(
  file: string,
  kind: FindingKind,
  severity: Severity,
  excerpt: string,
  why: string,
  fix: string,
  line = 0,
): ScreeningFinding {
  return { file, line, kind, severity, excerpt, why, fix };
}

/** Whether a buffer looks binary: a NUL byte in its first 8 KiB (what Git itself uses). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/**
 * Screens a text file read from disk. Binary, oversized and invalid UTF-8 files are reported as
 * findings, never thrown; an oversized file is still screened up to the limit, so padding a file
 * cannot hide what is at its start.
 */
export async function screenTextFile(path: string, options: ScreenFileOptions = {}): Promise<ScreeningFinding[]> {
  const file = options.file ?? path;
  const limit = options.maxTextBytes ?? LIMITS.markdownBytes;
  const findings: ScreeningFinding[] = [];
  let bytes: Buffer;
  let size: number;
  try {
    size = (await stat(path)).size;
    const handle = await open(path, "r");
    try {
      const wanted = Math.min(size, limit);
      bytes = Buffer.alloc(wanted);
      let read = 0;
      while (read < wanted) {
        const { bytesRead } = await handle.read(bytes, read, wanted - read, read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      bytes = bytes.subarray(0, read);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return [
      fileFinding(
        file,
        "unreadable",
        "medium",
        "",
        `Berkas tidak dapat dibaca (${(error as NodeJS.ErrnoException).code ?? "galat"}), sehingga isinya tidak dapat disaring.`,
        "Periksa berkas ini secara manual sebelum menyetujui.",
      ),
    ];
  }
  if (looksBinary(bytes)) {
    return [
      fileFinding(
        file,
        "binary",
        "medium",
        "",
        "Berkas ini seharusnya berupa teks tetapi berisi data biner, sehingga isinya tidak dapat disaring dan tidak dapat ditampilkan dengan benar.",
        "Simpan ulang sebagai teks (UTF-8) dari CMS, atau hapus berkas ini dari perubahan.",
      ),
    ];
  }
  if (size > limit) {
    findings.push(
      fileFinding(
        file,
        "too-large",
        "medium",
        "",
        `Berkas teks berukuran ${size.toLocaleString("id-ID")} bita, melebihi batas ${limit.toLocaleString("id-ID")} bita; hanya bagian awalnya yang disaring.`,
        "Pecah isi menjadi beberapa halaman, atau pindahkan data besar ke lampiran yang diperiksa manual.",
      ),
    );
  }
  let text: string;
  try {
    // `stream: true` keeps a multi-byte character cut at the size limit from counting as invalid.
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: size > limit });
  } catch {
    text = new TextDecoder("utf-8").decode(bytes);
    const line = text.slice(0, Math.max(0, text.indexOf("\uFFFD"))).split("\n").length;
    findings.push(
      fileFinding(
        file,
        "invalid-utf8",
        "medium",
        "",
        "Berkas tidak berpengodean UTF-8 yang valid: sebagian huruf akan tampil rusak di situs. Isi yang terbaca tetap disaring.",
        "Simpan ulang berkas dengan pengodean UTF-8 (CMS melakukannya otomatis).",
        line,
      ),
    );
  }
  return [...findings, ...screenText(text, { file, startLine: 1, context: options.context })];
}

/** Screens any changed file by its kind: text, images (GPS), office documents, PDFs. Never throws. */
export async function screenFile(path: string, options: ScreenFileOptions = {}): Promise<ScreeningFinding[]> {
  const file = options.file ?? path;
  const ext = extname(path).toLowerCase();
  try {
    if (TEXT_EXTENSIONS.has(ext)) return await screenTextFile(path, options);
    if (IMAGE_EXTENSIONS_WITH_EXIF.has(ext)) {
      const { screenImage } = await import("./gps.ts");
      return await screenImage(path, file);
    }
    if (ext === ".docx" || ext === ".xlsx") {
      return await screenOfficeDocument(path, { ...options, file });
    }
    if (ext === ".pdf") {
      return [
        fileFinding(
          file,
          "manual-check",
          "low",
          "",
          "Isi PDF tidak disaring otomatis. Dokumen pindaian sering memuat NIK, tanda tangan, atau alamat.",
          "Buka PDF ini dan pastikan tidak ada data pribadi atau penanda rahasia sebelum menyetujui.",
        ),
      ];
    }
    return [];
  } catch (error) {
    return [
      fileFinding(
        file,
        "unreadable",
        "medium",
        "",
        `Berkas tidak dapat diperiksa: ${(error as Error).message}`,
        "Periksa berkas ini secara manual sebelum menyetujui.",
      ),
    ];
  }
}

export const IMAGE_EXTENSIONS_WITH_EXIF = new Set([
  ".jpg",
  ".jpeg",
  ".png",
  ".webp",
  ".avif",
  ".heic",
  ".tif",
  ".tiff",
]);
