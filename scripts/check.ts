/** `npm run check`: validates the content and lists every problem (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { checkCommand } from "../src/content/command.ts";

await runFromProcess(checkCommand);
