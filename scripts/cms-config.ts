/** npm run cms:config [--check] — writes admin/config.yml from the content schema and site settings. */
import { resolve } from "node:path";
import { cmsConfigIsCurrent, CONFIG_FILE, writeCmsConfig } from "../src/cms/generate.ts";

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(`Usage: npm run cms:config [-- --check] [-- --repo <dir>]

Generates ${CONFIG_FILE} (the Decap CMS configuration) from src/content/schema.ts and
content/_data/site.yml. Never edit ${CONFIG_FILE} by hand: change the schema and run this.

  --check       do not write; exit 1 when ${CONFIG_FILE} differs from what would be generated
  --repo <dir>  repository root (default: the current directory)`);
  process.exit(0);
}
const repoIndex = args.indexOf("--repo");
const repoDir = resolve(repoIndex >= 0 ? args[repoIndex + 1] ?? "." : ".");

try {
  if (args.includes("--check")) {
    if (await cmsConfigIsCurrent(repoDir)) {
      console.log(`${CONFIG_FILE} is up to date.`);
    } else {
      console.error(`${CONFIG_FILE} differs from the schema. Run: npm run cms:config`);
      process.exitCode = 1;
    }
  } else {
    const { file, changed } = await writeCmsConfig(repoDir);
    console.log(changed ? `Wrote ${file}` : `${file} is up to date.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
