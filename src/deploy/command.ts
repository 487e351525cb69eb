/**
 * `npm run deploy` (upload the built site as a new release, switch atomically) and
 * `npm run rollback` (point `current` back, hold deploys). Both open one SSH session around
 * their work with the same exit codes: 2 for a bad target or refused login, 1 for a failure on
 * the server (the public site unchanged), and the session always closed.
 */
import { execFileSync } from "node:child_process";
import { crashMessage, defineCommand, EXIT, UsageError, type CommandIO } from "../command/command.ts";
import { deploy, DeployError, inspectServer, rollback } from "./releases.ts";
import { readDeploySettings } from "./settings.ts";
import { openSsh, RemoteError, type SshSession } from "./ssh.ts";
import { parseTarget, TargetError } from "./target.ts";

export const DEPLOY_HELP = `Cara pakai: npm run deploy -- [pilihan]

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
  -h, --help          tampilkan bantuan ini

Lingkungan:
  WARTA_SSH_KEY          path kunci privat SSH, atau isi kuncinya (tidak pernah dicetak);
                         tanpa ini dipakai ssh-agent (SSH_AUTH_SOCK) atau ~/.ssh
  WARTA_SSH_KNOWN_HOSTS  path berkas known_hosts, atau isinya; kunci server lalu diperiksa ketat
  WARTA_DEPLOY_TARGET    alamat server bila tidak ditulis di site.yml

Kode keluar: 0 berhasil (atau tidak ada perubahan, atau ditahan), 1 gagal (situs publik tidak
berubah), 2 kesalahan pemakaian.`;

export const deployCommand = defineCommand({
  usage: "npm run deploy",
  help: DEPLOY_HELP,
  options: {
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
  },
  run: async ({ values: args }, io) => {
    const contentDir = args.content ?? (io.env.WARTA_CONTENT || "content");
    let settings;
    try {
      settings = await readDeploySettings(contentDir);
    } catch (error) {
      // Settings only matter when they supply the target; a target given otherwise needs none.
      if (args.which || !(args.target ?? io.env.WARTA_DEPLOY_TARGET)) {
        io.err((error as Error).message);
        return EXIT.usage;
      }
    }
    if (args.which) {
      io.out(`target=${settings!.target}`);
      return EXIT.ok;
    }

    const targetText = args.target ?? (io.env.WARTA_DEPLOY_TARGET || settings?.server);
    if (!targetText) return missingTarget(contentDir, io);
    let keep = settings?.keep;
    if (args.keep !== undefined) {
      keep = Number(args.keep);
      if (!/^\d+$/.test(args.keep) || keep < 1)
        throw new UsageError(`--keep harus bilangan bulat ≥ 1, bukan "${args.keep}".`);
    }

    return onServer(targetText, io, async (session) => {
      await deploy({
        session,
        sourceDir: args.dir,
        keep,
        dryRun: args["dry-run"],
        force: args.force,
        resume: args.resume,
        commit: args.commit ?? currentCommit(io),
        rsyncPath: args["rsync-path"],
        log: (line) => io.out(line),
      });
      return EXIT.ok;
    });
  },
});

export const ROLLBACK_HELP = `Cara pakai: npm run rollback -- [pilihan]

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
  -h, --help     tampilkan bantuan ini

Lingkungan: WARTA_SSH_KEY, WARTA_SSH_KNOWN_HOSTS, WARTA_DEPLOY_TARGET (lihat npm run deploy -- --help).

Kode keluar: 0 berhasil, 1 gagal (situs tidak berubah), 2 kesalahan pemakaian.`;

export const rollbackCommand = defineCommand({
  usage: "npm run rollback",
  help: ROLLBACK_HELP,
  options: {
    target: { type: "string" },
    to: { type: "string" },
    list: { type: "boolean", default: false },
    "dry-run": { type: "boolean", default: false },
    content: { type: "string" },
  },
  run: async ({ values: args }, io) => {
    let targetText = args.target ?? io.env.WARTA_DEPLOY_TARGET;
    if (!targetText) {
      const contentDir = args.content ?? (io.env.WARTA_CONTENT || "content");
      try {
        targetText = (await readDeploySettings(contentDir)).server;
      } catch (error) {
        io.err((error as Error).message);
        return EXIT.usage;
      }
      if (!targetText) return missingTarget(contentDir, io);
    }

    return onServer(targetText, io, async (session) => {
      if (args.list) {
        const state = await inspectServer(session, false);
        if (state.releases.length === 0) io.out("Belum ada rilis di server.");
        for (const r of state.releases)
          io.out(`${r === state.current ? "* " : "  "}${r}${r === state.current ? "  (aktif)" : ""}`);
        if (state.hold) io.out(`Deploy ditahan: ${state.hold}`);
        return EXIT.ok;
      }
      await rollback({ session, to: args.to, dryRun: args["dry-run"], log: (line) => io.out(line) });
      return EXIT.ok;
    });
  },
});

function missingTarget(contentDir: string, io: CommandIO): number {
  io.err(
    `Alamat server belum diisi: tulis deploy.server di ${contentDir}/_data/site.yml, isi WARTA_DEPLOY_TARGET, atau pakai --target ssh://pengguna@host/folder.`,
  );
  return EXIT.usage;
}

/** Runs `work` over SSH on `targetText` (ssh://user@host[:port]/folder) and returns the exit code. */
async function onServer(
  targetText: string,
  io: CommandIO,
  work: (session: SshSession) => Promise<number>,
): Promise<number> {
  let session: SshSession;
  try {
    session = await openSsh(parseTarget(targetText));
  } catch (error) {
    const known = error instanceof TargetError || error instanceof RemoteError;
    io.err(known ? error.message : crashMessage(error, io.env));
    return known ? EXIT.usage : EXIT.problems;
  }
  try {
    return await work(session);
  } catch (error) {
    const known = error instanceof DeployError || error instanceof RemoteError;
    io.err(known ? (error as Error).message : crashMessage(error, io.env));
    return EXIT.problems;
  } finally {
    await session.dispose();
  }
}

function currentCommit(io: CommandIO): string | undefined {
  if (io.env.GITHUB_SHA) return io.env.GITHUB_SHA;
  try {
    return (
      execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}
