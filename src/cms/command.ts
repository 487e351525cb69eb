/** `npm run cms:config`: writes admin/config.yml from the content schema and site settings. */
import { resolve } from "node:path";
import { defineCommand, EXIT } from "../command/command.ts";
import { cmsConfigIsCurrent, CONFIG_FILE, writeCmsConfig } from "./generate.ts";

export const CMS_CONFIG_HELP = `Cara pakai: npm run cms:config [-- --check] [--repo FOLDER]

Membuat ${CONFIG_FILE} (konfigurasi Decap CMS) dari src/content/schema.ts dan
content/_data/site.yml. Jangan sunting ${CONFIG_FILE} dengan tangan: ubah skemanya, lalu
jalankan perintah ini.

Pilihan:
  --check         tidak menulis; keluar 1 bila ${CONFIG_FILE} berbeda dari hasil pembuatan
  --repo FOLDER   folder repositori (bawaan: folder saat ini)
  -h, --help      tampilkan bantuan ini

Kode keluar: 0 sudah sesuai atau ditulis, 1 berbeda (--check) atau gagal, 2 kesalahan pemakaian.`;

export const cmsConfigCommand = defineCommand({
  usage: "npm run cms:config",
  help: CMS_CONFIG_HELP,
  options: {
    check: { type: "boolean", default: false },
    repo: { type: "string", default: "." },
  },
  run: async ({ values }, io) => {
    const repoDir = resolve(values.repo);
    try {
      if (values.check) {
        if (await cmsConfigIsCurrent(repoDir)) {
          io.out(`${CONFIG_FILE} sudah sesuai skema.`);
          return EXIT.ok;
        }
        io.err(`${CONFIG_FILE} berbeda dari skema. Jalankan: npm run cms:config`);
        return EXIT.problems;
      }
      const { file, changed } = await writeCmsConfig(repoDir);
      io.out(changed ? `Ditulis: ${file}` : `${file} sudah sesuai skema.`);
      return EXIT.ok;
    } catch (error) {
      io.err(error instanceof Error ? error.message : String(error));
      return EXIT.problems;
    }
  },
});
