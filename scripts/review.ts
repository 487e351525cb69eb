/** `npm run review`: the pull-request screening report, or --strip-gps (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { reviewCommand } from "../src/review/command.ts";

await runFromProcess(reviewCommand);
