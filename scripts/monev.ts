/** `npm run monev`: the monthly monitoring & evaluation report (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { monevCommand } from "../src/monev/command.ts";

await runFromProcess(monevCommand);
