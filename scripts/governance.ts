/** `npm run governance -- plan|apply|check` — see `--help`. */
import { runGovernanceCommand } from "../src/forge/governance-command.ts";

process.exitCode = await runGovernanceCommand(process.argv.slice(2), {
  env: process.env,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
