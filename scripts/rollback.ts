/** `npm run rollback`: the server's site back to an earlier release, deploys held (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { rollbackCommand } from "../src/deploy/command.ts";

await runFromProcess(rollbackCommand);
