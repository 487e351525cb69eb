/**
 * Which open admin page a request to the local CMS server comes from. Decap's local backend sends
 * no identity at all (no login, no token), so the local guard (`guard.ts`) could not tell two
 * editors apart, nor refuse a save based on a version an editor never saw. Every page load gets
 * a random id, sent as a header on requests to the local server only (the GitHub API never sees
 * it), so a reload is a new reader that sees the newest version.
 */

/** The request header carrying the page's id. */
export const EDITOR_HEADER = "x-warta-editor";

/** The local backend Decap uses on 127.0.0.1/localhost: `local_backend.url`, ending in `/api/v1`. */
export function isLocalBackendUrl(url: URL): boolean {
  return (url.hostname === "127.0.0.1" || url.hostname === "localhost") && url.pathname.endsWith("/api/v1");
}

export function installEditorSession(win: Window & typeof globalThis, id: string = win.crypto.randomUUID()): void {
  const original = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), win.location.href);
    if (!isLocalBackendUrl(url)) return original(input, init);
    const headers = new win.Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    headers.set(EDITOR_HEADER, id);
    return original(input, { ...init, headers });
  };
}
