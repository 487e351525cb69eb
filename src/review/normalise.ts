/**
 * What the screener reads instead of the raw text: the text as a reader sees it. A NIK hidden
 * with a zero-width space, typed in full-width digits, or broken across two lines is still
 * published whole (the browser hides the invisible character, a line break in a paragraph renders
 * as a space), so it must be found whole. Bodies, front matter and office documents all reach the
 * screener through `screenText`, which reads only this normalised form.
 *
 * Every character of a normalised line remembers the original line it came from, so a finding
 * still points at the line of the file where the identifier starts.
 */

export interface ScreeningLine {
  /** The line as a reader sees it: NFKC, invisible characters removed, a split number joined. */
  text: string;
  /** For each UTF-16 unit of `text` (and one past its end): the 0-based line of the original text it comes from. */
  lineOf: number[];
}

/**
 * Characters that render as nothing: soft hyphen, zero-width space/joiners, word joiner, invisible
 * operators, BOM, Mongolian vowel separator, combining grapheme joiner, and the bidirectional marks
 * and overrides (which reorder digits on screen without changing them). Also their YAML/JSON
 * escapes, which front matter turns into the same characters.
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- the class lists invisible characters one by one; U+034F is one of them, not a mark on its neighbour
  /[\u00AD\u034F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\\u(?:00[aA][dD]|034[fF]|180[eE]|200[b-fB-F]|202[a-eA-E]|206[0-46-9]|[fF][eE][fF][fF])|\\x[aA][dD]/y;

/** One line: invisible characters dropped, every code point NFKC-normalised (full-width ０ → 0). */
function normaliseLine(raw: string, line: number): ScreeningLine {
  let text = "";
  const lineOf: number[] = [];
  let at = 0;
  while (at < raw.length) {
    INVISIBLE.lastIndex = at;
    const invisible = INVISIBLE.exec(raw);
    if (invisible) {
      at += invisible[0].length;
      continue;
    }
    const codePoint = String.fromCodePoint(raw.codePointAt(at)!);
    at += codePoint.length;
    // Per code point, so positions stay traceable; composition across code points does not matter for digits.
    const normal = codePoint.normalize("NFKC");
    text += normal;
    for (let i = 0; i < normal.length; i++) lineOf.push(line);
  }
  lineOf.push(line);
  return { text, lineOf };
}

// A run of digits at the end of a line (before an optional separator, a Markdown hard break or
// spaces) and one at the start of the next.
const TRAILING_DIGITS = /(?<!\d)(\d(?:[ .-]?\d)*)([.-]?)[ \t]*\\?[ \t]*$/;
const LEADING_DIGITS = /^[ \t]*(\d(?:[ .-]?\d)*)(?![ .-]?\d)/;
const digitCount = (run: string) => run.replace(/\D/g, "").length;

interface Join {
  /** Units of the line kept before the joiner. */
  keep: number;
  joiner: string;
  /** Units of the next line dropped (its indentation). */
  skip: number;
}

/** How the number at the end of `line` continues at the start of `next`, if it does. */
function continuation(
  line: string,
  next: string,
): { join: Join; digits: number; whole: boolean; before: number } | undefined {
  const tail = TRAILING_DIGITS.exec(line);
  const head = tail && LEADING_DIGITS.exec(next);
  if (!tail || !head) return undefined;
  // Grouped digits ("3201 0145" / "0890 0012") keep their separator when the break falls between groups.
  const separator = /[ .-]/.exec(tail[1]! + head[1]!)?.[0];
  const lastGroup = /\d+$/.exec(tail[1]!)![0].length;
  const joiner = tail[2] || !separator || (lastGroup !== 4 && lastGroup !== 6) ? "" : separator;
  return {
    join: { keep: tail.index + tail[1]!.length + tail[2]!.length, joiner, skip: head[0].length - head[1]!.length },
    digits: digitCount(head[1]!),
    whole: head[0].length === next.trimEnd().replace(/\\$/, "").trimEnd().length,
    before: digitCount(tail[1]!),
  };
}

/**
 * The joins that make up a number broken at the end of `lines[at]` over the following lines, or
 * none. Only a break that makes up an identifier's length (15 or 16 digits from shorter runs) is
 * joined: ordinary numbers on consecutive lines are left apart, so precision is unchanged.
 */
function brokenNumber(lines: ScreeningLine[], at: number): Join[] {
  const joins: Join[] = [];
  let line = lines[at]!.text;
  let total = -1;
  for (let next = at + 1; next < lines.length; next++) {
    const step = continuation(line, lines[next]!.text);
    if (!step || step.digits >= 15) return [];
    if (total < 0) total = step.before;
    if (total >= 15) return [];
    total += step.digits;
    joins.push(step.join);
    if (total === 15 || total === 16) return joins;
    if (total > 16 || !step.whole) return [];
    line = lines[next]!.text;
  }
  return [];
}

/** The text's lines as a reader sees them; see the module comment. */
export function normaliseForScreening(text: string): ScreeningLine[] {
  const lines = text.split(/\r\n|\r|\n/).map(normaliseLine);
  const out: ScreeningLine[] = [];
  for (let at = 0; at < lines.length; at++) {
    const current = { ...lines[at]! };
    const joins = brokenNumber(lines, at);
    joins.forEach((join, i) => {
      const next = lines[at + 1 + i]!;
      // `keep` counts in the line before the break, which ends the text joined so far.
      const keep = current.text.length - (lines[at + i]!.text.length - join.keep);
      // The joiner belongs to the line before the break.
      const lastLine = current.lineOf[current.text.length]!;
      current.text = current.text.slice(0, keep) + join.joiner + next.text.slice(join.skip);
      current.lineOf = [
        ...current.lineOf.slice(0, keep),
        ...Array.from(join.joiner, () => lastLine),
        ...next.lineOf.slice(join.skip),
      ];
    });
    at += joins.length;
    out.push(current);
  }
  return out;
}
