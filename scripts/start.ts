/**
 * npm start [-- --port 8080] [--content content] [--no-cms] [--help]
 * Starts decap-server on its own clone of this repository, builds the site from that clone's
 * `main`, serves it (with the admin) at http://127.0.0.1:8080, and rebuilds + reloads when an
 * entry is published or src/ changes. Ctrl-C stops both servers.
 */
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startDevServer } from "../src/site/serve.ts";
import { describeLocalCms, freePort, startLocalCms, type LocalCms } from "../src/cms/local.ts";
import { PROBLEMS_FILE } from "../src/cms/problem-notice.ts";
import { parseCommand } from "./cli.ts";

const HELP = `Usage: npm start [-- options]

Starts the editors' admin on this computer with no account: decap-server (Git mode) works in its
own clone of this repository under .cache/cms-repo, behind a guard on port 8081 that lets the
admin page (and nothing else) change only content and media. Drafts, reviews and publishing happen
there, never in your checkout. The public website is built from that clone's main branch into
_site/ and served with the admin at http://127.0.0.1:8080 (this computer only).
Publishing an entry in /admin/, or editing a file under src/, rebuilds the site; open pages
reload by themselves. A rebuild that fails is reported here and the last good site stays up;
content the build refuses is also listed in a notice on the admin page (file:line and the fix).

  --port <n>       port (default: 8080; 0 picks a free one)
  --no-cms         no admin backend: build and watch the content folder directly
  --content <dir>  with --no-cms: content folder (default: $WARTA_CONTENT or content)
  --now <ISO>      build as if it were this instant (default: the current time)
  --no-search      skip the search index (faster rebuilds)
  --repo <dir>     the repository whose main the admin edits and the site shows (default: this
                   checkout); its clone and drafts live in <dir>/.cache
  --out <dir>      output folder of the local site (default: _site)
  --cms-port <n>   port of the admin's local Git server (default: 8081, which the built admin
                   expects; 0 picks a free one, for tests that do not log in)
  --help           show this help

Ctrl-C stops the server.`;

const BUILD_SCRIPT = fileURLToPath(new URL("./build.ts", import.meta.url));

/** Each build runs in a fresh process so edits under src/ take effect too. */
function build(args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [...process.execArgv, BUILD_SCRIPT, ...args], { stdio: "inherit" });
    child.on("error", fail);
    child.on("exit", (code) => (code === 0 ? ok() : fail(new Error(`build exited with code ${code}`))));
  });
}

async function main(): Promise<number> {
  const args = parseCommand(HELP, {
    port: { type: "string", default: "8080" },
    content: { type: "string" },
    "no-cms": { type: "boolean", default: false },
    now: { type: "string" },
    "no-search": { type: "boolean", default: false },
    "cms-port": { type: "string" },
    repo: { type: "string", default: process.cwd() },
    out: { type: "string", default: "_site" },
  });
  if (typeof args === "number") return args;
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port: not a port number: ${args.port}\n`);
    return 2;
  }
  let cms: LocalCms | undefined;
  // The admin page's own origin is the only one the local CMS server answers.
  const sitePort = port === 0 ? await freePort() : port;
  if (!args["no-cms"]) {
    try {
      cms = await startLocalCms({
        repoDir: args.repo,
        ...(args["cms-port"] !== undefined ? { port: Number(args["cms-port"]) } : {}),
        adminOrigins: [`http://127.0.0.1:${sitePort}`, `http://localhost:${sitePort}`],
        log: (line) => console.log(line),
        onMainChanged: (commit) => console.log(`Entri diterbitkan (main ${commit.slice(0, 7)}); membangun ulang …`),
      });
    } catch (error) {
      process.stderr.write(`${(error as Error).message}\n`);
      return 1;
    }
  }
  try {
    return await serve(args, sitePort, cms);
  } finally {
    await cms?.stop();
  }
}

async function serve(args: { content?: string; out: string; now?: string; "no-search": boolean }, port: number, cms: LocalCms | undefined): Promise<number> {
  // With the admin, the public site is what the clone's main holds: a published entry appears.
  const content = cms ? join(cms.mainDir, "content") : (args.content ?? (process.env.WARTA_CONTENT || "content"));
  // Content the build refuses is listed in the terminal (by the build) and in the admin's notice.
  const buildArgs = ["--content", content, "--out", args.out, "--problems", join(args.out, "admin", PROBLEMS_FILE), ...(args.now ? ["--now", args.now] : []), ...(args["no-search"] ? ["--no-search"] : [])];

  try {
    await build(buildArgs);
  } catch {
    // With the admin, main may hold content the build refuses (a hand-made commit): the last good
    // site stays up, and the admin says what to fix; fixing it on main rebuilds.
    if (!cms || !(await stat(join(args.out, "index.html")).then(() => true, () => false))) {
      process.stderr.write("The first build failed (see above). Fix the problem and run npm start again.\n");
      return 1;
    }
    process.stderr.write("Situs terakhir yang berhasil dibangun tetap disajikan; perbaiki masalah di atas di cabang main.\n");
  }
  let server;
  try {
    server = await startDevServer({
      root: args.out,
      host: "127.0.0.1",
      port,
      watch: [content, "src", "admin"],
      rebuild: () => {
        console.log("Perubahan terdeteksi, membangun ulang …");
        return build([...buildArgs, "--quiet"]).then(() => console.log("Selesai; halaman dimuat ulang."));
      },
    });
  } catch (error) {
    process.stderr.write(`Cannot serve on 127.0.0.1:${port}: ${(error as Error).message}\n(Use --port to pick another port.)\n`);
    return 1;
  }
  console.log(`\nSitus berjalan di ${server.url}  (Ctrl-C untuk berhenti)`);
  if (cms) console.log(describeLocalCms(cms, server.url));
  console.log("");
  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  console.log("Server dihentikan.");
  return 0;
}

process.exitCode = await main();
