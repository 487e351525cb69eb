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

/** Cheap test first: most bodies have no HTML, no images and no risky links, so no parse is needed. */
const WORTH_PARSING = /<|javascript:|vbscript:|data:|!\[|\/media\//i;

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
  if (!WORTH_PARSING.test(body)) return report;
  const tree = parser.parse(body) as MdNode;
  visit(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "html" && node.value) inspectHtml(node.value, line, report);
    if (node.type === "image" || node.type === "imageReference") {
      if (!node.alt?.trim()) {
        report.findings.push({
          line,
          message: "gambar di isi tulisan tidak memiliki teks alternatif",
          fix: "tulis teks alternatif di antara kurung siku, mis. ![Peserta pelatihan di aula kantor](/media/foto.jpg)",
        });
      }
    }
    if (node.url !== undefined) inspectUrl(node, line, report);
  });
  return report;
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
