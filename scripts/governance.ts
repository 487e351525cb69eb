/** `npm run governance -- plan|apply|check`: the decree (team.yml) → GitHub settings (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { governanceCommand } from "../src/forge/command.ts";

await runFromProcess(governanceCommand);
