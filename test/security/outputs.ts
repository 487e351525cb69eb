/**
 * Checks over a built site's files for the hostile-content suite, written apart from the code
 * they check. The site's HTML comes from preact-render-to-string and hast-util-to-html, which
 * escape `<` and `&` in text and always double-quote attribute values (escaping `"` inside), so a
 * quote-aware tag tokenizer reads it exactly; a `<` left unescaped in text is itself a finding.
 */
import { schemeOf } from "../markdown/html-safety.ts";

export interface OutputFinding {
  file: string;
  problem: string;
  near: string;
}

// Quote-aware: attribute values may contain `>`.
const TAG = /<(\/?)([A-Za-z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s="'>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Attributes a browser follows or loads as a URL. */
const URL_ATTRIBUTES = new Set([
  "href",
  "src",
  "action",
  "formaction",
  "poster",
  "data",
  "background",
  "cite",
  "xlink:href",
  "dynsrc",
  "lowsrc",
  "ping",
  "manifest",
  "longdesc",
  "codebase",
  "archive",
  "icon",
  "itemid",
]);
const ACTIVE_SCHEMES = new Set(["javascript", "vbscript", "data"]);
/** Elements no page of this site has (its search form is its own): each would be an editor's markup that got through. */
const FOREIGN_ELEMENTS = new Set([
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "textarea",
  "select",
  "keygen",
  "isindex",
  "style",
  "template",
  "xmp",
  "plaintext",
  "marquee",
  "math",
  "image",
  "xss",
  "x",
]);

function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Every way a page could run code it did not ship: a script that is not the site's own (an
 * external file under /assets or /pagefind, or JSON-LD that parses), an event-handler attribute,
 * an active URL scheme in a URL attribute or meta refresh, an element no template emits, an
 * unescaped `<` in text.
 */
export function scanHtml(file: string, html: string, ownScripts: ReadonlySet<string>): OutputFinding[] {
  const findings: OutputFinding[] = [];
  const near = (index: number) => html.slice(Math.max(0, index - 60), index + 100);
  let last = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    const between = html.slice(last, match.index);
    if (between.includes("<") && !/^<!(?:DOCTYPE|--)/i.test(between.slice(between.indexOf("<")))) {
      findings.push({ file, problem: "unescaped < in text", near: near(last + between.indexOf("<")) });
    }
    last = TAG.lastIndex;
    const [, closing, rawName, rest] = match as unknown as [string, string, string, string];
    const name = rawName.toLowerCase();
    if (closing) continue;
    const attributes = new Map<string, string>();
    // Raw values: schemeOf decodes character references itself, as a browser would, once.
    for (const a of rest.matchAll(ATTRIBUTE)) attributes.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? "");
    if (FOREIGN_ELEMENTS.has(name)) findings.push({ file, problem: `element <${name}>`, near: near(match.index) });
    for (const [key, value] of attributes) {
      if (key.startsWith("on")) findings.push({ file, problem: `event handler ${key}`, near: near(match.index) });
      // The site marks only its body and what to skip; any other Pagefind attribute would steer the search index.
      if (key.startsWith("data-pagefind-") && key !== "data-pagefind-body" && key !== "data-pagefind-ignore") {
        findings.push({ file, problem: `attribute ${key}`, near: near(match.index) });
      }
      const urls = URL_ATTRIBUTES.has(key)
        ? [value]
        : key === "srcset" || key === "imagesrcset"
          ? value.split(",").map((c) => c.trim().split(/\s+/)[0]!)
          : [];
      for (const url of urls) {
        const scheme = schemeOf(url);
        if (scheme && ACTIVE_SCHEMES.has(scheme))
          findings.push({ file, problem: `${scheme}: URL in ${key}`, near: near(match.index) });
      }
    }
    if (name === "meta") {
      if (attributes.has("http-equiv")) findings.push({ file, problem: `meta http-equiv`, near: near(match.index) });
      // Only a URL-valued property (og:url, og:image, twitter:image…) is followed; a title is text.
      const property = `${attributes.get("property") ?? ""} ${attributes.get("name") ?? ""}`;
      const followed = /(?:^|[:\s])(?:url|secure_url|image|video|audio)(?:\s|$)/i.test(property);
      const scheme = followed ? schemeOf(attributes.get("content") ?? "") : null;
      if (scheme && ACTIVE_SCHEMES.has(scheme))
        findings.push({ file, problem: `${scheme}: URL in meta ${property.trim()}`, near: near(match.index) });
    }
    if (name === "script") {
      const end = html.toLowerCase().indexOf("</script", last);
      const body = html.slice(last, end < 0 ? html.length : end);
      last = end < 0 ? html.length : end;
      TAG.lastIndex = last;
      const type = attributes.get("type");
      const src = attributes.has("src") ? decode(attributes.get("src")!) : undefined;
      if (type === "application/ld+json" && src === undefined) {
        try {
          JSON.parse(body);
        } catch (error) {
          findings.push({
            file,
            problem: `JSON-LD does not parse: ${(error as Error).message}`,
            near: body.slice(0, 160),
          });
        }
      } else if (
        src === undefined ||
        !ownScripts.has(src) ||
        body.trim() !== "" ||
        (type !== undefined && type !== "module")
      ) {
        findings.push({ file, problem: "foreign <script>", near: near(match.index) });
      }
    }
    if (name === "svg") {
      // The site draws no inline SVG; an editor's would bring its own event and link attributes.
      findings.push({ file, problem: "inline <svg>", near: near(match.index) });
    }
  }
  const tail = html.slice(last);
  if (tail.includes("<")) findings.push({ file, problem: "unescaped < in text", near: near(last + tail.indexOf("<")) });
  return findings;
}

/** One example per kind of finding: a readable failure over thousands of pages. */
export function byProblem(findings: OutputFinding[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of findings) out[f.problem] ??= `${f.file}: ${f.near}`;
  return out;
}
