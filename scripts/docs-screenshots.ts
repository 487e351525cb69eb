/** `npm run docs:screenshots`: the editors' flow for docs/alur-persetujuan.md, in the real admin (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { docsScreenshotsCommand } from "./docs-screenshots/command.ts";

await runFromProcess(docsScreenshotsCommand);
