/**
 * The content check's entry-scope rules (content/rules.ts) on an entry the admin is about to save,
 * in the browser: the check's own functions (entry-check.ts, body.ts, media.ts) on the values
 * Decap holds. Built as its own chunk (`warta-check.js`, see bundle.ts), loaded on the first save,
 * so the admin's first load does not carry the schema library.
 *
 * Lines are those of the file as written from these values (front matter from line 2, the body
 * after the closing `---`); Decap's formatter writes the same YAML library's output.
 */
import { stringify } from "yaml";
import { inspectBody } from "../content/body.ts";
import { COLLECTIONS, type CollectionName } from "../content/constants.ts";
import { dataFileIssues, entryIssues, mediaToCheck, type EntryContext } from "../content/entry-check.ts";
import { mediaNameIssue } from "../content/media.ts";
import type { CheckProblem } from "../content/model.ts";
import { sortProblems } from "../content/problems.ts";
import { RULES } from "../content/rules.ts";
import { dataFiles, type DataFileName } from "../content/schema.ts";
import { YamlSource } from "../content/source.ts";
import type { FieldIssue } from "../content/validate.ts";

/** The entry being saved, as Decap's preSave event gives it (plain values). */
export interface Draft {
  /** Decap's collection name; the data files are the files of one collection. */
  collection: string;
  /** The entry's slug; for a data file, its name (`site`, `divisions`…). */
  slug: string;
  /** Repository path; empty for an entry not saved yet. */
  path: string;
  data: Record<string, unknown>;
}

const isCollection = (name: string): name is CollectionName => Object.hasOwn(COLLECTIONS, name);
const isDataFile = (name: string): name is DataFileName => Object.hasOwn(dataFiles, name);

/** The problems `npm run check` would report for this entry that need nothing but its values. */
export function draftProblems(draft: Draft, ctx: EntryContext): CheckProblem[] {
  const problems: CheckProblem[] = [];
  const place = (file: string, source: YamlSource, issues: FieldIssue[]) => {
    for (const { path, rule, message, fix } of issues) {
      problems.push({ file, line: source.lineOf(path), field: path.map(String).join("."), rule, message, fix });
    }
  };
  const mediaIssues = (values: unknown, already: FieldIssue[]): FieldIssue[] =>
    mediaToCheck(values, already).flatMap((ref) => {
      const finding = mediaNameIssue(ref.sitePath);
      return finding ? [{ path: ref.path, ...finding }] : [];
    });

  if (isCollection(draft.collection)) {
    const { body, ...frontMatter } = draft.data;
    const file = draft.path || `content/${COLLECTIONS[draft.collection].folder}/${draft.slug || "(entri-baru)"}.md`;
    const yaml = stringify(frontMatter);
    const checked = entryIssues(draft.collection, frontMatter, ctx);
    place(file, new YamlSource(yaml, 2), [...checked.issues, ...mediaIssues(frontMatter, checked.issues)]);
    const bodyLine = 3 + yaml.split("\n").length - 1;
    const report = inspectBody(typeof body === "string" ? body : "");
    const at = (line: number) => bodyLine + line - 1;
    for (const finding of report.findings)
      problems.push({
        file,
        line: at(finding.line),
        field: "body",
        rule: finding.rule,
        message: finding.message,
        fix: finding.fix,
      });
    for (const ref of report.media) {
      const finding = mediaNameIssue(ref.sitePath);
      if (finding) problems.push({ file, line: at(ref.line), field: "body", ...finding });
    }
  } else if (isDataFile(draft.slug)) {
    const file = draft.path || `content/_data/${draft.slug}.yml`;
    const checked = dataFileIssues(draft.slug, draft.data, ctx);
    place(file, new YamlSource(stringify(draft.data), 1), [
      ...checked.issues,
      ...mediaIssues(draft.data, checked.issues),
    ]);
  }
  return sortProblems(problems.filter((p) => RULES[p.rule].scope === "entry"));
}
