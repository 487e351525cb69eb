/**
 * The built site over HTTP on 127.0.0.1 (random port), as a static host serves it: `dir/` →
 * `dir/index.html`, `dir` → redirect to `dir/`, anything missing → `404.html` with status 404.
 * Nothing is injected (unlike the preview server), so the browser sees exactly the built files.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { CONTENT_TYPES } from "../../../src/site/serve.ts";


export interface SiteServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(dir: string): Promise<SiteServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) return void res.writeHead(403).end();
      const info = await stat(file).catch(() => undefined);
      if (info?.isDirectory()) {
        if (!path.endsWith("/")) return void res.writeHead(301, { location: `${path}/` }).end();
        file = join(file, "index.html");
      }
      let status = 200;
      let body = await readFile(file).catch(() => undefined);
      if (!body) {
        status = 404;
        file = join(root, "404.html");
        body = await readFile(file);
      }
      res.writeHead(status, { "content-type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", "content-length": body.length });
      res.end(req.method === "HEAD" ? undefined : body);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end(String(error));
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok());
  });
  const { port } = server.address() as { port: number };
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
