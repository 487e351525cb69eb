/** `npm run build`: content → the public site, replaced in one step or not at all (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { buildCommand } from "../src/site/command.ts";

await runFromProcess(buildCommand);
