/** `npm run auth`: the OAuth endpoint for editors' GitHub login to the admin (see --help). */
import { runFromProcess } from "../src/command/command.ts";
import { authCommand } from "../src/auth/command.ts";

await runFromProcess(authCommand);
