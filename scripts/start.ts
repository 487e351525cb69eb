/** `npm start`: the editors' admin and the site on this computer, rebuilt on publish (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { startCommand } from "../src/cms/command.ts";

await runFromProcess(startCommand);
