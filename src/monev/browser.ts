/**
 * Debian's Chromium through playwright-core, and a tiny static server for the built site on
 * 127.0.0.1. Every request that is not to that server (or a local file) is blocked: the
 * screenshots show the site as built, and nothing leaves the machine.
 */
import { createReadStream, existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type BrowserContext } from "playwright-core";
import { CONTENT_TYPES } from "../site/serve.ts";

/** Measured on this kind of machine (see notes/decap.md): headless without a user namespace sandbox. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export async function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium tidak ditemukan di ${executablePath}: pasang dengan "apt-get install chromium" (Debian), atau tunjuk peramban lain dengan CHROMIUM_PATH, atau buat laporan tanpa tangkapan layar (--no-screenshots).`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A context whose pages can reach only 127.0.0.1 and file: URLs. */
export async function localOnlyContext(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ reducedMotion: "reduce", serviceWorkers: "block", ...options });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === "file:" || url.protocol === "data:" || (url.protocol === "http:" && url.hostname === "127.0.0.1");
    return local ? route.continue() : route.abort("blockedbyclient");
  });
  return context;
}


export interface SiteServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  url: string;
  close(): Promise<void>;
}

/** Serves a built site folder read-only on 127.0.0.1 (random port); `/x/` serves `/x/index.html`. */
export async function serveSite(dir: string): Promise<SiteServer> {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, "index.html");
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("tidak ditemukan");
      res.writeHead(200, { "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", "content-length": info.size });
      createReadStream(file).pipe(res);
    } catch {
      if (!res.headersSent) res.writeHead(400);
      res.end();
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
