/**
 * The hardcopy: the report HTML printed by Chromium to an A4 PDF, with the agency's name and the
 * month on every page and "Halaman n dari N" at the foot (Chromium's header/footer templates).
 */
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { localOnlyContext } from "./browser.ts";
import { escapeHtml } from "./html.ts";

export interface PdfOptions {
  browser: Browser;
  htmlFile: string;
  pdfFile: string;
  /** Agency name (site.agency) for the running header. */
  agency: string;
  /** e.g. "Laporan Monev November 2026". */
  title: string;
}

const STYLE =
  "font-family:'DejaVu Sans',Arial,sans-serif;font-size:8px;color:#444;width:100%;margin:0 15mm;display:flex;justify-content:space-between;";

export async function renderPdf(options: PdfOptions): Promise<void> {
  const context = await localOnlyContext(options.browser);
  try {
    const page = await context.newPage();
    await page.goto(pathToFileURL(options.htmlFile).href, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    await page.pdf({
      path: options.pdfFile,
      format: "A4",
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: `<div style="${STYLE}border-bottom:0.5px solid #999;padding-bottom:2px;"><span>${escapeHtml(options.agency)}</span><span>${escapeHtml(options.title)}</span></div>`,
      footerTemplate: `<div style="${STYLE}justify-content:center;">Halaman&nbsp;<span class="pageNumber"></span>&nbsp;dari&nbsp;<span class="totalPages"></span></div>`,
      margin: { top: "24mm", bottom: "18mm", left: "15mm", right: "15mm" },
    });
  } finally {
    await context.close();
  }
}
