/** The preview server of `npm start`: local only, static files, 404 page, live reload after a rebuild. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serveStatic, startDevServer, type DevServer } from "../../src/site/serve.ts";

let root: string;
let site: string;
let watched: string;
let server: DevServer;
let rebuilds = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "warta-serve-"));
  site = join(root, "_site");
  watched = join(root, "content");
  await mkdir(join(site, "berita"), { recursive: true });
  await mkdir(watched);
  await writeFile(join(site, "index.html"), "<!doctype html><html><body><h1>Beranda</h1></body></html>");
  await writeFile(join(site, "404.html"), "<!doctype html><html><body><h1>Tidak ditemukan</h1></body></html>");
  await writeFile(join(site, "berita", "index.html"), "<!doctype html><html><body>Berita</body></html>");
  await writeFile(join(site, "feed.xml"), "<rss/>");
  server = await startDevServer({
    root: site,
    port: 0,
    watch: [watched],
    rebuild: async () => {
      rebuilds++;
    },
    log: () => {},
  });
});

afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await fetch(new URL(path, server.url), { redirect: "manual" });
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    location: res.headers.get("location"),
    body: await res.text(),
  };
};

it("listens on 127.0.0.1 only", () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
});

it("serves pages, folders as index.html, and files with their type", async () => {
  const home = await get("/");
  expect(home.status).toBe(200);
  expect(home.type).toMatch(/text\/html/);
  expect(home.body).toContain("<h1>Beranda</h1>");
  expect((await get("/berita/")).body).toContain("Berita");
  expect((await get("/berita")).location).toBe("/berita/");
  expect((await get("/feed.xml")).type).toMatch(/application\/xml/);
});

it("answers unknown addresses with the 404 page and status 404", async () => {
  const missing = await get("/tidak/ada/");
  expect(missing.status).toBe(404);
  expect(missing.body).toContain("Tidak ditemukan");
});

it("does not serve files outside the site folder", async () => {
  await writeFile(join(root, "rahasia.txt"), "rahasia");
  const statusOf = (path: string) =>
    new Promise<number>((ok, fail) => {
      const req = request(new URL(server.url), { path }, (res) => {
        res.resume();
        ok(res.statusCode ?? 0);
      });
      req.on("error", fail);
      req.end();
    });
  expect(await statusOf("/../rahasia.txt")).toBe(404);
  expect(await statusOf("/..%2frahasia.txt")).toBe(403);
});

it("rebuilds when a watched file changes and tells open pages to reload", async () => {
  const page = await get("/");
  expect(page.body).toMatch(/EventSource\("\/__warta\/reload"\)/);

  const controller = new AbortController();
  const events = await fetch(new URL("/__warta/reload", server.url), { signal: controller.signal });
  const reader = events.body!.getReader();
  const decoder = new TextDecoder();
  let received = "";
  const reloaded = (async () => {
    while (!received.includes("data: reload")) {
      const { value, done } = await reader.read();
      if (done) break;
      received += decoder.decode(value);
    }
  })();
  await writeFile(join(watched, "berita.md"), "baru");
  await reloaded;
  controller.abort();
  expect(rebuilds).toBeGreaterThanOrEqual(1);
  expect(received).toContain("data: reload");
});

it("serveStatic serves the same site exactly as built: no reload script, the 404 page with status 404", async () => {
  const host = await serveStatic(site);
  try {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const home = await fetch(`${host.origin}/`);
    const body = await home.text();
    expect(body).toContain("<h1>Beranda</h1>");
    expect(body).not.toContain("EventSource");
    const missing = await fetch(`${host.origin}/tidak/ada/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Tidak ditemukan");
  } finally {
    await host.close();
  }
});
