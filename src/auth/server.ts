/**
 * The self-hosted OAuth endpoint for Decap's GitHub backend (`npm run auth`): a plain node:http
 * server with two routes, as Decap's `NetlifyAuthenticator` opens them in a popup:
 *
 * - `GET /auth?provider=github…` → a fresh random `state` and PKCE verifier in a short-lived
 *   HttpOnly cookie, then a redirect to GitHub's authorize page with the state and the challenge;
 * - `GET /callback?code=…&state=…` → the state must equal the cookie's, the code is exchanged
 *   server-side with the cookie's verifier, and the popup page (`page.ts`) hands the token only to
 *   an allowed site origin.
 *
 * The log gets method, path and outcome; never a query string, code, state, token or secret.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { authorizeUrl, CALLBACK_PATH, exchangeCode, newPkceVerifier } from "./github.ts";
import { popupPage, PROVIDER, type PopupResult } from "./page.ts";
import type { AuthSettings } from "./settings.ts";

export const AUTH_PATH = "/auth";
export const STATE_COOKIE = "warta_oauth_state";
/** GitHub's code lives 10 minutes; the state need not outlive it. */
const STATE_MAX_AGE_S = 600;

export const MESSAGES = {
  noSession:
    "Sesi masuk tidak ditemukan: cookie sesi hilang atau sudah lewat 10 menit. Tutup jendela ini lalu klik “Masuk dengan GitHub” lagi; pastikan peramban tidak memblokir cookie dari alamat layanan masuk.",
  stateMismatch:
    "Permintaan masuk ini tidak cocok dengan sesi Anda (state berbeda), misalnya karena tombol masuk diklik dua kali atau tautan dibuka dari tempat lain. Tutup jendela ini lalu klik “Masuk dengan GitHub” sekali lagi.",
  denied:
    "Izin ditolak di GitHub: akses untuk aplikasi ini tidak diberikan, jadi Anda belum masuk. Untuk masuk, klik “Masuk dengan GitHub” lagi lalu pilih “Authorize” di GitHub.",
  authorizeError: (code: string) =>
    `GitHub menolak permintaan masuk (kode: ${code}). Minta admin kantor memeriksa pengaturan OAuth App di GitHub sesuai docs/masuk-github.md.`,
  noCode: "GitHub tidak mengirim kode masuk. Tutup jendela ini lalu klik “Masuk dengan GitHub” lagi.",
  expiredCode:
    "Kode masuk dari GitHub sudah kedaluwarsa atau sudah dipakai (bad_verification_code). Tutup jendela ini lalu klik “Masuk dengan GitHub” lagi.",
  unreachable:
    "GitHub tidak dapat dihubungi dari server layanan masuk. Coba lagi beberapa menit lagi; bila terus terjadi, minta admin kantor memeriksa koneksi server itu ke github.com.",
  exchangeError: (code: string) =>
    `Layanan masuk gagal menukar kode dengan token di GitHub (kode: ${code}). Minta admin kantor memeriksa WARTA_OAUTH_CLIENT_ID, WARTA_OAUTH_CLIENT_SECRET dan “Authorization callback URL” OAuth App (lihat docs/masuk-github.md).`,
  wrongProvider: "Layanan masuk ini hanya melayani GitHub (provider=github).",
  notFound: "Halaman tidak ada. Layanan masuk hanya menyediakan /auth dan /callback.",
};

export interface AuthServerOptions {
  /** One line per request; default: stderr. */
  log?: (line: string) => void;
  fetch?: typeof fetch;
}

export function authRequestHandler(settings: AuthSettings, options: AuthServerOptions = {}) {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const secure = settings.publicUrl.startsWith("https:");
  // Over https the cookie is a `__Host-` cookie: browsers accept that name only with Secure, Path=/
  // and no Domain, set by this very host (RFC 6265bis "cookie name prefixes"). Another host under the
  // same domain (any other *.go.id site) can then not plant a state of its own choosing and log an
  // editor in with its account (cookie tossing). Plain http (loopback only) keeps the plain name.
  const cookieName = secure ? `__Host-${STATE_COOKIE}` : STATE_COOKIE;
  const cookiePath = secure ? "/" : new URL(settings.publicUrl).pathname.replace(/\/+$/, "") || "/";
  const cookie = (value: string, maxAge: number) =>
    `${cookieName}=${value}; Path=${cookiePath}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? "; Secure" : ""}`;

  const common = (res: ServerResponse) => {
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Referrer-Policy", "no-referrer");
    res.setHeader("X-Content-Type-Options", "nosniff");
  };
  const text = (res: ServerResponse, status: number, body: string) => {
    res.writeHead(status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    });
    res.end(`${body}\n`);
  };

  async function callback(query: URLSearchParams, req: IncomingMessage, res: ServerResponse): Promise<string> {
    res.setHeader("Set-Cookie", cookie("", 0)); // one state, one use
    // The cookie holds "<state>.<PKCE verifier>" (base64url has no dot).
    const [expected, verifier = ""] = (readCookie(req.headers.cookie, cookieName) ?? "").split(".");
    const given = query.get("state") ?? "";
    let result: PopupResult;
    let status = 200;
    let outcome: string;
    if (!expected) {
      [result, status, outcome] = [{ error: MESSAGES.noSession }, 400, "ditolak: tanpa cookie state"];
    } else if (!sameSecret(expected, given)) {
      [result, status, outcome] = [{ error: MESSAGES.stateMismatch }, 400, "ditolak: state berbeda"];
    } else if (query.get("error")) {
      const code = safeCode(query.get("error")!);
      [result, status, outcome] = [
        { error: code === "access_denied" ? MESSAGES.denied : MESSAGES.authorizeError(code) },
        403,
        `ditolak GitHub: ${code}`,
      ];
    } else if (!query.get("code")) {
      [result, status, outcome] = [{ error: MESSAGES.noCode }, 400, "ditolak: tanpa code"];
    } else {
      const exchange = await exchangeCode(settings, query.get("code")!, verifier, options.fetch);
      if (exchange.ok) {
        [result, outcome] = [{ token: exchange.token }, "token dikirim ke jendela masuk"];
      } else {
        const message =
          exchange.error === "bad_verification_code"
            ? MESSAGES.expiredCode
            : exchange.error.startsWith("unreachable")
              ? MESSAGES.unreachable
              : MESSAGES.exchangeError(exchange.error);
        [result, status, outcome] = [{ error: message }, 502, `penukaran token gagal: ${exchange.error}`];
      }
    }
    const page = popupPage(result, settings.allowedOrigins);
    res.writeHead(status, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": page.csp,
      "X-Frame-Options": "DENY",
    });
    res.end(page.html);
    return outcome;
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let outcome = "";
    common(res);
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("Allow", "GET, HEAD");
        text(res, 405, "Metode tidak didukung.");
      } else if (url.pathname === AUTH_PATH) {
        const provider = url.searchParams.get("provider");
        if (provider !== null && provider !== PROVIDER) {
          text(res, 400, MESSAGES.wrongProvider);
        } else {
          const state = randomBytes(24).toString("base64url");
          const verifier = newPkceVerifier();
          res.writeHead(302, {
            Location: authorizeUrl(settings, state, verifier),
            "Set-Cookie": cookie(`${state}.${verifier}`, STATE_MAX_AGE_S),
          });
          res.end();
          outcome = "diarahkan ke GitHub";
        }
      } else if (url.pathname === CALLBACK_PATH && req.method === "HEAD") {
        // The callback spends the one-time code and the state: only the browser's GET may do that.
        res.setHeader("Allow", "GET");
        text(res, 405, "Metode tidak didukung.");
      } else if (url.pathname === CALLBACK_PATH) {
        outcome = await callback(url.searchParams, req, res);
      } else if (url.pathname === "/") {
        text(res, 200, "Layanan masuk GitHub untuk admin Warta. Buka admin situs lalu klik “Masuk dengan GitHub”.");
      } else {
        text(res, 404, MESSAGES.notFound);
      }
    } catch (error) {
      outcome = `galat: ${error instanceof Error ? error.name : "tak dikenal"}`;
      if (!res.headersSent)
        text(res, 500, "Layanan masuk mengalami galat. Coba lagi; bila terus terjadi, hubungi admin kantor.");
      else res.end();
    }
    log(`${new Date().toISOString()} ${req.method} ${url.pathname} ${res.statusCode}${outcome ? ` ${outcome}` : ""}`);
  };
}

export interface AuthServer {
  /** http://host:port of the listening socket. */
  url: string;
  close(): Promise<void>;
}

/** Listens on `settings.host:port` (port 0: any free port); an empty `publicUrl` means the listening address. */
export async function startAuthServer(settings: AuthSettings, options: AuthServerOptions = {}): Promise<AuthServer> {
  let handler: ReturnType<typeof authRequestHandler> | undefined;
  const server: Server = createServer((req, res) => void handler?.(req, res));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(settings.port, settings.host, () => resolve());
  });
  const { port, address } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  const url = `http://${host}:${port}`;
  handler = authRequestHandler({ ...settings, publicUrl: settings.publicUrl || url }, options);
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=") || undefined;
  }
  return undefined;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** GitHub's error codes are snake_case words; anything else is not echoed. */
function safeCode(value: string): string {
  return /^[a-z_]{1,60}$/.test(value) ? value : "tidak_dikenal";
}
