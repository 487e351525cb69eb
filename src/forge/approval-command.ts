/**
 * `npm run approval`: runs in `.github/workflows/publish-on-approval.yml`, reading the event
 * the way GitHub Actions provides it, and acts on each pull request it names.
 */
import { appendFile, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { describeOutcome, readEvent, runApproval, type ApprovalEvent } from "./approval.ts";
import { createGitHub, ForgeError, splitRepo } from "./github.ts";
import { loadGovernance, TeamError } from "./team.ts";
import type { CommandIO } from "./governance-command.ts";

export const APPROVAL_HELP = `Usage: npm run approval [-- --pr N] [--content DIR]

Acts on a pull request after an official's review (SOP steps 7–8), as GitHub Actions runs it:
  approval by a pejabat (team.yml) on the latest commit + all checks green + not draft
      → merge (merge commit), start deploy.yml, delete the cms/ draft branch (already gone: fine)
  ... but the approving pejabat pushed the last change → comment: another pejabat must approve
  ... but the pull request changes .github/workflows/ → comment: a person must merge it
      (GITHUB_TOKEN can never change workflow files)
  review or comment "/tolak <alasan>" by a pejabat, or label "ditolak" by a pejabat
      → label ditolak, comment with the reason, close the pull request (branch kept)
  label "ditolak" by anyone else → label removed again
  label "serta-merta" → review requested from every pejabat at once
  approval by a non-pejabat → nothing

Options:
  --pr N          evaluate pull request N now (no event; e.g. after a failed run)
  --content DIR   content folder with _data/team.yml and site.yml (default: content)
  -h, --help      this text

Environment (set by GitHub Actions):
  GITHUB_TOKEN        needs contents: write, pull-requests: write, checks: read,
                      statuses: read, actions: write
  GITHUB_EVENT_NAME   pull_request_review | issue_comment | pull_request | workflow_run
  GITHUB_EVENT_PATH   the event payload (JSON)
  GITHUB_REPOSITORY   owner/name (default: site.repo)
  GITHUB_API_URL      REST base URL
  GITHUB_OUTPUT       receives merged=true|false

Exit codes: 0 done (including "nothing to do"), 2 bad input, 3 GitHub refused.`;

export async function runApprovalCommand(argv: string[], io: CommandIO): Promise<number> {
  let content = "content";
  let pr: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h" || a === "--help") {
      io.out(APPROVAL_HELP);
      return 0;
    } else if (a === "--content") content = argv[++i] ?? "";
    else if (a === "--pr") pr = Number(argv[++i]);
    else {
      io.err(`Unknown argument: ${a}\n${APPROVAL_HELP}`);
      return 2;
    }
  }
  if (pr !== undefined && !(Number.isInteger(pr) && pr > 0)) {
    io.err("--pr needs a pull request number, e.g. --pr 42");
    return 2;
  }

  try {
    const gov = await loadGovernance(resolve(content));
    let target: { pullNumbers: number[]; event: ApprovalEvent } | null;
    if (pr !== undefined) target = { pullNumbers: [pr], event: { kind: "checks-completed" } };
    else {
      const name = io.env.GITHUB_EVENT_NAME ?? "";
      const path = io.env.GITHUB_EVENT_PATH;
      if (!name || !path) {
        io.err("No event: set GITHUB_EVENT_NAME and GITHUB_EVENT_PATH (GitHub Actions does), or pass --pr N.");
        return 2;
      }
      target = readEvent(name, JSON.parse(await readFile(path, "utf8")) as Parameters<typeof readEvent>[1]);
    }
    if (!target || target.pullNumbers.length === 0) {
      io.out(`Nothing to do for event ${io.env.GITHUB_EVENT_NAME ?? "(none)"}.`);
      await output(io, false);
      return 0;
    }
    const { owner, repo } = splitRepo(io.env.GITHUB_REPOSITORY || gov.site.repo);
    const gh = createGitHub({ token: io.env.GITHUB_TOKEN ?? "", baseUrl: io.env.GITHUB_API_URL || undefined });
    let merged = false;
    for (const pullNumber of target.pullNumbers) {
      const outcome = await runApproval(gh, { owner, repo, team: gov.team, branch: gov.site.branch, timeZone: gov.site.timeZone }, pullNumber, target.event);
      merged ||= outcome.merged;
      io.out(describeOutcome(outcome));
    }
    await output(io, merged);
    return 0;
  } catch (error) {
    if (error instanceof TeamError || (error instanceof ForgeError && error.status === 0)) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof ForgeError) {
      io.err(error.message);
      return 3;
    }
    throw error;
  }
}

async function output(io: CommandIO, merged: boolean) {
  if (io.env.GITHUB_OUTPUT) await appendFile(io.env.GITHUB_OUTPUT, `merged=${merged}\n`);
}
