/**
 * The schema's plain constants, without zod: the admin bundle (preview, upload checks) needs
 * these few values, and importing them from schema.ts put all of zod (450 KB of 740) into every
 * editor's download. schema.ts re-exports them, so the rest of the code may import either.
 */

/** Size limits checked by the validator and written into the Decap config. */
export const LIMITS = {
  imageBytes: 10 * 1024 * 1024,
  attachmentBytes: 25 * 1024 * 1024,
  videoBytes: 100 * 1024 * 1024,
  markdownBytes: 1024 * 1024,
} as const;

/** The categories of the Daftar Informasi Publik (UU 14/2008, Perki 1/2021). */
export const DIP_CATEGORIES = {
  berkala: "Informasi yang wajib disediakan dan diumumkan secara berkala",
  "serta-merta": "Informasi yang wajib diumumkan secara serta merta",
  "setiap-saat": "Informasi yang wajib tersedia setiap saat",
  dikecualikan: "Informasi yang dikecualikan",
} as const;
export type DipCategory = keyof typeof DIP_CATEGORIES;

/** Fixed-offset Indonesian time zones (no daylight saving). */
export const TIME_ZONES = { "Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT" } as const;

/** The collections' names, labels and folders; schema.ts adds each one's schema. */
export const COLLECTIONS = {
  berita: { label: "Berita", labelSingular: "Berita", folder: "berita", datedSlug: true },
  pengumuman: { label: "Pengumuman", labelSingular: "Pengumuman", folder: "pengumuman", datedSlug: false },
  agenda: { label: "Agenda", labelSingular: "Agenda", folder: "agenda", datedSlug: false },
  galeri: { label: "Galeri", labelSingular: "Album", folder: "galeri", datedSlug: false },
  halaman: { label: "Halaman", labelSingular: "Halaman", folder: "halaman", datedSlug: false },
  "informasi-publik": { label: "Daftar Informasi Publik", labelSingular: "Informasi Publik", folder: "informasi-publik", datedSlug: false },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/**
 * Characters that are not text: C0 controls other than tab, line feed and carriage return, DEL,
 * the non-characters U+FFFE/U+FFFF and unpaired surrogates. XML 1.0 forbids all but DEL, so one
 * of them in a title breaks every feed. Refused in files (source.ts) and in YAML values, where
 * escapes such as "\b" or "\a" make them (validate.ts); feeds strip them as a last guard.
 */
export const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** "0x08", "0xFFFF": how a character that is not text is named in a message. */
export const characterCode = (c: string) => `0x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
