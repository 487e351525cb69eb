/**
 * npm run review [-- --base main --head HEAD] [--no-build] [--no-comment] [--out file] [--strip-gps [files…]]
 * The pull-request screening report. Exit 0 clean or only for the official's judgement,
 * 1 blocked (validation, build, or a high-severity finding), 2 usage or environment errors.
 */
import { appendFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { PullRequestInfo } from "../src/review/run.ts";

const HELP = `Usage: npm run review -- [--base <ref>] [--head <ref>] [options]

Screens what a pull request changes and writes the report for the official (in Indonesian):
changed pages with their future URLs, validation problems, personal data and classified
markers (masked), GPS in photos, broken links, the social media posts, and the SOP clock.

  --base <ref>         base of the comparison (default: the PR's base sha in GitHub Actions, else main)
  --head <ref>         head of the comparison (default: the PR's head sha in GitHub Actions, else HEAD)
  --repo <dir>         repository folder (default: .)
  --no-build           do not build the site
  --output-dir <dir>   where the site is built (default: <repo>/_site)
  --out <file>         also write the Markdown report to this file
  --no-comment         do not post the PR comment (otherwise posted when GITHUB_TOKEN is set in a PR event)
  --artifact-url <url> link to the uploaded site build, shown in the report (or WARTA_SITE_ARTIFACT_URL)
  --strip-gps [files]  remove GPS/EXIF metadata from the given images, or from every image changed
                       between base and head; then commit the result
  --help               show this help

In GitHub Actions the pull_request event (GITHUB_EVENT_PATH) supplies base, head, number, labels
and creation time; the report is also appended to GITHUB_STEP_SUMMARY.
Exit code: 0 nothing blocking, 1 blocked (validation, build or high-severity finding), 2 usage error.`;

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        base: { type: "string" },
        head: { type: "string" },
        repo: { type: "string", default: "." },
        "no-build": { type: "boolean", default: false },
        "output-dir": { type: "string" },
        out: { type: "string" },
        "no-comment": { type: "boolean", default: false },
        "artifact-url": { type: "string" },
        "strip-gps": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const args = parsed.values;
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  if (parsed.positionals.length > 0 && !args["strip-gps"]) {
    process.stderr.write(`Unexpected argument: ${parsed.positionals[0]}\n\n${HELP}\n`);
    return 2;
  }

  // Loaded after argument parsing: --help answers without loading the build and image libraries.
  const { flagUrgent, postReport, readPullRequestEvent, runReview } = await import("../src/review/run.ts");
  const { LABEL_URGENT } = await import("../src/forge/names.ts");
  let pr: PullRequestInfo | undefined;
  if (process.env.GITHUB_EVENT_PATH) {
    try {
      pr = await readPullRequestEvent(process.env.GITHUB_EVENT_PATH);
    } catch (error) {
      process.stderr.write(`Cannot read GITHUB_EVENT_PATH: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const base = args.base ?? pr?.baseSha ?? "main";
  const head = args.head ?? pr?.headSha ?? "HEAD";

  if (args["strip-gps"]) {
    const { changedEntries } = await import("../src/review/changes.ts");
    const { stripGps } = await import("../src/review/gps.ts");
    const { IMAGE_EXTENSIONS_WITH_EXIF } = await import("../src/review/screen.ts");
    let files = parsed.positionals;
    if (files.length === 0) {
      const changes = await changedEntries(args.repo, base, head);
      files = changes
        .filter((c) => c.status !== "deleted" && c.role === "media" && IMAGE_EXTENSIONS_WITH_EXIF.has(c.path.slice(c.path.lastIndexOf(".")).toLowerCase()))
        .map((c) => `${args.repo}/${c.path}`);
    }
    for (const file of files) {
      try {
        const had = await stripGps(file);
        process.stdout.write(`${had ? "GPS dihapus" : "tanpa GPS, metadata dibersihkan"}: ${file}\n`);
      } catch (error) {
        process.stderr.write(`${file}: ${(error as Error).message}\n`);
        return 2;
      }
    }
    if (files.length === 0) process.stdout.write("Tidak ada gambar yang berubah.\n");
    return 0;
  }

  let result;
  try {
    result = await runReview({
      repoDir: args.repo,
      base,
      head,
      build: !args["no-build"],
      outputDir: args["output-dir"],
      pullRequest: pr,
      artifactUrl: args["artifact-url"] ?? process.env.WARTA_SITE_ARTIFACT_URL,
      log: (line) => process.stderr.write(`${line}…\n`),
    });
  } catch (error) {
    process.stderr.write(`Review failed: ${(error as Error).message}\n(check --base/--head: both must be commits in ${args.repo}; in Actions use fetch-depth: 0)\n`);
    return 2;
  }

  process.stdout.write(result.markdown);
  if (args.out) await writeFile(args.out, result.markdown);
  if (process.env.GITHUB_STEP_SUMMARY) await appendFile(process.env.GITHUB_STEP_SUMMARY, result.markdown);

  const token = process.env.GITHUB_TOKEN;
  if (pr && token && !args["no-comment"]) {
    try {
      const { id, created } = await postReport(result.markdown, { token, owner: pr.owner, repo: pr.repo, pullNumber: pr.number });
      process.stderr.write(`PR #${pr.number}: comment ${id} ${created ? "created" : "updated"}\n`);
    } catch (error) {
      // The step summary still has the report; the check's result must not depend on the comment.
      process.stderr.write(`Could not post the PR comment: ${(error as Error).message}\n`);
    }
    if (result.report.urgentReason && !pr.labels.includes(LABEL_URGENT) && pr.author) {
      try {
        const asked = await flagUrgent({ token, owner: pr.owner, repo: pr.repo, pullNumber: pr.number, author: pr.author, contentDir: join(args.repo, "content") });
        process.stderr.write(`PR #${pr.number}: serta-merta — label added, review requested from ${asked.join(", ") || "no one"}\n`);
      } catch (error) {
        process.stderr.write(`Could not flag the PR as urgent: ${(error as Error).message}\n`);
      }
    }
  }
  return result.exitCode;
}

process.exitCode = await main();
