/**
 * Small A4 documents for the sample content: letterhead, title, paragraphs, lists and
 * tables of invented figures, and a "Dokumen contoh — fiktif" footer on every page.
 * Metadata dates come from the document, so the bytes are the same on every run.
 */
import { PDFDocument, PageSizes, StandardFonts, degrees, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { monthName } from "../../src/monev/month.ts";

export type Block =
  | { heading: string }
  | { paragraph: string }
  | { list: readonly string[] }
  | {
      table: {
        head: readonly string[];
        rows: readonly (readonly string[])[];
        widths: readonly number[];
        right?: readonly number[];
      };
    };

export interface DocumentSpec {
  title: string;
  /** Decree number, period or document code under the title. */
  subtitle?: string;
  /** ISO date the document was made; goes into the metadata and the signature block. */
  date: string;
  blocks: readonly Block[];
  signer?: { position: string; name: string; id?: string };
}

export interface Letterhead {
  government: string;
  agency: string;
  address: string;
  /** Telephone and e-mail line under the address. */
  contact: string;
  place: string;
}

const longDate = (iso: string) => {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${d} ${monthName(m)} ${y}`;
};

/** The standard PDF fonts speak WinAnsi only; map the few other characters the texts use. */
const winAnsi = (s: string) =>
  s
    .replace(/[≤]/g, "<=")
    .replace(/[≥]/g, ">=")
    .replace(/[→]/g, "->")
    .replace(/[\u2212]/g, "-")
    .replace(/[^\x20-\x7e\u00a0-\u00ff–—‘’“”•…·€]/g, "?");

const INK = rgb(0.12, 0.14, 0.16);
const GREEN = rgb(0.08, 0.36, 0.21);
const GREY = rgb(0.45, 0.48, 0.52);
const MARGIN = 56;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of winAnsi(text).split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function renderDocument(spec: DocumentSpec, head: Letterhead): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const made = new Date(`${spec.date.slice(0, 10)}T09:00:00+07:00`);
  doc.setTitle(winAnsi(spec.title));
  doc.setAuthor(winAnsi(head.agency));
  doc.setSubject("Dokumen contoh - fiktif");
  doc.setCreator("Warta: npm run sample");
  doc.setProducer("pdf-lib");
  doc.setCreationDate(made);
  doc.setModificationDate(made);
  doc.setLanguage("id-ID");

  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const [pageWidth, pageHeight] = PageSizes.A4;
  const width = pageWidth - 2 * MARGIN;
  let page!: PDFPage;
  let y = 0;

  /** Centred text, wrapped to the text width; moves the cursor one `leading` per line. */
  const centered = (text: string, size: number, font: PDFFont, color: typeof INK, leading: number) => {
    for (const line of wrap(text, font, size, width)) {
      page.drawText(line, { x: (pageWidth - font.widthOfTextAtSize(line, size)) / 2, y, size, font, color });
      y -= leading;
    }
  };
  const newPage = () => {
    page = doc.addPage(PageSizes.A4);
    page.drawText("CONTOH", {
      x: 150,
      y: 300,
      size: 110,
      font: bold,
      color: rgb(0.85, 0.88, 0.86),
      rotate: degrees(35),
      opacity: 0.35,
    });
    y = pageHeight - MARGIN;
    centered(head.government.toUpperCase(), 12, bold, INK, 17);
    centered(head.agency.toUpperCase(), 14, bold, INK, 14);
    centered(head.address, 8.5, regular, INK, 10.5);
    centered(head.contact, 8.5, regular, INK, 10.5);
    y += 0.5;
    page.drawLine({ start: { x: MARGIN, y }, end: { x: pageWidth - MARGIN, y }, thickness: 2, color: GREEN });
    page.drawLine({
      start: { x: MARGIN, y: y - 3 },
      end: { x: pageWidth - MARGIN, y: y - 3 },
      thickness: 0.6,
      color: GREEN,
    });
    y -= 30;
  };
  const ensure = (needed: number) => {
    if (y - needed < MARGIN + 30) newPage();
  };
  const lines = (text: string, size: number, font: PDFFont, indent = 0, gap = 1.45) => {
    for (const line of wrap(text, font, size, width - indent)) {
      ensure(size * gap);
      page.drawText(line, { x: MARGIN + indent, y, size, font, color: INK });
      y -= size * gap;
    }
  };

  newPage();
  centered(spec.title, 13, bold, INK, 18);
  if (spec.subtitle) centered(spec.subtitle, 10, regular, GREY, 14);
  y -= 12;

  for (const block of spec.blocks) {
    if ("heading" in block) {
      ensure(40);
      y -= 4;
      lines(block.heading, 11, bold);
      y -= 2;
    } else if ("paragraph" in block) {
      lines(block.paragraph, 10, regular);
      y -= 6;
    } else if ("list" in block) {
      block.list.forEach((item, i) => {
        ensure(14);
        page.drawText(`${i + 1}.`, { x: MARGIN + 6, y, size: 10, font: regular, color: INK });
        lines(item, 10, regular, 24);
      });
      y -= 6;
    } else {
      const { head: cols, rows, widths, right = [] } = block.table;
      const total = widths.reduce((a, b) => a + b, 0);
      const xs = widths.map((_, i) => MARGIN + (widths.slice(0, i).reduce((a, b) => a + b, 0) / total) * width);
      const ws = widths.map((w) => (w / total) * width);
      const row = (cells: readonly string[], font: PDFFont, shaded: boolean) => {
        const wrapped = cells.map((c, i) => wrap(c, font, 9, (ws[i] ?? 0) - 8));
        const h = Math.max(...wrapped.map((w) => w.length)) * 11.5 + 7;
        ensure(h);
        if (shaded) page.drawRectangle({ x: MARGIN, y: y - h + 9, width, height: h, color: rgb(0.9, 0.95, 0.92) });
        page.drawLine({
          start: { x: MARGIN, y: y - h + 9 },
          end: { x: MARGIN + width, y: y - h + 9 },
          thickness: 0.5,
          color: GREY,
        });
        wrapped.forEach((cellLines, i) => {
          cellLines.forEach((text, k) => {
            const w = font.widthOfTextAtSize(text, 9);
            const x = right.includes(i) ? (xs[i] ?? 0) + (ws[i] ?? 0) - 4 - w : (xs[i] ?? 0) + 4;
            page.drawText(text, { x, y: y - k * 11.5, size: 9, font, color: INK });
          });
        });
        y -= h;
      };
      row(cols, bold, true);
      for (const r of rows) row(r, regular, false);
      y -= 12;
    }
  }

  if (spec.signer) {
    ensure(110);
    const x = pageWidth - MARGIN - 210;
    y -= 10;
    for (const [text, font] of [
      [`${head.place}, ${longDate(spec.date)}`, regular],
      [spec.signer.position, regular],
    ] as const) {
      for (const line of wrap(text, font, 10, 210)) {
        page.drawText(line, { x, y, size: 10, font, color: INK });
        y -= 14;
      }
    }
    y -= 42;
    page.drawText(winAnsi(spec.signer.name), { x, y, size: 10, font: bold, color: INK });
    if (spec.signer.id) page.drawText(winAnsi(spec.signer.id), { x, y: y - 14, size: 9, font: regular, color: INK });
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    p.drawLine({
      start: { x: MARGIN, y: MARGIN },
      end: { x: pageWidth - MARGIN, y: MARGIN },
      thickness: 0.5,
      color: GREY,
    });
    p.drawText("Dokumen contoh — fiktif. Nama, angka dan nomor di dalamnya rekaan belaka.", {
      x: MARGIN,
      y: MARGIN - 14,
      size: 8,
      font: regular,
      color: GREY,
    });
    const label = `Halaman ${i + 1} dari ${pages.length}`;
    p.drawText(label, {
      x: pageWidth - MARGIN - regular.widthOfTextAtSize(label, 8),
      y: MARGIN - 14,
      size: 8,
      font: regular,
      color: GREY,
    });
  });
  return doc.save({ useObjectStreams: false });
}
