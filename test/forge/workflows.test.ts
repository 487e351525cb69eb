import { execFileSync } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, matchesGlob } from "node:path";
import { validateWorkflow } from "@action-validator/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { codeownersFor } from "../../src/forge/governance.ts";
import { APPROVAL_CHECK, DEPLOY_WORKFLOW, ENVIRONMENTS, REVIEW_CHECK } from "../../src/forge/names.ts";
import { loadGovernance } from "../../src/forge/team.ts";
import { TOOLS } from "../tools.ts";

const ROOT = join(import.meta.dirname, "../..");
const WORKFLOWS = join(ROOT, ".github/workflows");

interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      name?: string;
      if?: string;
      permissions?: Record<string, string>;
      uses?: string;
      container?: { image: string };
      env?: Record<string, unknown>;
      steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
    }
  >;
}
const load = async (file: string) => parse(await readFile(join(WORKFLOWS, file), "utf8")) as Workflow;

describe("workflow files", () => {
  it("every workflow validates against the GitHub Actions schema", async () => {
    const files = (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f));
    expect(files.sort()).toEqual([
      "code.yml",
      "deploy.yml",
      "governance.yml",
      "monev.yml",
      "publish-on-approval.yml",
      "review.yml",
    ]);
    for (const file of files) {
      const state = validateWorkflow(await readFile(join(WORKFLOWS, file), "utf8"));
      expect({ file, errors: state.errors }).toEqual({ file, errors: [] });
    }
  });

  it("the validator does catch a broken workflow", async () => {
    const broken = (await readFile(join(WORKFLOWS, "review.yml"), "utf8")).replace(
      "runs-on: ubuntu-latest",
      "runs-onn: ubuntu-latest",
    );
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
    expect(job.permissions).toEqual({
      contents: "write",
      "pull-requests": "write",
      checks: "read",
      statuses: "read",
      actions: "write",
    });
    expect(job.steps![0]).toMatchObject({
      uses: expect.stringMatching(/^actions\/checkout@/),
      with: { ref: "${{ github.event.repository.default_branch }}" },
    });
    expect(job.steps!.some((s) => s.run === "npm run approval")).toBe(true);
  });

  it("the deploy workflow can be started by the approval workflow's dispatch", async () => {
    const deploy = await load(DEPLOY_WORKFLOW);
    expect(Object.keys(deploy.on).sort()).toEqual(["push", "schedule", "workflow_call", "workflow_dispatch"]);
  });

  it("the review workflow uploads the built site and comments with the workflow token", async () => {
    const review = await load("review.yml");
    const steps = Object.values(review.jobs)[0]!.steps!;
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-artifact@"))).toMatchObject({
      with: { path: "_site" },
    });
    expect(steps.find((s) => s.uses?.startsWith("actions/checkout@"))).toMatchObject({ with: { "fetch-depth": 0 } });
    expect(review.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  });

  // GitHub's security hardening guide: a full-length commit SHA is the only immutable reference to an
  // action (a tag can be moved). The comment carries the version so Dependabot can renew the pin.
  it("every action is pinned by full commit SHA with its version in a comment", async () => {
    for (const file of (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f))) {
      const text = await readFile(join(WORKFLOWS, file), "utf8");
      const uses = [...text.matchAll(/^\s*(?:-\s+)?uses:\s*(.+)$/gm)].map((m) => m[1]!.trim());
      expect(uses.length).toBeGreaterThan(0);
      for (const line of uses)
        expect({ file, line }).toEqual({
          file,
          line: expect.stringMatching(/^[\w-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/),
        });
    }
  });

  // Actions that declared `runs.using: node20` (GitHub retired the Node 20 runtime); read from each
  // action's action.yml at the pinned tag: cache v5, deploy-pages v5, upload-artifact v6+, download-artifact
  // v7+ and checkout/setup-node v5+ use node24; upload-pages-artifact v5 is composite over upload-artifact v7.
  it("no action on a retired Node 20 major, and configure-pages is gone", async () => {
    const minimum: Record<string, number> = {
      "actions/checkout": 5,
      "actions/setup-node": 5,
      "actions/cache": 5,
      "actions/deploy-pages": 5,
      "actions/upload-artifact": 6,
      "actions/download-artifact": 7,
      "actions/upload-pages-artifact": 5,
    };
    for (const file of await readdir(WORKFLOWS)) {
      const text = await readFile(join(WORKFLOWS, file), "utf8");
      expect(text).not.toMatch(/uses:\s*actions\/configure-pages/);
      for (const m of text.matchAll(/uses:\s*([\w-]+\/[\w.-]+)@\S+ # v(\d+)/g)) {
        expect({ file, action: m[1], major: Number(m[2]) >= (minimum[m[1]!] ?? Infinity) }).toEqual({
          file,
          action: m[1],
          major: true,
        });
      }
    }
  });

  it("checkouts keep no token unless the job pushes (only the social job pushes the ledger)", async () => {
    const pushing = new Set(["deploy.yml:social"]);
    for (const file of await readdir(WORKFLOWS)) {
      const wf = await load(file);
      for (const [id, job] of Object.entries(wf.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses?.startsWith("actions/checkout@")) continue;
          const persisted = step.with?.["persist-credentials"] !== false;
          expect({ job: `${file}:${id}`, persisted }).toEqual({
            job: `${file}:${id}`,
            persisted: pushing.has(`${file}:${id}`),
          });
        }
      }
    }
  });

  // GitHub docs (concurrency): a workflow-level group holds every run, also runs whose jobs are then
  // skipped by `if:`; at job level only runs that pass the filter queue. Every event must key the
  // group by the pull request number so two runs for one pull request never race.
  it("the approval job queues per pull request number for every event, at job level", async () => {
    const publish = await load("publish-on-approval.yml");
    expect((publish as { concurrency?: unknown }).concurrency).toBeUndefined();
    const job = Object.values(publish.jobs)[0] as { concurrency?: { group: string; "cancel-in-progress": boolean } };
    expect(job.concurrency?.["cancel-in-progress"]).toBe(false);
    const group = job.concurrency!.group;
    for (const key of [
      "github.event.pull_request.number",
      "github.event.issue.number",
      "github.event.workflow_run.pull_requests[0].number",
    ])
      expect(group).toContain(key);
    expect(group).not.toContain("head_branch");
  });
});

// The Dinas's fork receives code updates too: a change to code is checked before it reaches main,
// the same way on GitHub (code.yml) as in .ci/run.
describe("the code workflow", () => {
  const codePaths = async () => {
    const on = (await load("code.yml")).on as Record<string, { paths?: string[]; branches?: string[] }>;
    return { on, paths: on.pull_request!.paths! };
  };

  // GitHub docs (Workflow syntax, filter pattern cheat sheet): a path pattern matches the whole path
  // from the repository root; `dir/**` is every file under dir. Only literal paths and `dir/**` are
  // used, where Node's matchesGlob reads a pattern as GitHub does, so the check below is GitHub's.
  it("runs on pull requests and pushes to main that change code, never for content or prose alone", async () => {
    const { on, paths } = await codePaths();
    expect(Object.keys(on).sort()).toEqual(["pull_request", "push"]);
    expect(on.push).toEqual({ branches: ["main"], paths });
    for (const pattern of paths) expect(pattern).toMatch(/^(?:[\w.-]+\/\*\*|[\w.-]+)$/);
    const tracked = execFileSync("git", ["ls-files"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
    const prose = (file: string) => /^(?:content|docs)\//.test(file) || file.endsWith(".md") || file === ".gitignore";
    const covered = (file: string) => paths.some((pattern) => matchesGlob(file, pattern));
    expect(tracked.filter((file) => !prose(file) && !covered(file))).toEqual([]);
    expect(tracked.filter((file) => /^(?:content|docs)\//.test(file) && covered(file))).toEqual([]);
    expect(covered("src/site/index.ts") && covered("package-lock.json") && !covered("content/berita/x.md")).toBe(true);
  });

  it("installs what the tests need as .ci/run does, then runs npm ci, the type check, lint and the tests under CI=true", async () => {
    const wf = await load("code.yml");
    expect(wf.permissions).toEqual({ contents: "read" });
    const [job, ...others] = Object.values(wf.jobs);
    expect(others).toEqual([]);
    expect(job!.permissions).toBeUndefined();
    // Debian, whose chromium, default-jre-headless and openssh-server packages test/tools.ts names.
    expect(job!.container?.image).toMatch(/^debian:/);
    expect(job!.env).toEqual({ CI: true });
    const runs = job!
      .steps!.map((s) => s.run)
      .filter((r): r is string => r !== undefined && !/apt-get|safe\.directory/.test(r));
    expect(runs).toEqual([
      "bash .ci/tools",
      "npm ci --no-audit --no-fund",
      "npm run typecheck",
      "npm run lint",
      "npm test",
    ]);
    const ciRun = (await readFile(join(ROOT, ".ci/run"), "utf8"))
      .split("\n")
      .filter((line) => /^(?:bash|npm) /.test(line));
    expect(ciRun).toEqual(["bash .ci/tools", "npm run typecheck", "npm run lint", "npm test"]);
  });

  it(".ci/tools installs every Debian package test/tools.ts names for a program the tests need", async () => {
    const script = await readFile(join(ROOT, ".ci/tools"), "utf8");
    const installed = new Set([...script.matchAll(/need\+=\(([^)]*)\)/g)].flatMap((m) => m[1]!.trim().split(/\s+/)));
    const wanted = Object.values(TOOLS).flatMap((tool) => tool.install.split(" "));
    expect(wanted.filter((pkg) => !installed.has(pkg))).toEqual([]);
  });
});

// GitHub docs (Using secrets): repository secrets are usable by any workflow run on any branch, so
// anyone with write access can read them; environment secrets reach only jobs the environment's
// deployment-branch policy admits. And a workflow naming a missing environment creates it unprotected.
describe("secrets live in environments that governance creates", () => {
  const used = async () => {
    const found: { file: string; job: string; environment: string | null; name: string; kind: "secrets" | "vars" }[] =
      [];
    for (const file of (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f))) {
      const wf = parse(await readFile(join(WORKFLOWS, file), "utf8")) as {
        jobs: Record<string, { environment?: string | { name: string } }>;
      };
      for (const [job, body] of Object.entries(wf.jobs)) {
        const env =
          body.environment === undefined
            ? null
            : typeof body.environment === "string"
              ? body.environment
              : body.environment.name;
        for (const m of JSON.stringify(body).matchAll(/\b(secrets|vars)\.([A-Z][A-Z0-9_]*)/g)) {
          found.push({ file, job, environment: env, name: m[2]!, kind: m[1] as "secrets" | "vars" });
        }
      }
    }
    return found;
  };

  it("every environment a workflow names is one `governance apply` creates", async () => {
    const named = new Set<string>();
    for (const file of (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f))) {
      const wf = parse(await readFile(join(WORKFLOWS, file), "utf8")) as {
        jobs: Record<string, { environment?: string | { name: string } }>;
      };
      for (const job of Object.values(wf.jobs))
        if (job.environment) named.add(typeof job.environment === "string" ? job.environment : job.environment.name);
    }
    expect([...named].sort()).toEqual(ENVIRONMENTS.map((e) => e.name).sort());
  });

  it("secrets are read only inside environments, and the setup guide names each with its environment", async () => {
    // Outside an environment only the run's own GITHUB_TOKEN.
    const outside = (await used()).filter(
      (u) => u.kind === "secrets" && u.environment === null && u.name !== "GITHUB_TOKEN",
    );
    expect(outside).toEqual([]);
    const guide = await readFile(join(ROOT, "docs/penyiapan-github.md"), "utf8");
    for (const u of await used()) {
      if (u.environment === null) continue;
      const row = guide
        .split("\n")
        .find((line) => line.startsWith(`| \`${u.environment}\` |`) && line.includes(`\`${u.name}\``));
      expect({ name: u.name, environment: u.environment, documented: Boolean(row) }).toEqual({
        name: u.name,
        environment: u.environment,
        documented: true,
      });
    }
  });
});

describe(".github/dependabot.yml", () => {
  it("renews the action pins and the npm packages", async () => {
    const config = parse(await readFile(join(ROOT, ".github/dependabot.yml"), "utf8")) as {
      version: number;
      updates: { "package-ecosystem": string; directory: string }[];
    };
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => [u["package-ecosystem"], u.directory]).sort()).toEqual([
      ["github-actions", "/"],
      ["npm", "/"],
    ]);
  });
});

describe(".github/CODEOWNERS", () => {
  it("is exactly what content/_data/team.yml generates", async () => {
    const gov = await loadGovernance(join(ROOT, "content"));
    expect(await readFile(join(ROOT, ".github/CODEOWNERS"), "utf8")).toBe(codeownersFor(gov.team, gov.teamFile));
  });
});
