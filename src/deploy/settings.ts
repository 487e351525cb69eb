/**
 * Where the site is published, from the site settings (`content/_data/site.yml`):
 *
 *   deploy:
 *     target: server                              # pages (GitHub Pages, the default) | server
 *     server: ssh://warta@web.dinas.go.id/srv/warta
 *     keep: 5                                     # releases kept on the server
 *
 * `deploySettings` is the zod shape of that block, with the labels editors see; the content
 * schema's `site` object takes it as its `deploy` field. Until it does, the block is read
 * here straight from the YAML file.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { DEFAULT_KEEP } from "./releases.ts";
import { parseTarget, TargetError } from "./target.ts";

export const deploySettings = z
  .object({
    target: z
      .enum(["pages", "server"], { error: "tujuan publikasi harus pages (GitHub Pages) atau server (server dinas)" })
      .default("pages")
      .meta({ title: "Tujuan publikasi", description: "pages = GitHub Pages; server = server milik dinas (lewat SSH)", widget: "select" }),
    server: z
      .string()
      .superRefine((value, ctx) => {
        try {
          parseTarget(value);
        } catch (error) {
          if (!(error instanceof TargetError)) throw error;
          ctx.addIssue({ code: "custom", message: error.message.split("\n")[0]! });
        }
      })
      .optional()
      .meta({ title: "Alamat server", description: "ssh://pengguna@host/folder, mis. ssh://warta@web.dinas.go.id/srv/warta", widget: "string" }),
    keep: z
      .number({ error: "jumlah rilis harus angka" })
      .int()
      .min(2, { error: "simpan minimal 2 rilis agar rollback selalu bisa" })
      .max(50)
      .default(DEFAULT_KEEP)
      .meta({ title: "Jumlah rilis disimpan", widget: "number" }),
  })
  .strict()
  .refine((d) => d.target !== "server" || d.server !== undefined, {
    error: "tujuan server memerlukan alamat server (deploy.server)",
    path: ["server"],
  })
  .meta({ title: "Publikasi", widget: "object" });

export type DeploySettings = z.output<typeof deploySettings>;

/** The `deploy` block of `<contentDir>/_data/site.yml` (defaults when absent); errors name the file, field and fix. */
export async function readDeploySettings(contentDir: string): Promise<DeploySettings> {
  const file = join(contentDir, "_data", "site.yml");
  const site = (parse(await readFile(file, "utf8")) ?? {}) as Record<string, unknown>;
  const parsed = deploySettings.safeParse(site.deploy ?? {});
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${file}: deploy.${issue.path.join(".") || "(blok)"} — ${issue.message}`);
  throw new Error(`Pengaturan publikasi tidak valid; perbaiki di Pengaturan situs → Publikasi:\n${lines.join("\n")}`);
}
