/**
 * npm run rollback -- [--target ssh://user@host/path] [--to RELEASE] [--list] [--dry-run] [--help]
 * Points the server's `current` back at an earlier release, atomically, and holds further deploys.
 * Exit 0 done, 1 failed (nothing changed), 2 usage.
 */
import { inspectServer, rollback } from "../src/deploy/releases.ts";
import { readDeploySettings } from "../src/deploy/settings.ts";
import { parseCommand } from "./cli.ts";
import { missingTarget, onServer } from "./on-server.ts";

const HELP = `Penggunaan: npm run rollback -- [pilihan]

Mengembalikan situs di server dinas ke rilis sebelumnya: symlink <folder>/current dipindah ke
rilis lain dalam satu langkah (tanpa unggah ulang). Setelah rollback, deploy otomatis DITAHAN
agar isi yang ditarik tidak langsung tayang lagi; perbaiki isi di cabang utama, lalu jalankan
npm run deploy -- --resume.

Pilihan:
  --target ssh://pengguna@host[:port]/folder
                 server (bawaan: $WARTA_DEPLOY_TARGET, lalu deploy.server di content/_data/site.yml)
  --to RILIS     rilis tujuan, mis. 20261124T050000Z-1a2b3c4 (bawaan: rilis sebelum yang aktif)
  --list         tampilkan rilis yang tersimpan dan yang aktif, lalu keluar
  --dry-run      tampilkan rencana; server tidak diubah
  --content DIR  folder konten untuk membaca pengaturan (bawaan: $WARTA_CONTENT atau content)
  --help         tampilkan bantuan ini

Lingkungan: WARTA_SSH_KEY, WARTA_SSH_KNOWN_HOSTS, WARTA_DEPLOY_TARGET (lihat npm run deploy -- --help).

Kode keluar: 0 berhasil, 1 gagal (situs tidak berubah), 2 kesalahan pemakaian.`;

async function main(): Promise<number> {
  const args = parseCommand(HELP, {
    target: { type: "string" },
    to: { type: "string" },
    list: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    content: { type: "string" },
  });
  if (typeof args === "number") return args;

  let targetText = args.target ?? process.env.WARTA_DEPLOY_TARGET;
  if (!targetText) {
    const contentDir = args.content ?? (process.env.WARTA_CONTENT || "content");
    try {
      targetText = (await readDeploySettings(contentDir)).server;
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    if (!targetText) return missingTarget(contentDir);
  }

  return onServer(targetText, async (session) => {
    if (args.list) {
      const state = await inspectServer(session, false);
      if (state.releases.length === 0) console.log("Belum ada rilis di server.");
      for (const r of state.releases) console.log(`${r === state.current ? "* " : "  "}${r}${r === state.current ? "  (aktif)" : ""}`);
      if (state.hold) console.log(`Deploy ditahan: ${state.hold}`);
      return 0;
    }
    await rollback({ session, to: args.to, dryRun: args["dry-run"], log: (line) => console.log(line) });
    return 0;
  });
}

process.exitCode = await main();
