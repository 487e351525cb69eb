/**
 * The page the popup shows after GitHub sends the user back: it speaks Decap's popup protocol
 * (`NetlifyAuthenticator` in decap-cms-lib-auth) with the admin window that opened it.
 *
 * 1. popup → opener: `authorizing:github`, posted to each allowed site origin by name (a window of
 *    any other origin never receives it);
 * 2. opener → popup: the same string back (Decap answers only when the sender's origin equals its
 *    `base_url`);
 * 3. popup → opener: `authorization:github:success:{"token":…,"provider":"github"}` or
 *    `authorization:github:error:{"message":…}`, posted only when step 2 came from the opener
 *    and from an allowed origin, and only to that origin. Never to `*`.
 */
import { randomBytes } from "node:crypto";

export const PROVIDER = "github";

export type PopupResult = { token: string } | { error: string };

/** The message Decap parses after `authorization:github:success:` / `:error:`. */
export function resultMessage(result: PopupResult): string {
  return "token" in result
    ? `authorization:${PROVIDER}:success:${JSON.stringify({ token: result.token, provider: PROVIDER })}`
    : `authorization:${PROVIDER}:error:${JSON.stringify({ message: result.error, provider: PROVIDER })}`;
}

/** JSON that may sit inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface PopupPage {
  html: string;
  /** The Content-Security-Policy that lets only this page's own script and style run. */
  csp: string;
}

export function popupPage(result: PopupResult, allowedOrigins: string[]): PopupPage {
  const nonce = randomBytes(18).toString("base64");
  const heading = "token" in result ? "Berhasil masuk dengan GitHub" : "Gagal masuk dengan GitHub";
  const detail = "token" in result ? "Menyerahkan akses ke halaman admin…" : result.error;
  const noOpener =
    "Halaman ini hanya bekerja bila dibuka dari tombol “Masuk dengan GitHub” di halaman admin situs. Tutup jendela ini lalu klik tombol itu lagi.";
  const html = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${heading} · Warta</title>
<style nonce="${nonce}">body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1d1d1d}h1{font-size:1.25rem}</style>
</head>
<body>
<h1>${heading}</h1>
<p id="status">${escapeHtml(detail)}</p>
<script nonce="${nonce}">
(function () {
  var origins = ${scriptJson(allowedOrigins)};
  var handshake = ${scriptJson(`authorizing:${PROVIDER}`)};
  var result = ${scriptJson(resultMessage(result))};
  var opener = window.opener;
  if (!opener) {
    document.getElementById("status").textContent = ${scriptJson(noOpener)};
    return;
  }
  window.addEventListener("message", function (event) {
    if (event.source !== opener || origins.indexOf(event.origin) < 0 || event.data !== handshake) return;
    opener.postMessage(result, event.origin);
  });
  origins.forEach(function (origin) { opener.postMessage(handshake, origin); });
})();
</script>
</body>
</html>
`;
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return { html, csp };
}
