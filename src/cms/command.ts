/**
 * `npm start` (the editors' admin and the site on this computer, rebuilt when something is
 * published) and `npm run cms:config` (admin/config.yml from the content schema).
 */
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineCommand, EXIT, UsageError, untilInterrupted, type CommandIO } from "../command/command.ts";
import { startDevServer } from "../site/serve.ts";
import { cmsConfigIsCurrent, CONFIG_FILE, writeCmsConfig } from "./generate.ts";
import { describeLocalCms, freePort, startLocalCms, type LocalCms } from "./local.ts";
import { PROBLEMS_FILE } from "./problem-notice.ts";

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

export const START_HELP = `Cara pakai: npm start [-- pilihan]

Menjalankan admin redaksi di komputer ini tanpa akun: decap-server (mode Git) bekerja di clone
repositori ini sendiri di .cache/cms-repo, di belakang penjaga pada port 8081 yang hanya
mengizinkan halaman admin mengubah konten dan media. Draf, tinjauan dan penerbitan terjadi di
sana, tidak pernah di checkout Anda. Situs publik dibangun dari cabang main clone itu ke _site/
dan disajikan bersama admin di http://127.0.0.1:8080 (hanya komputer ini).
Menerbitkan entri di /admin/, atau menyunting berkas di src/, membangun ulang situs; halaman
yang terbuka dimuat ulang sendiri. Build ulang yang gagal dilaporkan di sini dan situs terakhir
yang berhasil tetap tampil; konten yang ditolak build juga dicantumkan di pemberitahuan halaman
admin (berkas:baris dan perbaikannya).

Pilihan:
  --port N          port (bawaan: 8080; 0 memilih port yang bebas)
  --no-cms          tanpa backend admin: bangun dan pantau folder konten langsung
  --content FOLDER  dengan --no-cms: folder konten (bawaan: $WARTA_CONTENT atau content)
  --now ISO         bangun seolah-olah saat ini adalah waktu itu (bawaan: waktu sekarang)
  --no-search       tanpa indeks pencarian (build ulang lebih cepat)
  --repo FOLDER     repositori yang main-nya disunting admin dan ditampilkan situs (bawaan:
                    checkout ini); clone dan drafnya ada di FOLDER/.cache
  --out FOLDER      folder hasil situs lokal (bawaan: _site)
  --cms-port N      port server Git lokal admin (bawaan: 8081, yang diharapkan admin hasil
                    build; 0 memilih port bebas, untuk tes yang tidak masuk)
  -h, --help        tampilkan bantuan ini

Ctrl-C menghentikan server.
Kode keluar: 0 dihentikan, 1 build pertama atau server gagal, 2 kesalahan pemakaian.`;

/** Each build runs in a fresh process so edits under src/ take effect too. */
const BUILD_SCRIPT = fileURLToPath(new URL("../../scripts/build.ts", import.meta.url));

export const startCommand = defineCommand({
  usage: "npm start",
  help: START_HELP,
  options: {
    port: { type: "string", default: "8080" },
    content: { type: "string" },
    "no-cms": { type: "boolean", default: false },
    now: { type: "string" },
    "no-search": { type: "boolean", default: false },
    "cms-port": { type: "string" },
    repo: { type: "string", default: process.cwd() },
    out: { type: "string", default: "_site" },
  },
  run: async ({ values: args }, io) => {
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port: "${args.port}" bukan nomor port (0–65535).`);
    let cms: LocalCms | undefined;
    // The admin page's own origin is the only one the local CMS server answers.
    const sitePort = port === 0 ? await freePort() : port;
    if (!args["no-cms"]) {
      try {
        cms = await startLocalCms({
          repoDir: args.repo,
          ...(args["cms-port"] !== undefined ? { port: Number(args["cms-port"]) } : {}),
          adminOrigins: [`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`],
          log: (line) => io.out(line),
          onMainChanged: (commit) => io.out(`Entri diterbitkan (main ${commit.slice(0, 7)}); membangun ulang …`),
        });
      } catch (error) {
        io.err((error as Error).message);
        return EXIT.problems;
      }
    }
    try {
      return await serve(args, sitePort, cms, io);
    } finally {
      await cms?.stop();
    }
  },
});

async function serve(
  args: { content?: string; out: string; now?: string; "no-search": boolean },
  port: number,
  cms: LocalCms | undefined,
  io: CommandIO,
): Promise<number> {
  // With the admin, the public site is what the clone's main holds: a published entry appears.
  const content = cms ? join(cms.mainDir, "content") : (args.content ?? (io.env.WARTA_CONTENT || "content"));
  // Content the build refuses is listed in the terminal (by the build) and in the admin's notice.
  const buildArgs = [
    "--content",
    content,
    "--out",
    args.out,
    "--problems",
    join(args.out, "admin", PROBLEMS_FILE),
    ...(args.now ? ["--now", args.now] : []),
    ...(args["no-search"] ? ["--no-search"] : []),
  ];

  try {
    await build(buildArgs);
  } catch {
    // With the admin, main may hold content the build refuses (a hand-made commit): the last good
    // site stays up, and the admin says what to fix; fixing it on main rebuilds.
    if (
      !cms ||
      !(await stat(join(args.out, "index.html")).then(
        () => true,
        () => false,
      ))
    ) {
      io.err("Build pertama gagal (lihat di atas). Perbaiki masalahnya lalu jalankan lagi npm start.");
      return EXIT.problems;
    }
    io.err("Situs terakhir yang berhasil dibangun tetap disajikan; perbaiki masalah di atas di cabang main.");
  }
  let server;
  try {
    server = await startDevServer({
      root: args.out,
      host: "127.0.0.1",
      port,
      watch: [content, "src", "admin"],
      rebuild: () => {
        io.out("Perubahan terdeteksi, membangun ulang …");
        return build([...buildArgs, "--quiet"]).then(() => io.out("Selesai; halaman dimuat ulang."));
      },
    });
  } catch (error) {
    io.err(
      `Tidak dapat menyajikan di 127.0.0.1:${port}: ${(error as Error).message}\n(Pilih port lain dengan --port.)`,
    );
    return EXIT.problems;
  }
  io.out(`\nSitus berjalan di ${server.url}  (Ctrl-C untuk berhenti)`);
  if (cms) io.out(describeLocalCms(cms, server.url));
  io.out("");
  await untilInterrupted();
  await server.close();
  io.out("Server dihentikan.");
  return EXIT.ok;
}

function build(args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [...process.execArgv, BUILD_SCRIPT, ...args], { stdio: "inherit" });
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`build exited with code ${code}`))));
  });
}
