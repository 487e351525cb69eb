import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/markdown/index.ts";

describe("site conventions", () => {
  it("shifts body headings so the highest is <h2>", () => {
    expect(renderMarkdown("# A\n\n## B\n\n### C")).toBe("<h2>A</h2>\n<h3>B</h3>\n<h4>C</h4>");
    expect(renderMarkdown("### A\n\n#### B")).toBe("<h2>A</h2>\n<h3>B</h3>");
    expect(renderMarkdown("## A\n\n### B")).toBe("<h2>A</h2>\n<h3>B</h3>");
    expect(renderMarkdown("Judul\n=====\n\nSub\n---")).toBe("<h2>Judul</h2>\n<h3>Sub</h3>");
  });

  it("never produces <h1>, and clamps at <h6>", () => {
    const html = renderMarkdown("# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6\n\n> # dalam kutipan");
    expect(html).not.toContain("<h1");
    expect(html).toContain("<h6>5</h6>\n<h6>6</h6>");
    expect(html).toContain("<blockquote>\n<h2>dalam kutipan</h2>");
  });

  it("marks only links to another host as external", () => {
    const md =
      "[luar](https://kemendagri.go.id/) [http](http://contoh.com/x) [dalam](/berita/) [situs](https://dinas.go.id/ppid/) [relatif-protokol](//cdn.example/x) [surat](mailto:ppid@dinas.go.id) [anchor](#a)";
    const html = renderMarkdown(md, { siteUrl: "https://dinas.go.id/" });
    expect(html).toContain('<a href="https://kemendagri.go.id/" rel="noopener noreferrer">luar</a>');
    expect(html).toContain('<a href="http://contoh.com/x" rel="noopener noreferrer">http</a>');
    expect(html).toContain('<a href="//cdn.example/x" rel="noopener noreferrer">relatif-protokol</a>');
    expect(html).toContain('<a href="/berita/">dalam</a>');
    expect(html).toContain('<a href="https://dinas.go.id/ppid/">situs</a>');
    expect(html).toContain('<a href="mailto:ppid@dinas.go.id">surat</a>');
    expect(html).toContain('<a href="#a">anchor</a>');
    // Without a site URL every absolute http(s) link is foreign.
    expect(renderMarkdown("[situs](https://dinas.go.id/ppid/)")).toContain('rel="noopener noreferrer"');
  });

  it("lower-cases URL schemes so valid links written in capitals survive", () => {
    expect(renderMarkdown("[a](HTTPS://Dinas.go.id/X)")).toContain('href="https://Dinas.go.id/X"');
  });

  it("makes images lazy and async, keeping alt and title", () => {
    expect(renderMarkdown('![Bupati meresmikan jembatan](/media/jembatan.jpg "Peresmian")')).toBe(
      '<p><img src="/media/jembatan.jpg" alt="Bupati meresmikan jembatan" title="Peresmian" loading="lazy" decoding="async"></p>',
    );
    // A missing alt becomes an explicit empty one (decorative), never an absent attribute.
    expect(renderMarkdown("![](/media/a.jpg)")).toBe(
      '<p><img src="/media/a.jpg" alt="" loading="lazy" decoding="async"></p>',
    );
  });

  it("wraps tables in a focusable, labelled scroll region and turns alignment into classes", () => {
    const html = renderMarkdown("| Kegiatan | Anggaran |\n| :--- | ---: |\n| Jalan | Rp1.000 |");
    expect(html).toBe(
      '<div class="table-wrap" tabindex="0" role="region" aria-label="Tabel"><table>\n<thead>\n<tr>\n' +
        '<th class="align-left">Kegiatan</th>\n<th class="align-right">Anggaran</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n' +
        '<td class="align-left">Jalan</td>\n<td class="align-right">Rp1.000</td>\n</tr>\n</tbody>\n</table></div>',
    );
    expect(html).not.toContain("align=");
  });

  it("drops a code fence's class when its language is not a plain word", () => {
    expect(renderMarkdown('```js" x="1\nkode\n```')).toBe("<pre><code>kode\n</code></pre>");
    expect(renderMarkdown("```ts\nkode\n```")).toBe('<pre><code class="language-ts">kode\n</code></pre>');
  });
});

describe("GFM", () => {
  it("renders strikethrough, autolink literals, task lists and footnotes in Indonesian", () => {
    expect(renderMarkdown("~~batal~~")).toBe("<p><del>batal</del></p>");
    expect(renderMarkdown("Lihat www.dinas.go.id atau ppid@dinas.go.id.")).toBe(
      '<p>Lihat <a href="http://www.dinas.go.id" rel="noopener noreferrer">www.dinas.go.id</a> atau <a href="mailto:ppid@dinas.go.id">ppid@dinas.go.id</a>.</p>',
    );
    expect(renderMarkdown("- [x] selesai\n- [ ] belum")).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled aria-label="Selesai"> selesai</li>\n<li class="task-list-item"><input type="checkbox" disabled aria-label="Belum selesai"> belum</li>\n</ul>',
    );
    const footnote = renderMarkdown("Menurut Perda[^1].\n\n[^1]: Perda No. 5 Tahun 2024.");
    expect(footnote).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a>',
    );
    expect(footnote).toContain('<h2 class="sr-only" id="footnote-label">Catatan kaki</h2>');
    expect(footnote).toContain('<li id="user-content-fn-1">');
    expect(footnote).toContain('aria-label="Kembali ke rujukan 1"');
  });

  it("renders tables, also without outer pipes", () => {
    expect(renderMarkdown("a | b\n--|--\n1 | 2")).toContain("<td>1</td>");
    expect(renderMarkdown("a\n:-:\n1")).toContain('<td class="align-center">1</td>');
  });
});
