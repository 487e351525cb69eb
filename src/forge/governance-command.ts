/**
 * `npm run governance -- plan|apply|check`: argument parsing and output for the command,
 * kept out of `scripts/` so the whole path (files → checks → API) is testable.
 */
import { appendFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { createGitHub, ForgeError, splitRepo } from "./github.ts";
import { applyGovernance, formatPlan, hasDrift, planGovernance } from "./governance.ts";
import { CODEOWNERS_PATH } from "./names.ts";
import { loadGovernance, TeamError } from "./team.ts";

export const GOVERNANCE_HELP = `Usage: npm run governance -- <plan|apply|check> [options]

Turns the decree (content/_data/team.yml) into GitHub settings:
  .github/CODEOWNERS      "*" first: every file (content, code, scripts, package.json) owned by
                          every pejabat
  ruleset on site.branch  pull request required, 1 approval, code-owner review, stale approvals
                          dismissed, the "Pemeriksaan konten" check required, no force push,
                          no deletion, nobody may bypass (admins included)
  ruleset on warta-ledger no force push, no deletion (the social media posting record)
  environments            github-pages, warta-server, media-sosial, tata-kelola: deployable
                          from site.branch only (their secrets never reach a pull request)
  labels                  ditolak, serta-merta

Commands:
  plan    show what apply would change (read-only)
  apply   create/update the rulesets, environments and labels, and write .github/CODEOWNERS
          locally; commit that file and merge it through a pull request (the ruleset lets
          nothing onto the branch otherwise)
  check   compare the live settings with team.yml; exit 1 on any drift (the daily workflow)

Options:
  --repo OWNER/NAME   repository (default: site.repo from content/_data/site.yml)
  --content DIR       content folder (default: content); CODEOWNERS goes to DIR/../.github/
  -h, --help          this text

Environment:
  GITHUB_TOKEN        token of an account with the admin role; fine-grained: "Administration:
                      read and write", "Actions: read", "Contents: read", "Issues: read and
                      write" (classic: "repo"). check needs the same to see the bypass list (a
                      workflow's own GITHUB_TOKEN cannot). The token expires: see
                      docs/penyiapan-github.md, step 5
  GITHUB_API_URL      REST base URL (default https://api.github.com; set by GitHub Actions)

Exit codes: 0 ok, 1 drift found (check), 2 team.yml/site.yml or arguments wrong, 3 GitHub refused.`;

export interface CommandIO {
  env: Record<string, string | undefined>;
  out: (text: string) => void;
  err: (text: string) => void;
  /** GitHub's spacing of writes (1 s apart); only a test against a local server turns it off. */
  paceWrites?: boolean;
}

interface Args {
  command?: string;
  repo?: string;
  content: string;
  help: boolean;
  unknown: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { content: "content", help: false, unknown: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "-h" || a === "--help") args.help = true;
    else if (a === "--repo") args.repo = argv[++i];
    else if (a.startsWith("--repo=")) args.repo = a.slice(7);
    else if (a === "--content") args.content = argv[++i] ?? "";
    else if (a.startsWith("--content=")) args.content = a.slice(10);
    else if (!a.startsWith("-") && !args.command) args.command = a;
    else args.unknown.push(a);
  }
  return args;
}

export async function runGovernanceCommand(argv: string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.out(GOVERNANCE_HELP);
    return 0;
  }
  if (!args.command || !["plan", "apply", "check"].includes(args.command) || args.unknown.length > 0 || !args.content) {
    io.err(`${args.unknown.length ? `Unknown argument: ${args.unknown.join(" ")}\n` : ""}${GOVERNANCE_HELP}`);
    return 2;
  }
  const command = args.command as "plan" | "apply" | "check";
  const contentDir = resolve(args.content);
  const codeownersFile = join(dirname(contentDir), CODEOWNERS_PATH);

  try {
    // Everything about the files is settled before the first request.
    const gov = await loadGovernance(contentDir);
    const { owner, repo } = splitRepo(args.repo ?? gov.site.repo);
    const gh = createGitHub({ token: io.env.GITHUB_TOKEN ?? "", baseUrl: io.env.GITHUB_API_URL || undefined, paceWrites: io.paceWrites });
    const local = await readFile(codeownersFile, "utf8").catch(() => null);
    const plan = await planGovernance(gh, { owner, repo, team: gov.team, site: gov.site, teamFile: gov.teamFile, localCodeowners: local });

    if (command === "apply") {
      const result = await applyGovernance(gh, plan, async (text) => {
        await mkdir(dirname(codeownersFile), { recursive: true });
        await writeFile(codeownersFile, text);
      });
      io.out(formatPlan(plan, "plan"));
      io.out(
        [
          `Ruleset ${result.ruleset} (id ${result.rulesetId}); ledger ruleset ${result.ledger}.`,
          result.codeownersWritten
            ? `Wrote ${codeownersFile}. Commit it on a branch and merge it through a pull request.`
            : `${codeownersFile} already up to date.`,
        ].join("\n"),
      );
      return 0;
    }

    const report = formatPlan(plan, command);
    io.out(report);
    if (io.env.GITHUB_STEP_SUMMARY) {
      await appendFile(io.env.GITHUB_STEP_SUMMARY, `### Tata kelola (${command})\n\n\`\`\`\n${report}\n\`\`\`\n`).catch(() => {});
    }
    if (command === "check" && hasDrift(plan)) {
      io.err(
        "Drift: GitHub settings differ from content/_data/team.yml. Run `npm run governance -- apply` with an admin token, then merge the CODEOWNERS change.",
      );
      return 1;
    }
    return 0;
  } catch (error) {
    if (error instanceof TeamError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof ForgeError) {
      io.err(error.message);
      return error.status === 0 ? 2 : 3;
    }
    throw error;
  }
}
