/** `npm run monev` — the monthly monitoring & evaluation report; see `--help`. */
import { runMonevCommand } from "../src/monev/command.ts";

process.exitCode = await runMonevCommand(process.argv.slice(2), {
  env: process.env,
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
