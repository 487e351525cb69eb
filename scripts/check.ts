/**
 * npm run check [-- --dir content] [--fix] [--json] [--help]
 * Loads and validates the content folder and lists every problem. Exit 0 clean, 1 problems, 2 usage.
 * With --fix, first rewrites the files the admin saves in the format Decap CMS writes them.
 */
import { collections, type CollectionName } from "../src/content/schema.ts";
import { formatProblems, loadContent } from "../src/content/load.ts";
import { renderingInspector } from "../src/markdown/index.ts";
import { formatContent } from "../src/cms/stored-format.ts";
import { parseCommand } from "./cli.ts";

const HELP = `Usage: npm run check [-- --dir <content folder>] [--fix] [--json]

Validates the content (data files, every Markdown entry, media files) and lists every problem
as  file:line  field  message  → fix  (messages in Indonesian, for editors).

  --dir <path>   content folder (default: content)
  --fix          first rewrite entries and data files in the format the admin (Decap CMS) saves
                 them in, so an edit in the admin changes only the edited lines
  --json         print {"problems": [...], "counts": {...}} as JSON instead of text
  --help         show this help

Exit code: 0 when the content is valid, 1 when there are problems, 2 on usage errors.`;

/** Sites at least this big get a progress line on stderr. */
const PROGRESS_FROM = 500;

async function main(): Promise<number> {
  const args = parseCommand(HELP, { dir: { type: "string", default: "content" }, json: { type: "boolean", default: false }, fix: { type: "boolean", default: false } });
  if (typeof args === "number") return args;

  let lastShown = 0;
  const onProgress = (done: number, total: number) => {
    if (total < PROGRESS_FROM) return;
    const now = Date.now();
    if (done !== total && now - lastShown < 200) return;
    lastShown = now;
    const line = `Memeriksa konten… ${done}/${total}`;
    process.stderr.write(process.stderr.isTTY ? `\r${line}${done === total ? "\n" : ""}` : `${line}\n`);
  };

  let result;
  let fixRefused = 0;
  try {
    if (args.fix) {
      const { changed, refused } = await formatContent(args.dir, { fix: true });
      for (const file of changed) process.stderr.write(`Diformat ulang seperti simpanan admin: ${file}\n`);
      for (const file of refused) process.stderr.write(`${file}: TIDAK diformat ulang, karena admin (Decap CMS) akan membaca isinya lain dari situs (mis. baris yang diawali angka dan titik, seperti "2008.", menjadi daftar bernomor) → gabungkan baris seperti itu dengan baris sebelumnya, lalu jalankan lagi npm run check -- --fix\n`);
      fixRefused = refused.length;
    }
    // Bodies are checked from the parse the build renders (and cached for it).
    result = await loadContent(args.dir, { onProgress, inspectBodies: renderingInspector() });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n(use --dir to name the content folder; see --help)\n`);
    return 2;
  }
  const { content, problems } = result;
  const counts = Object.fromEntries(
    (Object.keys(collections) as CollectionName[]).map((name) => [name, content.entries[name].length]),
  ) as Record<CollectionName, number>;

  if (args.json) {
    process.stdout.write(`${JSON.stringify({ problems, counts }, null, 2)}\n`);
  } else if (problems.length > 0) {
    process.stdout.write(`${formatProblems(problems)}\n`);
  } else {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const parts = (Object.keys(counts) as CollectionName[]).map((name) => `${collections[name].label} ${counts[name]}`);
    process.stdout.write(`Konten valid: ${total} entri (${parts.join(", ")}), ${content.divisions.items.length} bidang.\n`);
  }
  return problems.length > 0 || fixRefused > 0 ? 1 : 0;
}

process.exitCode = await main();
