import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { codeownersFor } from "../../src/forge/governance.ts";
import { APPROVAL_CHECK, DEPLOY_WORKFLOW, REVIEW_CHECK } from "../../src/forge/names.ts";
import { loadGovernance } from "../../src/forge/team.ts";

const ROOT = join(import.meta.dirname, "../..");
const WORKFLOWS = join(ROOT, ".github/workflows");

interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { name?: string; if?: string; permissions?: Record<string, string>; uses?: string; steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[] }>;
}
const load = async (file: string) => parse(await readFile(join(WORKFLOWS, file), "utf8")) as Workflow;

describe("workflow files", () => {
  it("every workflow validates against the GitHub Actions schema", async () => {
    const files = (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual(["deploy.yml", "governance.yml", "monev.yml", "publish-on-approval.yml", "review.yml"]);
    for (const file of files) {
      const state = validateWorkflow(await readFile(join(WORKFLOWS, file), "utf8"));
      expect({ file, errors: state.errors }).toEqual({ file, errors: [] });
    }
  });

  it("the validator does catch a broken workflow", async () => {
    const broken = (await readFile(join(WORKFLOWS, "review.yml"), "utf8")).replace("runs-on: ubuntu-latest", "runs-onn: ubuntu-latest");
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it("the required check is the review job's name, and the approval workflow follows the review workflow", async () => {
    const review = await load("review.yml");
    const publish = await load("publish-on-approval.yml");
    const reviewJobs = Object.values(review.jobs);
    expect(reviewJobs.map((j) => j.name)).toEqual([REVIEW_CHECK]);
    // A skipped required check passes on GitHub: the required job must never be conditional.
    expect(reviewJobs[0]!.if).toBeUndefined();
    expect(Object.values(publish.jobs).map((j) => j.name)).toEqual([APPROVAL_CHECK]);
    expect((publish.on.workflow_run as { workflows: string[] }).workflows).toEqual([review.name]);
  });

  it("the approval workflow has only the permissions it uses and runs the code of the site branch", async () => {
    const publish = await load("publish-on-approval.yml");
    expect(publish.permissions).toEqual({});
    const job = Object.values(publish.jobs)[0]!;
    expect(job.permissions).toEqual({ contents: "write", "pull-requests": "write", checks: "read", statuses: "read", actions: "write" });
    expect(job.steps![0]).toMatchObject({ uses: "actions/checkout@v5", with: { ref: "${{ github.event.repository.default_branch }}" } });
    expect(job.steps!.some((s) => s.run === "npm run approval")).toBe(true);
  });

  it("the deploy workflow can be started by the approval workflow's dispatch", async () => {
    const deploy = await load(DEPLOY_WORKFLOW);
    expect(Object.keys(deploy.on).sort()).toEqual(["push", "schedule", "workflow_call", "workflow_dispatch"]);
  });

  it("the review workflow uploads the built site and comments with the workflow token", async () => {
    const review = await load("review.yml");
    const steps = Object.values(review.jobs)[0]!.steps!;
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))).toMatchObject({ with: { path: "_site" } });
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout@"))).toMatchObject({ with: { "fetch-depth": 0 } });
    expect(review.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  });

  it("actions are pinned by major version", async () => {
    for (const file of await readdir(WORKFLOWS)) {
      const wf = await load(file);
      for (const job of Object.values(wf.jobs)) for (const step of job.steps ?? []) if (step.uses) expect(step.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
    }
  });
});

describe(".github/CODEOWNERS", () => {
  it("is exactly what content/_data/team.yml generates", async () => {
    const gov = await loadGovernance(join(ROOT, "content"));
    expect(await readFile(join(ROOT, ".github/CODEOWNERS"), "utf8")).toBe(codeownersFor(gov.team, gov.teamFile));
  });
});
