/**
 * The admin's check before save (src/cms/pre-save-check.ts) on the values Decap holds: every
 * entry-scope rule's fixture is refused with that rule and the check's own words; repository-scope
 * rules are left to the server and the pull request's check; a valid entry passes. The Chromium
 * run is e2e/admin-pre-save.test.ts.
 */
import { describe, expect, it } from "vitest";
import { draftProblems, type Draft } from "../../src/cms/pre-save-check.ts";
import { RULES } from "../../src/content/rules.ts";
import { splitFrontMatter, YamlSource } from "../../src/content/source.ts";
import { news, RULE_FIXTURES, type RuleFixture } from "./rule-fixtures.ts";

const ctx = { divisionIds: [], timeZone: "Asia/Jakarta" } as const;

function draftOf(fixture: Pick<RuleFixture, "collection" | "slug" | "path" | "raw">): Draft {
  if (fixture.collection === "data")
    return { ...fixture, data: new YamlSource(fixture.raw, 1).value() as Record<string, unknown> };
  const split = splitFrontMatter(fixture.raw);
  if ("issue" in split) throw new Error(split.issue.message);
  return { ...fixture, data: { ...(new YamlSource(split.yaml, 2).value() as object), body: split.body } };
}

describe("the admin's check before save", () => {
  it.each(RULE_FIXTURES.filter((f) => RULES[f.rule].scope === "entry").map((f) => [f.rule, f] as const))(
    "refuses %s",
    (rule, fixture) => {
      const problems = draftProblems(draftOf(fixture), ctx);
      expect(problems.map((p) => p.rule)).toContain(rule);
      expect(problems.every((p) => p.file === fixture.path && p.message && p.fix)).toBe(true);
    },
  );

  it.each(
    RULE_FIXTURES.filter((f) => RULES[f.rule].scope === "repository" && f.raw.startsWith("---")).map(
      (f) => [f.rule, f] as const,
    ),
  )("leaves %s to the server and the pull request", (_rule, fixture) => {
    expect(draftProblems(draftOf(fixture), ctx)).toEqual([]);
  });

  it("passes a valid entry, and names a new one's folder", () => {
    expect(draftProblems(draftOf({ collection: "berita", slug: "", path: "", raw: news("") }), ctx)).toEqual([]);
    const [problem] = draftProblems(
      draftOf({ collection: "berita", slug: "", path: "", raw: news("").replace("title: Berita uji\n", "") }),
      ctx,
    );
    expect(problem).toMatchObject({
      file: "content/berita/(entri-baru).md",
      field: "title",
      rule: "kolom-wajib",
      message: "Judul wajib diisi",
    });
  });

  it("places a problem on the line the saved file will have", () => {
    const raw = news("", "Paragraf.\n\n<script>x</script>");
    const [problem] = draftProblems(
      draftOf({ collection: "berita", slug: "x", path: "content/berita/x.md", raw }),
      ctx,
    );
    expect(problem).toMatchObject({
      field: "body",
      rule: "html-tidak-aman",
      line: raw.split("\n").indexOf("<script>x</script>") + 1,
    });
  });
});
