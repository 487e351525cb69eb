/**
 * Where the site is published, from the site settings (`content/_data/site.yml`):
 *
 *   deploy:
 *     target: server                              # pages (GitHub Pages, the default) | server
 *     server: ssh://warta@web.dinas.go.id/srv/warta
 *     keep: 5                                     # releases kept on the server
 *
 * The shape is `deploy` in the content schema (labels, defaults, messages); deploy and rollback
 * read just this block, so a problem elsewhere in the site settings does not stop a rollback.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { z } from "zod";

import { deploy as deploySettings } from "../content/schema.ts";

export type DeploySettings = z.output<typeof deploySettings>;

/** The `deploy` block of `<contentDir>/_data/site.yml` (defaults when absent); errors name the file, field and fix. */
export async function readDeploySettings(contentDir: string): Promise<DeploySettings> {
  const file = join(contentDir, "_data", "site.yml");
  const site = (parse(await readFile(file, "utf8")) ?? {}) as Record<string, unknown>;
  const parsed = deploySettings.safeParse(site.deploy ?? {});
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map(
    (issue) => `${file}: deploy.${issue.path.join(".") || "(blok)"} — ${issue.message}`,
  );
  throw new Error(`Pengaturan publikasi tidak valid; perbaiki di Pengaturan situs → Publikasi:\n${lines.join("\n")}`);
}
