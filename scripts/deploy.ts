/** `npm run deploy`: the built site to the Dinas's server as a new release, switched atomically (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { deployCommand } from "../src/deploy/command.ts";

await runFromProcess(deployCommand);
