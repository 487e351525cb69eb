/**
 * npm run build [-- --content content] [--out _site] [--now ISO] [--cache .cache] [--no-search] [--quiet] [--help]
 * Builds the public site: content → pages, images, feeds, sitemap → search index, plus the admin. Exit 0 built,
 * 1 build failed (the previous output is left untouched), 2 usage.
 */
import { buildSite } from "../src/site/build.ts";
import { ContentError } from "../src/content/load.ts";
import { copyAdmin } from "../src/cms/site.ts";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { ProblemsReport } from "../src/cms/problem-notice.ts";
import { parseCommand } from "./cli.ts";

const HELP = `Usage: npm run build [-- options]

Builds the public website into a temporary folder, indexes it for search (Pagefind), then
replaces the output folder in one step. If anything fails — invalid content, a missing media
file — nothing is replaced: the previous site stays as it was.

  --content <dir>  content folder (default: $WARTA_CONTENT or content)
  --out <dir>      output folder (default: _site)
  --now <ISO>      build as if it were this instant, e.g. 2026-11-24T12:00:00+07:00
                   (default: $WARTA_NOW or the current time); only entries public then appear
  --cache <dir>    cache folder for image encodes and rendered Markdown (default: .cache)
  --no-search      skip the search index (faster; /cari/ will not work)
  --quiet          no progress lines
  --problems <file>  when the content is invalid, write its problems there as JSON (npm start
                   points it into the served admin folder, whose notice shows them); removed
                   after a good build
  --help           show this help

Image encodes and rendered Markdown are cached between builds: keep the cache folder (e.g. in CI)
and a rebuild re-encodes nothing.
Exit code: 0 built, 1 build failed, 2 usage error.`;

async function main(): Promise<number> {
  const args = parseCommand(HELP, {
    content: { type: "string" },
    out: { type: "string", default: "_site" },
    now: { type: "string" },
    cache: { type: "string" },
    "no-search": { type: "boolean", default: false },
    quiet: { type: "boolean", default: false },
    problems: { type: "string" },
  });
  if (typeof args === "number") return args;
  const nowText = args.now ?? process.env.WARTA_NOW;
  const now = nowText ? new Date(nowText) : undefined;
  if (now && Number.isNaN(now.getTime())) {
    process.stderr.write(`--now: not an ISO date-time: ${nowText} (e.g. 2026-11-24T12:00:00+07:00)\n`);
    return 2;
  }
  const contentDir = args.content ?? (process.env.WARTA_CONTENT || "content");
  try {
    await buildSite({
      contentDir,
      outputDir: args.out,
      now,
      cacheDir: args.cache,
      search: !args["no-search"],
      quiet: args.quiet,
      beforePublish: (dir) => copyAdmin(dir, { contentDir }),
    });
    if (args.problems) await rm(args.problems, { force: true });
    return 0;
  } catch (error) {
    if (error instanceof ContentError) {
      process.stderr.write(
        `Konten tidak valid: situs TIDAK dibangun, situs lama di ${args.out} tetap utuh.\n` +
          `(Invalid content: nothing was built; the previous output is untouched.)\n\n${error.message}\n\n` +
          `Perbaiki masalah di atas lalu jalankan lagi; npm run check menampilkan daftar yang sama.\n`,
      );
      if (args.problems) {
        await mkdir(dirname(args.problems), { recursive: true });
        await writeFile(args.problems, JSON.stringify({ problems: error.problems } satisfies ProblemsReport, null, 2));
      }
    } else {
      process.stderr.write(`Build failed; the previous output in ${args.out} is untouched.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    return 1;
  }
}

process.exitCode = await main();
