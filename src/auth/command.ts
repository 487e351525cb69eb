/** `npm run auth`: the OAuth endpoint that lets editors log in to the admin with GitHub. */
import { defineCommand, EXIT, untilInterrupted } from "../command/command.ts";
import { CALLBACK_PATH } from "./github.ts";
import { AUTH_PATH, startAuthServer } from "./server.ts";
import { AUTH_ENV, authSettingsFromEnv, AuthSettingsError, DEFAULT_AUTH_PORT } from "./settings.ts";

export const AUTH_HELP = `Cara pakai: npm run auth

Menjalankan endpoint OAuth untuk backend GitHub Decap (jendela masuk admin). Pengaturan hanya
dibaca dari lingkungan:

${Object.entries(AUTH_ENV)
  .map(([name, what]) => `  ${name.padEnd(26)} ${what}`)
  .join("\n")}

Rute: ${AUTH_PATH} (dibuka Decap) dan ${CALLBACK_PATH} (callback URL OAuth App).
Penyiapan, nginx dan systemd: docs/masuk-github.md

Pilihan:
  -h, --help   tampilkan bantuan ini

Kode keluar: 0 dihentikan dengan Ctrl-C atau SIGTERM, 1 pengaturan kurang atau salah.`;

export const authCommand = defineCommand({
  usage: "npm run auth",
  help: AUTH_HELP,
  options: {},
  run: async (_args, io) => {
    let server;
    let settings;
    try {
      settings = authSettingsFromEnv(io.env);
      server = await startAuthServer(settings);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (error instanceof AuthSettingsError) io.err(error.message);
      else if (code === "EADDRINUSE" || code === "EACCES" || code === "EADDRNOTAVAIL")
        io.err(listenProblem(code, io.env.WARTA_OAUTH_LISTEN));
      else throw error;
      return EXIT.problems;
    }
    io.out(`Endpoint OAuth mendengar di ${server.url}`);
    io.out(`  callback URL untuk OAuth App GitHub: ${settings.publicUrl}${CALLBACK_PATH}`);
    io.out(`  token hanya dikirim ke: ${settings.allowedOrigins.join(", ")}`);
    await untilInterrupted();
    await server.close();
    return EXIT.ok;
  },
});

/** The listening address refused: what it means and what to change. */
function listenProblem(code: string, listen: string | undefined): string {
  const where = listen?.trim() || `127.0.0.1:${DEFAULT_AUTH_PORT}`;
  const why: Record<string, string> = {
    EADDRINUSE: "sudah dipakai program lain (mungkin npm run auth yang masih berjalan): hentikan program itu, atau",
    EACCES: "tidak boleh dipakai pengguna ini (port di bawah 1024 memerlukan hak root):",
    EADDRNOTAVAIL: "bukan alamat mesin ini:",
  };
  return `Endpoint OAuth tidak dapat mendengar di ${where}: alamat itu ${why[code]} pilih alamat lain di WARTA_OAUTH_LISTEN, mis. 127.0.0.1:${DEFAULT_AUTH_PORT + 1}, lalu sesuaikan proxy_pass di nginx.`;
}
