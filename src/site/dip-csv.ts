/** The Daftar Informasi Publik as CSV for spreadsheet users: UTF-8 with BOM, CRLF, every Perki column. */
import { absoluteUrl } from "../content/urls.ts";
import { formatDate } from "../content/dates.ts";
import { csvTable } from "../format/csv.ts";
import { formLabel } from "./components/DipTable.tsx";
import type { DipView, SiteView } from "./view.ts";

export const DIP_CSV_HEADER = [
  "No",
  "Judul informasi",
  "Kategori",
  "Ringkasan isi informasi",
  "Pejabat/unit yang menguasai informasi",
  "Penanggung jawab pembuatan/penerbitan",
  "Waktu pembuatan",
  "Tempat pembuatan",
  "Bentuk informasi",
  "Jangka waktu penyimpanan",
  "Dokumen",
  "Alamat halaman",
  "Terakhir diperbarui",
];

export function dipCsv(items: DipView[], site: SiteView): string {
  const rows = items.map((d, i) => [
    String(i + 1),
    d.title,
    d.categoryLabel,
    d.summary,
    d.unit,
    d.responsible,
    d.made,
    d.place,
    formLabel(d.form),
    d.retention,
    d.files.map((f) => `${f.title}: ${absoluteUrl(site.url, f.href)}`).join("\n"),
    absoluteUrl(site.url, d.url),
    formatDate(d.date, site.timeZone),
  ]);
  return csvTable(DIP_CSV_HEADER, rows);
}
