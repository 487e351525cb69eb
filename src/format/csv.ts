/**
 * CSV for spreadsheet users: RFC 4180 quoting, CRLF, UTF-8 with a BOM so Excel reads the
 * Indonesian text. One implementation for every CSV the project writes (DIP list, monev report).
 */

export type CsvCell = string | number | boolean | undefined;

/**
 * One cell. A text starting like a formula (= + - @, tab, CR) is defused with a leading `'` so a
 * spreadsheet shows it as text. A cell holding `;` is quoted too: Excel with Indonesian regional
 * settings splits on `;`, not `,`.
 */
export function csvCell(value: CsvCell): string {
  if (value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "ya" : "tidak";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: BOM, header row, rows, each line ended by CRLF. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return "\uFEFF" + [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
