/**
 * What react-select (the select and relation widgets' control, 5.x in Decap 3.16) tells screen
 * readers through its live region, in Indonesian. Decap passes no `ariaLiveMessages` or
 * `screenReaderStatus` to react-select and offers no hook to, so these rewrite the English
 * messages where they appear (wording.ts's observer): the patterns are react-select's own
 * `defaultAriaLiveMessages` and `screenReaderStatus` (dist/Select-*.esm.js), anchored to a whole
 * message.
 */
export type Replacement = string | ((...groups: string[]) => string);

export const SELECT_ANNOUNCEMENTS: readonly [RegExp, Replacement][] = [
  [/^options? (.+), selected\.$/, "pilihan $1, dipilih."],
  [/^option (.+), deselected\.$/, "pilihan $1, batal dipilih."],
  [/^option (.+) is disabled\. Select another option\.$/, "pilihan $1 tidak tersedia. Pilih yang lain."],
  [/^All selected options have been cleared\.$/, "Semua pilihan telah dikosongkan."],
  [/^value (.+) focused, (\d+) of (\d+)\.$/, "nilai $1 sedang dipilih, $2 dari $3."],
  [
    /^(\d+) results? available(?: for search term (.*?))?\.?$/,
    (_match, count, term) => `${count} hasil tersedia${term ? ` untuk kata "${term}"` : ""}.`,
  ],
  [
    /^Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu(, press Tab to select the option and exit the menu)?\.$/,
    (_match, tab) =>
      `Tekan panah atas dan bawah untuk memilih, Enter untuk memakai pilihan yang sedang disorot, Escape untuk menutup menu${tab ? ", Tab untuk memakai pilihan dan menutup menu" : ""}.`,
  ],
  [
    /^(.+) is focused (,type to refine list)?, press Down to open the menu, ( press left to focus selected values)?$/,
    (_match, label, searchable, multi) =>
      `${label === "Select" ? "Pilihan" : label} aktif${searchable ? ", ketik untuk menyaring daftar" : ""}, tekan panah bawah untuk membuka menu${multi ? ", panah kiri untuk berpindah ke nilai yang sudah dipilih" : ""}.`,
  ],
  [
    /^Use left and right to toggle between focused values, press Backspace to remove the currently focused value$/,
    "Tekan panah kiri dan kanan untuk berpindah antarnilai, Backspace untuk menghapus nilai yang sedang dipilih.",
  ],
];
