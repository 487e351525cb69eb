/**
 * Checks of a Markdown body: raw HTML that the site's sanitiser would strip (script, iframe,
 * event handlers…), `javascript:`/`data:` links, images without alt text, and the `/media/`
 * files the body points to. The site removes unsafe parts anyway; this tells the editor. The
 * media list is also what the build publishes: it gets it from the same walk over its own parse.
 */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { mediaSitePath } from "./media.ts";
import { extensionsOf, mediaType, mediaTypeIssue } from "./media-types.ts";
import type { RuleId } from "./rules.ts";

export interface BodyFinding {
  /** 1-based line in the body. */
  line: number;
  rule: RuleId;
  message: string;
  fix: string;
}

/** A `/media/...` file a body links to or shows, as its parsed tree names it. */
export interface BodyMedia {
  /** 1-based line in the body. */
  line: number;
  /** Decoded, normalised site path (media.ts `mediaSitePath`). */
  sitePath: string;
  /** Shown as an image (`![…](…)`), rather than linked. */
  image: boolean;
}

export interface BodyReport {
  findings: BodyFinding[];
  media: BodyMedia[];
}

/** remark-parse + remark-gfm: the tree the site's renderer parses (markdown/gfm.ts is tested equal to it). */
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

/** Parses a body and inspects its tree; the build gets the same report from its own parse (inspectTree). */
export function inspectBody(body: string): BodyReport {
  return inspectTree(parser.parse(body));
}

const MISSING_ALT: Omit<BodyFinding, "line"> = {
  rule: "alt-wajib",
  message: "gambar di isi tulisan tidak memiliki teks alternatif",
  fix: "tulis teks alternatif di antara kurung siku, mis. ![Peserta pelatihan di aula kantor](/media/foto.jpg)",
};

/**
 * Everything a body links to or shows, and what is wrong with it, from its Markdown tree (mdast):
 * links, images and reference definitions wherever the parser found them (across line breaks,
 * inside lists, tables and footnotes), never inside code. Pure: the renderer calls it on the tree
 * it renders, so the check and the build see the same links.
 */
export function inspectTree(tree: Root): BodyReport {
  const report: BodyReport = { findings: [], media: [] };
  visit(tree as unknown as MdNode, (node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "html" && node.value) inspectHtml(node.value, line, report);
    if ((node.type === "image" || node.type === "imageReference") && !node.alt?.trim()) report.findings.push({ line, ...MISSING_ALT });
    if (typeof node.url === "string") inspectUrl(node, line, report);
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
      rule: "alamat-berbahaya",
      message: `${isImage ? "gambar" : "tautan"} dengan alamat ${risky}: tidak diizinkan`,
      fix: isImage
        ? "unggah gambarnya ke folder media lalu tulis ![teks alternatif](/media/nama-berkas.jpg)"
        : "ganti dengan alamat https://… atau hapus tautannya",
    });
    return;
  }
  const media = mediaSitePath(url);
  if (media && "finding" in media) report.findings.push({ line, ...media.finding });
  else if (media) {
    const refusedType = isImage ? mediaTypeIssue(media.sitePath, 0, `content${media.sitePath}`) : undefined;
    if (refusedType) report.findings.push({ line, ...refusedType });
    else if (isImage && mediaType(media.sitePath)?.kind !== "image") {
      report.findings.push({
        line,
        rule: "bukan-gambar",
        message: `gambar "${url}" bukan berkas gambar`,
        fix: `tampilkan gambar berjenis ${extensionsOf("image").join(", ")}; untuk dokumen atau video pakai tautan [teks](${url})`,
      });
    } else report.media.push({ line, sitePath: media.sitePath, image: isImage });
  } else if (isImage) {
    // Images from other sites make readers' browsers contact third parties; the site serves its own.
    report.findings.push({
      line,
      rule: "gambar-dari-luar",
      message: `gambar "${url}" tidak berasal dari folder media situs`,
      fix: "unggah gambarnya ke folder media lalu tulis ![teks alternatif](/media/nama-berkas.jpg)",
    });
  }
}

function inspectHtml(html: string, startLine: number, report: BodyReport) {
  const lineOf = (index: number) => startLine + (html.slice(0, index).match(/\n/g)?.length ?? 0);
  for (const match of html.matchAll(/<\s*([a-z][a-z0-9-]*)\b/gi)) {
    const tag = match[1]!.toLowerCase();
    const fix = UNSAFE_TAGS[tag];
    if (fix) report.findings.push({ line: lineOf(match.index), rule: "html-tidak-aman", message: `kode HTML <${tag}> tidak diizinkan di isi tulisan`, fix });
    if (tag === "img" && !/^<\s*img\b[^>]*\salt\s*=\s*("[^"]*\S[^"]*"|'[^']*\S[^']*'|[^\s"'>]+)/i.test(html.slice(match.index))) {
      report.findings.push({
        line: lineOf(match.index),
        rule: "alt-wajib",
        message: "gambar HTML <img> tanpa teks alternatif",
        fix: "ganti dengan ![teks alternatif](/media/nama-berkas.jpg)",
      });
    }
  }
  for (const match of html.matchAll(/<[^>]*?\s(on[a-z]+)\s*=/gi)) {
    report.findings.push({
      line: lineOf(match.index + match[0].length - match[1]!.length - 1),
      rule: "html-tidak-aman",
      message: `atribut HTML ${match[1]!.toLowerCase()} (menjalankan JavaScript) tidak diizinkan`,
      fix: `hapus atribut ${match[1]!.toLowerCase()}="…" dari kode HTML`,
    });
  }
  for (const match of html.matchAll(/\s(href|src|action|formaction|xlink:href|poster|background)\s*=\s*["']?\s*(javascript|vbscript|data):/gi)) {
    report.findings.push({
      line: lineOf(match.index),
      rule: "alamat-berbahaya",
      message: `alamat ${match[2]!.toLowerCase()}: pada atribut ${match[1]!.toLowerCase()} tidak diizinkan`,
      fix: "ganti dengan alamat https://… atau berkas /media/…, atau hapus kode HTML ini",
    });
  }
}

function visit(node: MdNode, fn: (node: MdNode) => void) {
  fn(node);
  for (const child of node.children ?? []) visit(child, fn);
}
