/**
 * Checks on the pipeline's serialised HTML, written independently of the sanitiser's schema.
 * hast-util-to-html escapes `<` in text and always double-quotes attribute values (escaping `"`
 * and `&` inside), so a tag tokenizer on its output is exact; an unescaped `<` anywhere outside a
 * tag would itself be a finding.
 */

/** What the public site may receive from an editor's Markdown, tag by tag. */
const ALLOWED: Record<string, string[]> = {
  a: [
    "href",
    "title",
    "rel",
    "id",
    "data-footnote-ref",
    "data-footnote-backref",
    "class",
    "aria-describedby",
    "aria-label",
  ],
  blockquote: [],
  br: [],
  code: ["class"],
  del: [],
  em: [],
  hr: [],
  p: [],
  pre: [],
  strong: [],
  sup: [],
  h2: ["class", "id"],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  img: ["src", "alt", "title", "loading", "decoding"],
  input: ["type", "checked", "disabled", "aria-label"],
  li: ["class", "id"],
  ol: ["start", "class"],
  ul: ["class"],
  section: ["data-footnotes", "class"],
  div: ["class", "tabindex", "role", "aria-label"],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ["class"],
  td: ["class"],
};

const URL_ATTRIBUTES = new Set(["href", "src"]);
const SAFE_SCHEMES = new Set(["http", "https", "mailto", "tel"]);
// Quote-aware: attribute values may contain `>`.
const TAG = /<(\/?)([^\s/>]+)((?:[^>"]|"[^"]*")*)>/g;
const ATTRIBUTE = /\s([^\s="'>/]+)(?:="([^"]*)")?/g;

export interface Finding {
  problem: string;
  near: string;
}

/** A character reference beyond Unicode (`&#x110000;`) is U+FFFD to a browser, not an error. */
const codePoint = (n: number) => (n > 0x10ffff ? "\uFFFD" : String.fromCodePoint(n));

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([\da-f]+);?/gi, (_, hex: string) => codePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => codePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** A URL as a browser would read its scheme: entities decoded, tabs/newlines/leading controls dropped. */
export function schemeOf(url: string): string | null {
  const cleaned = decodeEntities(url)
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\u0000-\u0020]+/, "");
  const match = /^([a-z][a-z\d+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

export function findUnsafe(html: string): Finding[] {
  const findings: Finding[] = [];
  const near = (index: number) => html.slice(Math.max(0, index - 40), index + 80);

  if (/<script/i.test(html)) findings.push({ problem: "<script", near: near(html.search(/<script/i)) });

  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const between = html.slice(last, match.index);
    if (between.includes("<")) findings.push({ problem: "unescaped < in text", near: near(last) });
    last = match.index + match[0].length;
    const [, closing, name, rest] = match as unknown as [string, string, string, string];
    const allowed = ALLOWED[name];
    if (!allowed) {
      findings.push({ problem: `element <${name}>`, near: near(match.index) });
      continue;
    }
    if (closing) continue;
    for (const attribute of rest.matchAll(ATTRIBUTE)) {
      const [, key, value = ""] = attribute as unknown as [string, string, string | undefined];
      if (/^on/i.test(key)) findings.push({ problem: `event handler ${key}`, near: near(match.index) });
      else if (!allowed.includes(key))
        findings.push({ problem: `attribute ${key} on <${name}>`, near: near(match.index) });
      if (URL_ATTRIBUTES.has(key)) {
        const scheme = schemeOf(value);
        if (scheme !== null && !SAFE_SCHEMES.has(scheme))
          findings.push({ problem: `${scheme}: URL in ${key}`, near: near(match.index) });
        if (key === "src" && scheme !== null && scheme !== "http" && scheme !== "https")
          findings.push({ problem: `${scheme}: image`, near: near(match.index) });
      }
    }
  }
  if (html.slice(last).includes("<")) findings.push({ problem: "unescaped < in text", near: near(last) });
  return findings;
}
