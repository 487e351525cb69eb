/**
 * Structure checks for Indonesian personal identifiers. Pure functions on digit strings,
 * so the screener's regexes stay small and every rule has one place and one test.
 */

/**
 * Province codes (Kepmendagri 100.1.1-6117/2022): the first two digits of every NIK and KK number.
 * 91–96 are Papua, Papua Barat and the four provinces created in 2022; there is no 97.
 */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  "11",
  "12",
  "13",
  "14",
  "15",
  "16",
  "17",
  "18",
  "19",
  "21",
  "31",
  "32",
  "33",
  "34",
  "35",
  "36",
  "51",
  "52",
  "53",
  "61",
  "62",
  "63",
  "64",
  "65",
  "71",
  "72",
  "73",
  "74",
  "75",
  "76",
  "81",
  "82",
  "91",
  "92",
  "93",
  "94",
  "95",
  "96",
]);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export interface PopulationNumber {
  /** 16 digits, separators removed. */
  digits: string;
  province: string;
  /** True when the day part carries the +40 of a woman's NIK (so it cannot be a KK number). */
  female: boolean;
}

/** Whether `day`/`month` (1-based) can be a calendar date in some year (29 February allowed). */
function possibleDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/**
 * Reads 16 digits as a NIK or KK number: province code, regency and district not 00,
 * a DDMMYY part (birth date for a NIK, women +40 on the day; issuance date for a KK) and a serial not 0000.
 * Returns undefined when the structure cannot be a population number.
 */
export function parsePopulationNumber(raw: string): PopulationNumber | undefined {
  const digits = raw.replace(/\D/g, "");
  if (digits.length !== 16) return undefined;
  const province = digits.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) return undefined;
  if (digits.slice(2, 4) === "00" || digits.slice(4, 6) === "00") return undefined;
  let day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const female = day > 40;
  if (female) day -= 40;
  if (!possibleDate(day, month)) return undefined;
  if (digits.slice(12) === "0000") return undefined;
  return { digits, province, female };
}

/**
 * The first two digits of an old (15-digit) NPWP name the taxpayer type: 00 is a government
 * treasurer (instansi pemerintah), 01–03 are companies (badan). Their NPWPs are not personal
 * data and are routinely published, e.g. in procurement announcements.
 */
export function isOrganisationNpwp(digits: string): boolean {
  const clean = digits.replace(/\D/g, "");
  // A 16-digit NPWP of a company is "0" followed by the old 15 digits.
  const old = clean.length === 16 && clean.startsWith("0") ? clean.slice(1) : clean;
  return old.length === 15 && ["00", "01", "02", "03"].includes(old.slice(0, 2));
}

/**
 * An Indonesian mobile number in its national form (`8…`, without 0 or 62), or undefined.
 * Mobiles are 08xx followed by 6–9 more digits: 10–13 digits written with the leading 0.
 */
export function nationalMobile(raw: string): string | undefined {
  let digits = raw.replace(/\D/g, "");
  if (digits.startsWith("62")) digits = digits.slice(2);
  else if (digits.startsWith("0")) digits = digits.slice(1);
  else return undefined;
  if (!/^8[1-9]\d{7,10}$/.test(digits)) return undefined;
  return digits;
}

/** A phone number reduced to comparable digits: `(0274) 512-345` and `+62 274 512345` both give `274512345`. */
export function comparablePhone(raw: string): string {
  const digits = raw.replace(/\D/g, "");
  if (digits.startsWith("62")) return digits.slice(2);
  if (digits.startsWith("0")) return digits.slice(1);
  return digits;
}

/** `3201••••••••0001`: enough to find the number in the file, never enough to use it. */
export function maskDigits(raw: string, keepStart = 4, keepEnd = 4): string {
  let seen = 0;
  const total = raw.replace(/\D/g, "").length;
  let out = "";
  for (const ch of raw) {
    if (/\d/.test(ch)) {
      seen++;
      out += seen <= keepStart || seen > total - keepEnd ? ch : "•";
    } else out += ch;
  }
  return out;
}

/** `b•••@gmail.com`: the domain tells the official what kind of address it is; the person stays hidden. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${address[0]}•••${address.slice(at)}`;
}
