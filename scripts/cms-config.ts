/** `npm run cms:config`: admin/config.yml from the content schema (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { cmsConfigCommand } from "../src/cms/command.ts";

await runFromProcess(cmsConfigCommand);
