/**
 * Checks of a Markdown body: raw HTML that the site's sanitiser would strip (script, iframe,
 * event handlers…), `javascript:`/`data:` links, images without alt text, and the `/media/`
 * files the body points to. The site removes unsafe parts anyway; this tells the editor.
 */
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

export interface BodyFinding {
  /** 1-based line in the body. */
  line: number;
  message: string;
  fix: string;
}

export interface BodyReport {
  findings: BodyFinding[];
  /** `/media/...` paths used by images and links, with their body line. */
  media: { line: number; sitePath: string }[];
}

/**
 * Cheap tests first. Only raw HTML and risky schemes need the Markdown parser (about a
 * millisecond per post); images and media links are found by a line scan, and most bodies
 * have none of these at all.
 */
const NEEDS_PARSER = /<|javascript:|vbscript:|data:/i;
const HAS_LINKS = /!\[|\/media\//;

const parser = unified().use(remarkParse).use(remarkGfm);

const UNSAFE_TAGS: Record<string, string> = {
  script: "hapus kode <script>; isi tulisan hanya boleh berisi teks Markdown",
  style: "hapus kode <style>; tampilan diatur oleh situs",
  iframe: "hapus <iframe>; untuk video YouTube pakai kolom video, untuk peta/dokumen tautkan alamatnya",
  frame: "hapus <frame>; tautkan alamatnya sebagai [teks](https://…)",
  frameset: "hapus <frameset>",
  object: "hapus <object>; unggah berkasnya ke media dan tautkan",
  embed: "hapus <embed>; unggah berkasnya ke media dan tautkan",
  applet: "hapus <applet>",
  form: "hapus formulir; tautkan formulir layanan sebagai [teks](https://…)",
  input: "hapus kolom isian <input>",
  button: "hapus tombol <button>; pakai tautan [teks](https://…)",
  textarea: "hapus <textarea>",
  select: "hapus <select>",
  link: "hapus <link>",
  meta: "hapus <meta>",
  base: "hapus <base>",
  svg: "hapus <svg>; unggah gambar ke media lalu pakai ![teks alternatif](/media/…)",
  math: "hapus <math>",
  template: "hapus <template>",
  noscript: "hapus <noscript>",
};

const RISKY_SCHEME = /^(javascript|vbscript|data):/;
const scheme = (url: string) => RISKY_SCHEME.exec(url.replace(/[\u0000-\u0020]/g, "").toLowerCase())?.[1];

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  children?: MdNode[];
  position?: { start: { line: number } };
}

export function inspectBody(body: string): BodyReport {
  const report: BodyReport = { findings: [], media: [] };
  if (NEEDS_PARSER.test(body)) parseAndInspect(body, report);
  else if (HAS_LINKS.test(body)) scanLinks(body, report);
  return report;
}

const MISSING_ALT = {
  message: "gambar di isi tulisan tidak memiliki teks alternatif",
  fix: "tulis teks alternatif di antara kurung siku, mis. ![Peserta pelatihan di aula kantor](/media/foto.jpg)",
};

// `![alt](url` or `[text](url`, the URL allowing one level of balanced parentheses.
const INLINE_LINK = /(!?)\[([^\[\]]*)\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)/g;
const REFERENCE_IMAGE = /!\[([^\[\]]*)\]\[[^\]]*\]/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Line scan for images and links in a body without HTML (code fences skipped). */
function scanLinks(body: string, report: BodyReport) {
  let fence = "";
  body.split("\n").forEach((text, index) => {
    const line = index + 1;
    const marker = FENCE.exec(text)?.[1];
    if (marker && (!fence || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence ? "" : marker;
      return;
    }
    if (fence) return;
    for (const [, bang, alt, url] of text.matchAll(INLINE_LINK)) {
      if (bang && !alt!.trim()) report.findings.push({ line, ...MISSING_ALT });
      inspectUrl({ type: bang ? "image" : "link", url: url! }, line, report);
    }
    for (const [, alt] of text.matchAll(REFERENCE_IMAGE)) if (!alt!.trim()) report.findings.push({ line, ...MISSING_ALT });
    const definition = DEFINITION.exec(text)?.[1];
    if (definition) inspectUrl({ type: "definition", url: definition }, line, report);
  });
}

function parseAndInspect(body: string, report: BodyReport) {
  const tree = parser.parse(body) as MdNode;
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "html" && node.value) inspectHtml(node.value, line, report);
    if ((node.type === "image" || node.type === "imageReference") && !node.alt?.trim()) report.findings.push({ line, ...MISSING_ALT });
    if (node.url !== undefined) inspectUrl(node, line, report);
  });
}

function inspectUrl(node: MdNode, line: number, report: BodyReport) {
  const url = node.url!;
  const isImage = node.type === "image";
  const risky = scheme(url);
  if (risky) {
    report.findings.push({
      line,
      message: `${isImage ? "gambar" : "tautan"} dengan alamat ${risky}: tidak diizinkan`,
      fix: isImage
        ? "unggah gambarnya ke folder media lalu tulis ![teks alternatif](/media/nama-berkas.jpg)"
        : "ganti dengan alamat https://… atau hapus tautannya",
    });
    return;
  }
  const sitePath = url.split(/[?#]/)[0]!;
  if (sitePath.startsWith("/media/")) report.media.push({ line, sitePath: decodeURIComponentSafe(sitePath) });
  else if (isImage) {
    // Images from other sites make readers' browsers contact third parties; the site serves its own.
    report.findings.push({
      line,
      message: `gambar "${url}" tidak berasal dari folder media situs`,
      fix: "unggah gambarnya ke folder media lalu tulis ![teks alternatif](/media/nama-berkas.jpg)",
    });
  }
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function inspectHtml(html: string, startLine: number, report: BodyReport) {
  const lineOf = (index: number) => startLine + (html.slice(0, index).match(/\n/g)?.length ?? 0);
  for (const match of html.matchAll(/<\s*([a-z][a-z0-9-]*)\b/gi)) {
    const tag = match[1]!.toLowerCase();
    const fix = UNSAFE_TAGS[tag];
    if (fix) report.findings.push({ line: lineOf(match.index), message: `kode HTML <${tag}> tidak diizinkan di isi tulisan`, fix });
    if (tag === "img" && !/^<\s*img\b[^>]*\salt\s*=\s*("[^"]*\S[^"]*"|'[^']*\S[^']*'|[^\s"'>]+)/i.test(html.slice(match.index))) {
      report.findings.push({
        line: lineOf(match.index),
        message: "gambar HTML <img> tanpa teks alternatif",
        fix: "ganti dengan ![teks alternatif](/media/nama-berkas.jpg)",
      });
    }
  }
  for (const match of html.matchAll(/<[^>]*?\s(on[a-z]+)\s*=/gi)) {
    report.findings.push({
      line: lineOf(match.index + match[0].length - match[1]!.length - 1),
      message: `atribut HTML ${match[1]!.toLowerCase()} (menjalankan JavaScript) tidak diizinkan`,
      fix: `hapus atribut ${match[1]!.toLowerCase()}="…" dari kode HTML`,
    });
  }
  for (const match of html.matchAll(/\s(href|src|action|formaction|xlink:href|poster|background)\s*=\s*["']?\s*(javascript|vbscript|data):/gi)) {
    report.findings.push({
      line: lineOf(match.index),
      message: `alamat ${match[2]!.toLowerCase()}: pada atribut ${match[1]!.toLowerCase()} tidak diizinkan`,
      fix: "ganti dengan alamat https://… atau berkas /media/…, atau hapus kode HTML ini",
    });
  }
}

function visit(node: MdNode, fn: (node: MdNode) => void) {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}
