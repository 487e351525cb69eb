/** `npm run approval` — merge on an official's approval, close on rejection; see `--help`. */
import { runApprovalCommand } from "../src/forge/approval-command.ts";

process.exitCode = await runApprovalCommand(process.argv.slice(2), {
  env: process.env,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
