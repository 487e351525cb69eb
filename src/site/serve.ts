/**
 * A small preview server for `npm start`: serves the built folder on 127.0.0.1 only, rebuilds when
 * watched folders change, and reloads open pages (Server-Sent Events; a one-line script is injected
 * into HTML responses here, never into the built files). Kept separate from the build so more
 * services (the Decap admin, decap-server) can be added beside it. Without live reload it is
 * `serveStatic`: the site as a static host serves it, for screenshots and browser tests.
 */
import { watch, type FSWatcher } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

/** Content types by file extension, for this server and the test servers that serve a built site. */
export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".mp4": "video/mp4",
  ".wasm": "application/wasm",
  ".woff2": "font/woff2",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
const RELOAD_PATH = "/__warta/reload";
const RELOAD_SCRIPT = `<script>new EventSource("${RELOAD_PATH}").onmessage=()=>location.reload()</script>`;

export interface DevServerOptions {
  /** The folder to serve (it may be replaced wholesale between requests). */
  root: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Folders whose changes trigger `rebuild`. */
  watch?: string[];
  /** Rebuilds `root`; a rejection is logged and the old site stays served. */
  rebuild?: () => Promise<unknown>;
  /** Inject the reload script into HTML pages (default true). */
  liveReload?: boolean;
  log?: (line: string) => void;
}

export interface DevServer {
  url: string;
  /** Tells every open page to reload. */
  reload(): void;
  close(): Promise<void>;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const root = resolve(options.root);
  const log = options.log ?? ((line: string) => console.log(line));
  const clients = new Set<ServerResponse>();

  const server = createServer((req, res) => {
    handle(root, req, res, clients, options.liveReload !== false).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(String(error));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 8080, options.host ?? "127.0.0.1", () => ok());
  });
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("server has no TCP address");
  const url = `http://${address.address}:${address.port}/`;

  const reload = () => {
    for (const client of clients) client.write("data: reload\n\n");
  };

  // Rebuild on change: coalesce bursts, never two builds at once, one more if files changed meanwhile.
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;
  let building = false;
  let again = false;
  const run = async () => {
    if (building) {
      again = true;
      return;
    }
    building = true;
    try {
      await options.rebuild?.();
      reload();
    } catch (error) {
      log(
        `Gagal membangun ulang (situs lama tetap disajikan):\n${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      building = false;
      if (again) {
        again = false;
        void run();
      }
    }
  };
  for (const dir of options.watch ?? []) {
    watchers.push(
      watch(dir, { recursive: true }, () => {
        clearTimeout(timer);
        timer = setTimeout(() => void run(), 250);
      }),
    );
  }

  return {
    url,
    reload,
    async close() {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const client of clients) client.end();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

/** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * A built site on 127.0.0.1 (random port) exactly as built, as a static host serves it: `dir/` →
 * `dir/index.html`, `dir` → redirect to `dir/`, anything missing → `404.html` with status 404.
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const server = await startDevServer({ root, port: 0, liveReload: false, log: () => {} });
  return { origin: server.url.replace(/\/$/, ""), close: () => server.close() };
}

async function handle(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  clients: Set<ServerResponse>,
  liveReload: boolean,
): Promise<void> {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
  if (path === RELOAD_PATH) {
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
    res.write(": connected\n\n");
    clients.add(res);
    req.on("close", () => clients.delete(res));
    return;
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403).end();
    return;
  }
  let status = 200;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) {
    if (!path.endsWith("/")) {
      res.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    file = join(file, "index.html");
  }
  let body = await readFile(file).catch(() => undefined);
  if (!body) {
    status = 404;
    file = join(root, "404.html");
    body = await readFile(file).catch(() => Buffer.from("404"));
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  // The admin must not reload under an editor who is typing.
  if (liveReload && type.startsWith("text/html") && !path.startsWith("/admin/"))
    body = Buffer.from(body.toString("utf8").replace("</body>", `${RELOAD_SCRIPT}</body>`));
  res.writeHead(status, { "content-type": type, "content-length": body.length, "cache-control": "no-store" });
  res.end(req.method === "HEAD" ? undefined : body);
}
