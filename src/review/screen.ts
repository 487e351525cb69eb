/**
 * The screener: finds what UU 27/2022 (PDP) and UU 14/2008 Pasal 17 keep from publication in
 * a changed file, and says where, why and what to do, without ever echoing the data itself.
 *
 * Detection is on the text as a reader sees it (normalise.ts: NFKC, invisible characters removed,
 * a number broken across lines joined), line by line, with the previous line as context (a label such as "NIK:" often
 * stands just before the number). Rules and their deliberate blind spots:
 * - NIK/KK: 16 digits (plain, or grouped 4-4-4-4 / 6-6-4 / 2-2-2-6-4 with one consistent separator)
 *   with a valid structure (see identifiers.ts). The nearest label before it decides NIK, KK or NPWP.
 *   18-digit NIPs never match: a NIP is published by design in official documents.
 * - NPWP: the dotted 15-digit form always; 15 or 16 plain digits only after an "NPWP" label.
 *   NPWPs of government treasurers and companies (types 00–03) are not flagged: procurement results publish them.
 * - Mobile numbers (08…, 62…, +62…) are flagged unless they are the agency's published number
 *   or stand right after a service label (call center, pengaduan, layanan, hotline…).
 *   Landlines are flagged only after a personal label (rumah, pribadi, keluarga…).
 * - E-mail: any address outside the agency's own domains and .go.id.
 * - Home address: a street with a house number plus RT/RW, or a residence label before a street
 *   or RT/RW; not when an institution (kantor, balai, sekolah…) is named on the line. Low severity.
 * - Classified markers: "sangat rahasia", "konfidensial", "tidak untuk dipublikasikan", "draf internal",
 *   FOUO and similar always; "rahasia" except in everyday phrases ("rahasia umum", "bukan rahasia",
 *   "rahasia sukses", "menjaga rahasia", "dianggap rahasia"…, and lines citing a law) at medium severity
 *   (upper-case RAHASIA: high); "terbatas" and "dikecualikan" only as a stamp line, after
 *   a label (sifat:, klasifikasi:), or in "dokumen/informasi/surat terbatas" — they are everyday words
 *   ("kuota terbatas", "Daftar Informasi Dikecualikan" is itself a public document).
 */
import type { ScreeningFinding, FindingKind, Severity } from "./findings.ts";
import {
  comparablePhone,
  isOrganisationNpwp,
  maskDigits,
  maskEmail,
  nationalMobile,
  parsePopulationNumber,
} from "./identifiers.ts";
import { normaliseForScreening } from "./normalise.ts";

/** What counts as the agency's own, published contact data. */
export interface ScreeningContext {
  /** Lower-case domains whose addresses are official (the site's and its e-mail's), subdomains included. */
  agencyDomains: string[];
  /** Published phone numbers, any notation. */
  officialPhones: string[];
}

export interface ScreenTextOptions {
  /** Path from the repository root, for the report. */
  file: string;
  /** Line number of the text's first line in the file (1 when the text is the whole file). */
  startLine?: number;
  context?: Partial<ScreeningContext>;
}

/** The context from `content/_data/site.yml`: its URL's and e-mail's domains, and its phone. */
export function contextFromSite(site: { url?: string; email?: string; phone?: string } | undefined): ScreeningContext {
  const domains: string[] = [];
  if (site?.url) {
    try {
      domains.push(new URL(site.url).hostname.replace(/^www\./, "").toLowerCase());
    } catch {
      // An invalid URL is the validator's finding, not ours.
    }
  }
  if (site?.email?.includes("@")) domains.push(site.email.split("@").pop()!.toLowerCase());
  return { agencyDomains: [...new Set(domains)], officialPhones: site?.phone ? [site.phone] : [] };
}

// ── detection on one line ─────────────────────────────────────────────────────────

interface Hit {
  start: number;
  end: number;
  kind: FindingKind;
  severity: Severity;
  /** What replaces the matched text in every excerpt. */
  mask: string;
  why: string;
  fix: string;
}

const LAW_PERSONAL =
  "UU 27/2022 Pasal 65 ayat (2) melarang mengungkapkan data pribadi orang lain secara melawan hukum, dan UU 14/2008 Pasal 17 huruf h mengecualikan rahasia pribadi dari informasi publik";

const WHY: Record<"nik" | "kk" | "npwp" | "phone" | "email" | "address" | "classified", string> = {
  nik: `NIK adalah data pribadi: ${LAW_PERSONAL}. NIK yang tersebar dipakai untuk penipuan dan pinjaman daring atas nama orang lain.`,
  kk: `Nomor Kartu Keluarga mengungkap data seluruh anggota keluarga: ${LAW_PERSONAL} (termasuk riwayat dan kondisi anggota keluarga).`,
  npwp: `NPWP orang pribadi sama dengan NIK sejak 2024 dan mengungkap kondisi keuangan seseorang: ${LAW_PERSONAL}.`,
  phone: `Nomor telepon pribadi adalah data pribadi (UU 27/2022 Pasal 4 dan Pasal 65 ayat (2)); menerbitkannya tanpa persetujuan pemiliknya mengundang penipuan dan gangguan.`,
  email: `Alamat surel pribadi adalah data pribadi (UU 27/2022 Pasal 65 ayat (2)). Yang boleh terbit hanya surel resmi instansi.`,
  address: `Alamat rumah seseorang adalah data pribadi (UU 27/2022 Pasal 65 ayat (2); UU 14/2008 Pasal 17 huruf h). Perlu dipastikan ini bukan alamat kantor atau lokasi kegiatan.`,
  classified: `Penanda ini menunjukkan informasi yang dikecualikan atau berklasifikasi (UU 14/2008 Pasal 17, mis. huruf i: memorandum yang dirahasiakan, huruf j: dirahasiakan undang-undang). Informasi dikecualikan tidak boleh ditampilkan kepada publik.`,
};

const FIX: Record<"nik" | "kk" | "npwp" | "phone" | "email" | "address" | "classified", string> = {
  nik: "Hapus NIK atau samarkan (mis. 3201••••••••0001). Pada lampiran, tutup kolom NIK sebelum diunggah.",
  kk: "Hapus nomor KK atau samarkan sebelum diterbitkan.",
  npwp: "Hapus NPWP orang pribadi atau samarkan sebelum diterbitkan.",
  phone: "Hapus nomor ini, atau ganti dengan nomor layanan resmi instansi.",
  email: "Hapus alamat ini, atau ganti dengan surel resmi instansi.",
  address: "Hapus alamat rumah atau cukup sebut desa/kelurahan dan kecamatan.",
  classified:
    "Jangan terbitkan dokumen/teks berklasifikasi. Jika penanda ini keliru (dokumen sudah dinyatakan terbuka oleh PPID), hapus penandanya dan jelaskan di komentar PR.",
};

function hit(kind: keyof typeof WHY, start: number, end: number, mask: string, severity: Severity): Hit {
  return { start, end, kind, severity, mask, why: WHY[kind], fix: FIX[kind] };
}

// 16 digits: plain, or grouped with one separator used consistently. Not part of a longer number.
const SIXTEEN_DIGITS = [
  /(?<!\d)(?<!\d[.,/-])\d{16}(?!\d)(?![.,/-]\d)/g,
  /(?<!\d)(?<!\d[ .,/-])\d{4}([ .-])\d{4}\1\d{4}\1\d{4}(?!\d)(?![ .,/-]\d)/g,
  /(?<!\d)(?<!\d[ .,/-])\d{6}([ .-])\d{6}\1\d{4}(?!\d)(?![ .,/-]\d)/g,
  /(?<!\d)(?<!\d[ .,/-])\d{2}\.\d{2}\.\d{2}\.\d{6}\.\d{4}(?!\d)(?![ .,/-]\d)/g,
];
const NPWP_DOTTED = /(?<!\d)(?<!\d[.,/-])\d{2}\.\d{3}\.\d{3}\.\d[.-]\d{3}\.\d{3}(?!\d)(?![.,/-]\d)/g;
const FIFTEEN_DIGITS = /(?<!\d)(?<!\d[.,/-])\d{15}(?!\d)(?![.,/-]\d)/g;

// The nearest label before a number decides what it is.
const ID_LABELS: [RegExp, "nik" | "kk" | "npwp"][] = [
  [/\bNIK\b|nomor induk kependudukan|\bKTP\b/gi, "nik"],
  [/\bKK\b|kartu keluarga/gi, "kk"],
  [/\bNPWP\b|nomor pokok wajib pajak/gi, "npwp"],
];

function nearestLabel(before: string): "nik" | "kk" | "npwp" | undefined {
  let best: { at: number; kind: "nik" | "kk" | "npwp" } | undefined;
  for (const [pattern, kind] of ID_LABELS) {
    for (const m of before.matchAll(pattern)) if (!best || m.index >= best.at) best = { at: m.index, kind };
  }
  return best?.kind;
}

function populationNumbers(line: string, before: (i: number) => string): Hit[] {
  const hits: Hit[] = [];
  for (const pattern of SIXTEEN_DIGITS) {
    for (const m of line.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const label = nearestLabel(before(start));
      const masked = maskDigits(m[0]);
      if (label === "npwp") {
        if (!isOrganisationNpwp(m[0])) hits.push(hit("npwp", start, end, masked, "high"));
        continue;
      }
      const parsed = parsePopulationNumber(m[0]);
      if (!parsed) continue;
      // A KK's date part is the issue date: a day above 40 can only be a woman's NIK.
      const kind = label === "kk" && !parsed.female ? "kk" : "nik";
      hits.push(hit(kind, start, end, masked, "high"));
    }
  }
  for (const m of line.matchAll(NPWP_DOTTED)) {
    if (!isOrganisationNpwp(m[0]))
      hits.push(hit("npwp", m.index, m.index + m[0].length, maskDigits(m[0], 2, 3), "high"));
  }
  for (const m of line.matchAll(FIFTEEN_DIGITS)) {
    if (nearestLabel(before(m.index)) === "npwp" && !isOrganisationNpwp(m[0]))
      hits.push(hit("npwp", m.index, m.index + m[0].length, maskDigits(m[0], 2, 3), "high"));
  }
  return hits;
}

const MOBILE = /(?<![\w+])(?<!\d[ .,/-])(?:\+\s?62[ .-]?|62|\(?0)\(?8[1-9]\d?\)?(?:[ .-]?\d){6,10}(?!\d)(?![.,/-]\d)/g;
const LANDLINE =
  /(?<![\w+])(?<!\d[ .,/-])(?:\(0[1-79]\d{1,2}\)\s?|0[1-79]\d{1,2}[ -])\d{3,4}[ -]?\d{2,4}(?!\d)(?![.,/-]\d)/g;
/** A service label just before a number: the agency's published line, not a person's. */
const SERVICE_LABEL =
  /(call ?cent(?:er|re)|hotline|pengaduan|layanan|pusat informasi|posko|sms cent(?:er|re)|kantor|sekretariat|humas|ppid|resmi|helpdesk|help desk)[^.\n]{0,25}$/i;
const PERSONAL_LABEL = /(rumah|pribadi|kediaman|keluarga|orang ?tua|wali murid)[^.\n]{0,25}$/i;

function phoneNumbers(line: string, before: (i: number) => string, official: Set<string>): Hit[] {
  const hits: Hit[] = [];
  for (const m of line.matchAll(MOBILE)) {
    if (!nationalMobile(m[0])) continue;
    if (official.has(comparablePhone(m[0]))) continue;
    const prefix = before(m.index);
    if (SERVICE_LABEL.test(prefix) && !/\b(pribadi|rumah)\b[^.\n]{0,25}$/i.test(prefix)) continue;
    hits.push(hit("phone", m.index, m.index + m[0].length, maskDigits(m[0], 4, 3), "medium"));
  }
  for (const m of line.matchAll(LANDLINE)) {
    if (official.has(comparablePhone(m[0]))) continue;
    if (!PERSONAL_LABEL.test(before(m.index))) continue;
    hits.push(hit("phone", m.index, m.index + m[0].length, maskDigits(m[0], 4, 2), "medium"));
  }
  return hits;
}

const EMAIL = /(?<![\w.+%-])[A-Za-z0-9][A-Za-z0-9._%+-]*@((?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,})(?![\w-])/g;
const GOVERNMENT_DOMAIN = /(?:^|\.)(?:go\.id|desa\.id|mil\.id)$/i;
const FILE_SUFFIX = /\.(?:png|jpe?g|gif|webp|avif|svg|pdf|docx?|xlsx?|mp4|md|ya?ml|json|txt|csv|html?)$/i;

function emailAddresses(line: string, agencyDomains: string[]): Hit[] {
  const hits: Hit[] = [];
  for (const m of line.matchAll(EMAIL)) {
    const domain = m[1]!.toLowerCase();
    if (GOVERNMENT_DOMAIN.test(domain)) continue;
    // `logo@2x.png`: a file name, not an address.
    if (FILE_SUFFIX.test(domain)) continue;
    if (agencyDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
    hits.push(hit("email", m.index, m.index + m[0].length, maskEmail(m[0]), "medium"));
  }
  return hits;
}

const STREET =
  /\b(?:Jl\.?|Jln\.?|Jalan|Gg\.?|Gang|Komp(?:lek|leks)?\.?|Perum(?:ahan)?\.?|Dusun|Dsn\.?)\s+[^\n;]{2,60}?\b(?:No\.?|Nomor|Blok)\s*[A-Z]?\d+/i;
const RT_RW = /\bRT\.?\s*0*\d{1,3}\s*(?:\/\s*(?:RW\.?\s*)?|,?\s*RW\.?\s*)0*\d{1,3}\b/i;
const RESIDENCE_CUE =
  /\b(?:alamat rumah|tempat tinggal|domisili|berdomisili|beralamat di|bertempat tinggal|kediaman|rumah pribadi)(?:nya)?\b/i;
const INSTITUTION =
  /\b(kantor|dinas|sekretariat|gedung|balai|aula|hotel|pendopo|pendapa|puskesmas|rumah sakit|rsud|sekolah|sd|smp|sma|smk|madrasah|masjid|gereja|pura|vihara|lapangan|stadion|alun-alun|rumah dinas|rumah jabatan|kecamatan|kelurahan|desa|pasar|terminal|koperasi|pt|cv)\b/i;

function homeAddresses(line: string): Hit[] {
  const street = STREET.exec(line);
  const rtRw = RT_RW.exec(line);
  const cue = RESIDENCE_CUE.exec(line);
  const anchor = street ?? rtRw;
  if (!anchor) return [];
  if (!((street && rtRw) || cue)) return [];
  // An institution named before the address: the office or venue, not a home.
  if (INSTITUTION.test(line.slice(0, anchor.index))) return [];
  const start = Math.min(street?.index ?? Infinity, rtRw?.index ?? Infinity);
  const end = Math.max(street ? street.index + street[0].length : 0, rtRw ? rtRw.index + rtRw[0].length : 0);
  return [hit("address", start, end, "[alamat disamarkan]", "low")];
}

const ALWAYS_CLASSIFIED =
  /\b(sangat rahasia|konfidensial|confidential|tidak untuk (?:di)?(?:publikasi(?:kan)?|dipublikasikan|disebarluaskan|diedarkan|disebarkan|umum)|draf internal|draft internal|(?:hanya )?untuk kalangan (?:sendiri|internal|terbatas)|hanya untuk internal|internal only|for official use only|FOUO)\b/gi;
const LABELLED_CLASSIFIED =
  /\b(?:sifat(?: surat| dokumen| informasi)?|klasifikasi(?: surat| dokumen| informasi| keamanan)?|derajat kerahasiaan|status informasi)\s*[:=]?\s*[*_"']*(?:sangat rahasia|rahasia|terbatas|dikecualikan)\b/gi;
const LIMITED_DOCUMENT = /\b(?:dokumen|informasi|surat|edaran|peredaran|distribusi|data) (?:sangat )?terbatas\b/gi;
const BERSIFAT = /\bbersifat (?:sangat )?(?:rahasia|dikecualikan|konfidensial)\b/gi;
const STAMP = /^[\s#>*_|-]*\[?(?:sangat rahasia|rahasia|terbatas|dikecualikan|konfidensial)\]?[\s*_|.!-]*$/i;
const SECRET = /\brahasia\b/gi;
const SECRET_EVERYDAY_BEFORE =
  /\b(?:bukan(?: lagi)?|resep|menjaga|jaga|kunci|membongkar|bongkar|mengungkap|dianggap|dinilai|disebut)\s+$/i;
/** A line that cites a law discusses the category ("rahasia pribadi" in Pasal 17 huruf h), it does not mark a document. */
const LAW_CITATION = /\b(?:Pasal|UU|Undang-Undang|Perki|PP|Permen\w*|Perpres)\s*(?:No(?:mor|\.)?\s*)?\d/i;
const SECRET_EVERYDAY_AFTER =
  /^\s+(?:umum|sukses|kesuksesan|dapur|alam|di balik|dibalik|hidup|awet|panjang umur|kecantikan)\b/i;

function classifiedMarkers(line: string): Hit[] {
  const hits: Hit[] = [];
  const add = (start: number, end: number) => hits.push(hit("classified", start, end, line.slice(start, end), "high"));
  for (const pattern of [ALWAYS_CLASSIFIED, LABELLED_CLASSIFIED, LIMITED_DOCUMENT, BERSIFAT]) {
    for (const m of line.matchAll(pattern)) add(m.index, m.index + m[0].length);
  }
  if (STAMP.test(line)) {
    const word = /(sangat rahasia|rahasia|terbatas|dikecualikan|konfidensial)/i.exec(line)!;
    add(word.index, word.index + word[0].length);
  }
  // A bare "rahasia" in prose is weaker evidence than a stamp or label: the official judges it (medium).
  const citesLaw = LAW_CITATION.test(line);
  for (const m of line.matchAll(SECRET)) {
    const start = m.index;
    const end = start + m[0].length;
    if (hits.some((h) => start >= h.start && end <= h.end)) continue;
    const upper = m[0] === "RAHASIA";
    if (!upper && citesLaw) continue;
    if (SECRET_EVERYDAY_BEFORE.test(line.slice(0, start)) || SECRET_EVERYDAY_AFTER.test(line.slice(end))) continue;
    hits.push({ ...hit("classified", start, end, m[0], upper ? "high" : "medium") });
  }
  return hits;
}

/** Earlier patterns win where hits overlap (a NIK is not also a phone number). */
function withoutOverlaps(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const h of hits) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** All hits on one line, by priority: identity numbers, phones, e-mail, classified markers, addresses. */
function lineHits(line: string, previous: string, context: ScreeningContext, official: Set<string>): Hit[] {
  const before = (i: number) => `${previous.slice(-40)}\n${line.slice(Math.max(0, i - 60), i)}`;
  return withoutOverlaps([
    ...populationNumbers(line, before),
    ...phoneNumbers(line, (i) => line.slice(Math.max(0, i - 60), i), official),
    ...emailAddresses(line, context.agencyDomains),
    ...classifiedMarkers(line),
    ...homeAddresses(line),
  ]);
}

// Any long digit run left in an excerpt is masked too (an excerpt is posted publicly on the PR):
// a mistyped NIK is still someone's NIK. Money written with thousands dots stays readable.
const LONG_DIGIT_RUN = /\d(?:[ .-]?\d){11,}/g;
const MONEY = /^\d{1,3}(?:\.\d{3})+$/;
const maskLongNumbers = (text: string) =>
  text.replace(LONG_DIGIT_RUN, (run) => (MONEY.test(run) ? run : maskDigits(run)));

/** The line around one hit, every other personal datum on it masked as well, at most ~100 characters. */
function excerpt(line: string, hits: Hit[], focus: Hit): string {
  let masked = "";
  let at = 0;
  let focusStart = 0;
  let focusEnd = 0;
  for (const h of hits) {
    if (h.kind === "classified") continue;
    masked += maskLongNumbers(line.slice(at, h.start));
    if (h === focus) focusStart = masked.length;
    masked += h.mask;
    if (h === focus) focusEnd = masked.length;
    at = h.end;
  }
  masked += maskLongNumbers(line.slice(at));
  if (focus.kind === "classified") {
    // Classified hits are not masked; find their position in the masked line.
    const offset = masked.toLowerCase().indexOf(focus.mask.toLowerCase());
    focusStart = Math.max(0, offset);
    focusEnd = focusStart + focus.mask.length;
  }
  const from = Math.max(0, focusStart - 40);
  const to = Math.min(masked.length, focusEnd + 40);
  return `${from > 0 ? "…" : ""}${masked.slice(from, to).trim()}${to < masked.length ? "…" : ""}`;
}

function fullContext(partial: Partial<ScreeningContext> | undefined): ScreeningContext {
  return {
    agencyDomains: (partial?.agencyDomains ?? []).map((d) => d.toLowerCase()),
    officialPhones: partial?.officialPhones ?? [],
  };
}

/** Screens text (a whole file or part of one); never throws. */
export function screenText(text: string, options: ScreenTextOptions): ScreeningFinding[] {
  const context = fullContext(options.context);
  const official = new Set(context.officialPhones.map(comparablePhone));
  const startLine = options.startLine ?? 1;
  const findings: ScreeningFinding[] = [];
  let previous = "";
  for (const { text: line, lineOf } of normaliseForScreening(text)) {
    const hits = lineHits(line, previous, context, official);
    for (const h of hits) {
      findings.push({
        file: options.file,
        line: startLine + lineOf[h.start]!,
        kind: h.kind,
        severity: h.severity,
        excerpt: excerpt(line, hits, h),
        why: h.why,
        fix: h.fix,
      });
    }
    previous = line;
  }
  return findings;
}

/** Every personal number and address in `text` replaced by its mask: for titles and previews shown on the PR. */
export function maskPersonalData(text: string, context?: Partial<ScreeningContext>): string {
  const full = fullContext(context);
  const official = new Set(full.officialPhones.map(comparablePhone));
  let previous = "";
  return normaliseForScreening(text)
    .map(({ text: line }) => {
      const hits = lineHits(line, previous, full, official).filter((h) => h.kind !== "classified");
      previous = line;
      let out = "";
      let at = 0;
      for (const h of hits) {
        out += line.slice(at, h.start) + h.mask;
        at = h.end;
      }
      return maskLongNumbers(out + line.slice(at));
    })
    .join("\n");
}
