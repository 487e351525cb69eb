/**
 * The admin page's id goes to the local CMS server only: Decap's local backend (a POST to
 * `local_backend.url`, `…/api/v1` on 127.0.0.1/localhost) gets it, GitHub's API never does (a
 * custom header there would fail GitHub's CORS preflight and change what production does).
 */
import { describe, expect, it } from "vitest";
import { EDITOR_HEADER, installEditorSession } from "../../src/cms/editor-session.ts";

function fakeWindow() {
  const calls: { url: string; init?: RequestInit }[] = [];
  const win = {
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      calls.push({ url: String(input), init });
      return new Response("{}");
    },
    Headers,
    location: { href: "http://127.0.0.1:8080/admin/" },
    crypto,
  };
  return { win: win as unknown as Window & typeof globalThis, calls };
}

describe("installEditorSession", () => {
  it("adds the page's id to requests to the local backend, keeping Decap's own headers and body", async () => {
    const { win, calls } = fakeWindow();
    installEditorSession(win, "halaman-uji-1234");
    await win.fetch("http://127.0.0.1:8081/api/v1", {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8" },
      body: '{"action":"info"}',
    });
    await win.fetch("http://localhost:9000/api/v1", { method: "POST", body: "{}" });
    const headers = calls.map((c) => new Headers(c.init?.headers));
    expect(headers.map((h) => h.get(EDITOR_HEADER))).toEqual(["halaman-uji-1234", "halaman-uji-1234"]);
    expect(headers[0]!.get("content-type")).toBe("application/json; charset=utf-8");
    expect(calls[0]!.init?.body).toBe('{"action":"info"}');
  });

  it("leaves every other request alone: GitHub's API, the site's own files", async () => {
    const { win, calls } = fakeWindow();
    installEditorSession(win, "halaman-uji-1234");
    const init = { method: "GET", headers: { Authorization: "token x" } };
    await win.fetch("https://api.github.com/repos/dinas/situs/contents/content", init);
    await win.fetch("/admin/config.yml");
    expect(calls[0]!.init).toBe(init);
    expect(calls[1]!.init).toBeUndefined();
  });
});
