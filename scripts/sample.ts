/** `npm run sample`: the sample Dinas's pictures and PDFs in content/media/ (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { sampleCommand } from "./sample/command.ts";

await runFromProcess(sampleCommand);
