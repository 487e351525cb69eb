/** Reading the site settings and writing/checking `admin/config.yml` (used by `npm run cms:config`). */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import YAML from "yaml";
import { site as siteSchema, type SiteData } from "../content/schema.ts";
import { cmsConfig, cmsConfigYaml, type CmsConfigOptions } from "./config.ts";

export const SITE_FILE = "content/_data/site.yml";
export const CONFIG_FILE = "admin/config.yml";

/** `content/_data/site.yml`, validated; errors name the file and the field (developer tooling: English). */
export async function readSiteSettings(repoDir: string): Promise<SiteData> {
  return readSiteFile(join(repoDir, SITE_FILE));
}

export async function readSiteFile(file: string): Promise<SiteData> {
  const text = await readFile(file, "utf8");
  const result = siteSchema.safeParse(YAML.parse(text));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join(".") || "(file)"}: ${i.message}`).join("\n");
    throw new Error(`${file} is not valid site settings; fix these fields and run again:\n${issues}`);
  }
  return result.data;
}

/** The text `admin/config.yml` must have for the repository at `repoDir`. */
export async function expectedConfigYaml(repoDir: string, options: CmsConfigOptions = {}): Promise<string> {
  return cmsConfigYaml(cmsConfig(await readSiteSettings(repoDir), options));
}

export async function writeCmsConfig(repoDir: string): Promise<{ file: string; changed: boolean }> {
  const file = join(repoDir, CONFIG_FILE);
  const yaml = await expectedConfigYaml(repoDir);
  const current = await readFile(file, "utf8").catch(() => undefined);
  if (current === yaml) return { file, changed: false };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, yaml);
  return { file, changed: true };
}

/** Whether the committed `admin/config.yml` is what the generator makes now. */
export async function cmsConfigIsCurrent(repoDir: string): Promise<boolean> {
  const current = await readFile(join(repoDir, CONFIG_FILE), "utf8").catch(() => undefined);
  return current === (await expectedConfigYaml(repoDir));
}
