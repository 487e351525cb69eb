/**
 * npm run sample — (re)generates the sample Dinas's pictures and PDFs in content/media/.
 * Deterministic: running it twice changes nothing; `--check` verifies the committed files.
 */
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateSample } from "./sample/generate.ts";

const HELP = `Usage: npm run sample -- [options]

Generates every image and PDF that the sample content (content/) refers to, into
content/media/: illustrations (SVG rendered to JPEG with sharp), the logo and organisation
chart (PNG) and A4 documents (pdf-lib). All names and figures are fictitious. Output is
byte-identical on every run.

Options:
  --content <dir>  content folder (default: content)
  --check          write nothing; exit 1 if a generated file differs from the one on disk
  --quiet          print only the summary and problems
  -h, --help       show this help

Exit code: 0 done; 1 when content refers to a /media/ file that does not exist, or with
--check when the files on disk are not what this script generates; 2 usage error.`;

function parse() {
  try {
    return parseArgs({
      options: {
        content: { type: "string", default: "content" },
        check: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
}
const values = parse();

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const contentDir = resolve(values.content);
const report = await generateSample({ contentDir, check: values.check });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
if (!values.quiet) for (const f of report.files) console.log(`${f.status.padEnd(9)} ${kb(f.size).padStart(9)}  media/${f.path}`);
const count = (s: string) => report.files.filter((f) => f.status === s).length;
console.log(
  `${report.files.length} files, ${(report.totalBytes / 1024 / 1024).toFixed(2)} MB: ${count("written")} written, ${count("unchanged")} unchanged${values.check ? `, ${count("differs")} differ` : ""}`,
);
for (const m of report.missing) console.error(`missing: ${relative(process.cwd(), join(contentDir, m.file))} refers to ${m.path}, which does not exist; add it to scripts/sample/images.ts or documents.ts, or fix the path`);
for (const u of report.unreferenced) console.warn(`unreferenced: ${relative(process.cwd(), join(contentDir, "media", u))} is not used by any content`);
process.exitCode = report.missing.length > 0 || count("differs") > 0 ? 1 : 0;
