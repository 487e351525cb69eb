/** `npm run social`: newly public items to the agency's social accounts, after a deploy (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { socialCommand } from "../src/social/command.ts";

await runFromProcess(socialCommand);
