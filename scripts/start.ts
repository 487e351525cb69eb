/**
 * npm start [-- --port 8080] [--content content] [--help]
 * Builds the site, serves it at http://127.0.0.1:8080 and rebuilds + reloads the browser when
 * content/ or src/ changes. Ctrl-C stops.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startDevServer } from "../src/site/serve.ts";

const HELP = `Usage: npm start [-- options]

Builds the public website into _site/, serves it at http://127.0.0.1:8080 (this computer only)
and rebuilds it whenever a file under content/ or src/ changes; open pages reload by themselves.
A rebuild that fails (e.g. invalid content) is reported here and the last good site stays up.

  --port <n>       port (default: 8080; 0 picks a free one)
  --content <dir>  content folder (default: $WARTA_CONTENT or content)
  --now <ISO>      build as if it were this instant (default: the current time)
  --no-search      skip the search index (faster rebuilds)
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
  let args;
  try {
    args = parseArgs({
      options: {
        port: { type: "string", default: "8080" },
        content: { type: "string" },
        now: { type: "string" },
        "no-search": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`--port: not a port number: ${args.port}\n`);
    return 2;
  }
  const content = args.content ?? (process.env.WARTA_CONTENT || "content");
  const buildArgs = ["--content", content, "--out", "_site", ...(args.now ? ["--now", args.now] : []), ...(args["no-search"] ? ["--no-search"] : [])];

  try {
    await build(buildArgs);
  } catch {
    process.stderr.write("The first build failed (see above). Fix the problem and run npm start again.\n");
    return 1;
  }
  let server;
  try {
    server = await startDevServer({
      root: "_site",
      host: "127.0.0.1",
      port,
      watch: [content, "src"],
      rebuild: () => {
        console.log("Perubahan terdeteksi, membangun ulang …");
        return build([...buildArgs, "--quiet"]).then(() => console.log("Selesai; halaman dimuat ulang."));
      },
    });
  } catch (error) {
    process.stderr.write(`Cannot serve on 127.0.0.1:${port}: ${(error as Error).message}\n(Use --port to pick another port.)\n`);
    return 1;
  }
  console.log(`\nSitus berjalan di ${server.url}  (Ctrl-C untuk berhenti)\n`);
  await new Promise<void>((stop) => {
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  await server.close();
  console.log("Server dihentikan.");
  return 0;
}

process.exitCode = await main();
