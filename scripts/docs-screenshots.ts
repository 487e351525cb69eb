/**
 * tsx scripts/docs-screenshots.ts [--out docs/gambar] [--help]
 * Screenshots of the editors' flow for docs/alur-persetujuan.md, taken in the real admin.
 */
import { relative } from "node:path";
import { shootEditorFlow } from "./docs-screenshots/shoot.ts";
import { parseCommand } from "./cli.ts";

const HELP = `Usage: tsx scripts/docs-screenshots.ts [options]

Takes the screenshots of the editors' side of the approval flow for docs/alur-persetujuan.md:
the real Decap admin (Indonesian UI) in Debian's Chromium (/usr/bin/chromium) against decap-server
in Git mode on a throwaway repository made from the sample content, and the public news page
from a site built after publishing. Every request to a host other than 127.0.0.1 is blocked.
Images are 1280x800 screenshots saved as palette PNGs 1000 px wide. Takes about a minute.

  --out <dir>   output folder (default: docs/gambar); files are overwritten
  --help        show this help

Exit code: 0 done, 1 failed (or a request tried to leave 127.0.0.1), 2 usage error.`;

async function main(): Promise<number> {
  const args = parseCommand(HELP, { out: { type: "string", default: "docs/gambar" } });
  if (typeof args === "number") return args;
  try {
    const { shots, offsite } = await shootEditorFlow({ outDir: args.out, log: (line) => console.log(line) });
    const total = shots.reduce((sum, s) => sum + s.bytes, 0);
    for (const s of shots) console.log(`${relative(process.cwd(), s.file)}  ${(s.bytes / 1024).toFixed(0)} KiB`);
    console.log(`${shots.length} images, ${(total / 1024).toFixed(0)} KiB`);
    if (offsite.length) {
      process.stderr.write(`Blocked requests to other hosts:\n${offsite.join("\n")}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    return 1;
  }
}

process.exitCode = await main();
