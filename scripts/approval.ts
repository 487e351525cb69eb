/** `npm run approval`: merge on an official's approval, close on rejection (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { approvalCommand } from "../src/forge/command.ts";

await runFromProcess(approvalCommand);
