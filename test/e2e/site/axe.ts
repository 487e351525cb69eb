/** axe-core in a page: inject the installed bundle, run the WCAG 2.2 AA rule set, report violations readably. */
import { createRequire } from "node:module";
import type { BrowserContext, Page } from "playwright-core";
import type { AxeResults, Result, RunOptions } from "axe-core";

const AXE_SCRIPT = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Every WCAG A/AA rule up to 2.2 (axe tags each rule with the version that introduced it). */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * Puts axe into every document the context opens. Measured here, this costs a fraction of
 * `page.addScriptTag({ path })` per page (which re-sends and re-parses the 0.5 MB bundle each
 * time): with 48 page checks that is the difference between a slow file and a fast one.
 */
export async function installAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: AXE_SCRIPT });
}

/** Runs axe on the page's current document (after `installAxe` on its context). */
export async function axeViolations(page: Page): Promise<Result[]> {
  const options: RunOptions = { runOnly: { type: "tag", values: WCAG_22_AA }, resultTypes: ["violations"] };
  const results = await page.evaluate((opts) => {
    const axe = (window as unknown as { axe?: { run(context: Document, o: RunOptions): Promise<AxeResults> } }).axe;
    if (!axe) throw new Error("axe-core is not in this page: call installAxe(context) first");
    return axe.run(document, opts);
  }, options);
  return results.violations;
}

/** One line per offending node: `rule (impact) at selector on URL: summary`, enough to find and fix it. */
export function formatViolations(violations: Result[], url: string): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((node) => {
      const summary = (node.failureSummary ?? v.help).replace(/\s+/g, " ").trim();
      return `${v.id} (${node.impact ?? v.impact ?? "?"}) at ${node.target.map(String).join(" > ")} on ${url}: ${summary} [${v.helpUrl}] ${node.html.slice(0, 200)}`;
    }),
  );
}
