/** `npm run bench`: our build against plain Eleventy, as ratios measured in the same run (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { benchCommand } from "./bench/command.ts";

await runFromProcess(benchCommand);
