/**
 * npm run deploy -- [--target ssh://user@host/path] [--dir _site] [--keep N] [--dry-run] [--force] [--resume] [--which] [--help]
 * Uploads the built site to the Dinas's own server as a new release and switches to it atomically.
 * Exit 0 deployed / unchanged / held, 1 failed (the public site is unchanged), 2 usage.
 */
import { execFileSync } from "node:child_process";
import { deploy } from "../src/deploy/releases.ts";
import { readDeploySettings } from "../src/deploy/settings.ts";
import { parseCommand } from "./cli.ts";
import { missingTarget, onServer } from "./on-server.ts";

const HELP = `Penggunaan: npm run deploy -- [pilihan]

Mengunggah situs yang sudah dibangun (npm run build) ke server dinas lewat rsync/SSH sebagai
rilis baru di <folder>/releases/, lalu memindahkan symlink <folder>/current ke rilis itu dalam
satu langkah. Bila unggahan gagal, situs publik TIDAK berubah. Berkas yang sama dengan rilis
aktif ditautkan (hard link), jadi hanya perubahan yang dikirim. Bila build sama persis dengan
rilis aktif, tidak ada yang diunggah.

Pilihan:
  --target ssh://pengguna@host[:port]/folder
                      server tujuan (bawaan: $WARTA_DEPLOY_TARGET, lalu deploy.server di
                      content/_data/site.yml)
  --dir DIR           folder hasil build (bawaan: _site)
  --keep N            jumlah rilis yang disimpan (bawaan: deploy.keep di site.yml, atau 5);
                      rilis aktif dan rilis sebelumnya tidak pernah dihapus
  --commit HASH       commit yang ditayangkan, untuk nama rilis (bawaan: $GITHUB_SHA, lalu git HEAD)
  --rsync-path CMD    program rsync di server (mis. "sudo -u www-data rsync")
  --dry-run           tampilkan rencana (perubahan, nama rilis, rilis yang dihapus); server tidak diubah
  --force             unggah walau tidak ada perubahan
  --resume            cabut penahanan setelah rollback, lalu deploy
  --which             cetak tujuan dari pengaturan situs (target=pages atau target=server) lalu keluar;
                      dipakai workflow: npm run deploy -- --which >> "$GITHUB_OUTPUT"
  --content DIR       folder konten untuk membaca pengaturan (bawaan: $WARTA_CONTENT atau content)
  --help              tampilkan bantuan ini

Lingkungan:
  WARTA_SSH_KEY          path kunci privat SSH, atau isi kuncinya (tidak pernah dicetak);
                         tanpa ini dipakai ssh-agent (SSH_AUTH_SOCK) atau ~/.ssh
  WARTA_SSH_KNOWN_HOSTS  path berkas known_hosts, atau isinya; kunci server lalu diperiksa ketat
  WARTA_DEPLOY_TARGET    alamat server bila tidak ditulis di site.yml

Kode keluar: 0 berhasil (atau tidak ada perubahan, atau ditahan), 1 gagal (situs publik tidak
berubah), 2 kesalahan pemakaian.`;

function currentCommit(): string | undefined {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const args = parseCommand(HELP, {
    target: { type: "string" },
    dir: { type: "string", default: "_site" },
    keep: { type: "string" },
    commit: { type: "string" },
    "rsync-path": { type: "string" },
    "dry-run": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    resume: { type: "boolean", default: false },
    which: { type: "boolean", default: false },
    content: { type: "string" },
  });
  if (typeof args === "number") return args;

  const contentDir = args.content ?? (process.env.WARTA_CONTENT || "content");
  let settings;
  try {
    settings = await readDeploySettings(contentDir);
  } catch (error) {
    // Settings only matter when they supply the target; a target given otherwise needs none.
    if (args.which || !(args.target ?? process.env.WARTA_DEPLOY_TARGET)) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
  }
  if (args.which) {
    process.stdout.write(`target=${settings!.target}\n`);
    return 0;
  }

  const targetText = args.target ?? (process.env.WARTA_DEPLOY_TARGET || settings?.server);
  if (!targetText) return missingTarget(contentDir);
  let keep = settings?.keep;
  if (args.keep !== undefined) {
    keep = Number(args.keep);
    if (!/^\d+$/.test(args.keep) || keep < 1) {
      process.stderr.write(`--keep harus bilangan bulat ≥ 1, bukan "${args.keep}".\n(--keep must be a whole number ≥ 1.)\n`);
      return 2;
    }
  }

  return onServer(targetText, async (session) => {
    await deploy({
      session,
      sourceDir: args.dir,
      keep,
      dryRun: args["dry-run"],
      force: args.force,
      resume: args.resume,
      commit: args.commit ?? currentCommit(),
      rsyncPath: args["rsync-path"],
      log: (line) => console.log(line),
    });
    return 0;
  });
}

process.exitCode = await main();
