/** What the screener reports: one finding per thing the official should look at before approving. */

export type FindingKind =
  | "nik"
  | "kk"
  | "npwp"
  | "phone"
  | "email"
  | "address"
  | "classified"
  | "gps"
  | "exempt-attachment"
  | "broken-link"
  | "binary"
  | "too-large"
  | "invalid-utf8"
  | "unreadable"
  | "manual-check";

/** high blocks the check (exit 1); medium and low are for the official's judgement. */
export type Severity = "high" | "medium" | "low";

export interface ScreeningFinding {
  /** Path from the repository root. */
  file: string;
  /** 1-based; 0 when the finding concerns the whole file (an image, a binary file). */
  line: number;
  kind: FindingKind;
  severity: Severity;
  /** The text around the finding with every personal number and address masked: safe to post. */
  excerpt: string;
  /** Why it matters, in Indonesian, citing the law. */
  why: string;
  /** What to do about it, in Indonesian. */
  fix: string;
}

/** Indonesian labels for the report's "jenis" column. */
export const KIND_LABELS: Record<FindingKind, string> = {
  nik: "NIK",
  kk: "Nomor KK",
  npwp: "NPWP",
  phone: "Nomor telepon pribadi",
  email: "Surel pribadi",
  address: "Alamat rumah",
  classified: "Penanda informasi dikecualikan",
  gps: "Lokasi GPS pada foto",
  "exempt-attachment": "Lampiran informasi dikecualikan",
  "broken-link": "Tautan internal rusak",
  binary: "Berkas biner",
  "too-large": "Berkas terlalu besar",
  "invalid-utf8": "Pengodean teks tidak valid",
  unreadable: "Berkas tidak terbaca",
  "manual-check": "Perlu diperiksa manual",
};

export const SEVERITY_LABELS: Record<Severity, string> = { high: "⛔ tinggi", medium: "⚠️ sedang", low: "ℹ️ rendah" };

const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2 };

/** Most severe first, then by file and line, so the top of the table is what blocks approval. */
export function sortFindings(findings: ScreeningFinding[]): ScreeningFinding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line,
  );
}
