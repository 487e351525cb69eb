/**
 * The OAuth endpoint's settings, read from the environment only (the client secret must never
 * sit in a file in the repository). Errors name the variable and the fix; no value is echoed.
 */

export interface AuthSettings {
  clientId: string;
  clientSecret: string;
  /** Site origins (scheme://host[:port]) that may receive a token; nothing else ever does. */
  allowedOrigins: string[];
  /** Where this endpoint is reached from browsers, e.g. https://dinas.go.id/oauth (no trailing slash). */
  publicUrl: string;
  host: string;
  port: number;
  /** `repo` (private and public repositories) or `public_repo` (public repositories only). */
  scope: "repo" | "public_repo";
  /** GitHub's web address: https://github.com, or a local stand-in in tests. */
  githubUrl: string;
}

export const DEFAULT_AUTH_PORT = 8090;
export const DEFAULT_GITHUB_URL = "https://github.com";
const SCOPES = ["repo", "public_repo"] as const;

/** The variables `npm run auth` reads, with what each is for (shown by `--help` and the docs). */
export const AUTH_ENV = {
  WARTA_OAUTH_CLIENT_ID: "Client ID OAuth App GitHub (wajib)",
  WARTA_OAUTH_CLIENT_SECRET: "client secret OAuth App GitHub (wajib; tidak pernah dicetak)",
  WARTA_OAUTH_ORIGINS: "origin situs yang boleh menerima token, dipisah koma, mis. https://dinas.go.id (wajib)",
  WARTA_OAUTH_PUBLIC_URL:
    "alamat endpoint ini seperti dibuka peramban, mis. https://dinas.go.id/oauth (bawaan: http://<alamat dengar>)",
  WARTA_OAUTH_LISTEN: `host:port tempat mendengar (bawaan 127.0.0.1:${DEFAULT_AUTH_PORT}; pasang nginx di depannya)`,
  WARTA_OAUTH_SCOPE: "repo (bawaan) atau public_repo (hanya bila repositori publik)",
  WARTA_OAUTH_GITHUB_URL: `alamat GitHub (bawaan ${DEFAULT_GITHUB_URL})`,
} as const;

export class AuthSettingsError extends Error {}

/** An origin as browsers report it in `MessageEvent.origin`: lower-case scheme://host[:port]. */
export function parseOrigin(value: string, variable: string): string {
  const url = URL.parse(value.trim());
  const ok = url !== null && (url.protocol === "https:" || (url.protocol === "http:" && isLoopback(url.hostname)));
  if (!ok || url.pathname !== "/" || url.search || url.hash || url.username || url.password) {
    throw new AuthSettingsError(
      `${variable}: "${value.trim()}" bukan origin situs. Tulis https://host[:port] tanpa path, mis. https://dinas.go.id (http:// hanya untuk 127.0.0.1/localhost).`,
    );
  }
  return url.origin;
}

function isLoopback(hostname: string): boolean {
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

function parseBaseUrl(value: string, variable: string): string {
  const url = URL.parse(value.trim());
  if (
    !url ||
    (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) ||
    url.search ||
    url.hash
  ) {
    throw new AuthSettingsError(
      `${variable}: "${value.trim()}" bukan alamat yang lengkap. Tulis alamat https:// lengkap tanpa "?…" atau "#…", mis. https://dinas.go.id/oauth (http:// hanya untuk 127.0.0.1/localhost).`,
    );
  }
  return url.href.replace(/\/+$/, "");
}

export function authSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const missing = (["WARTA_OAUTH_CLIENT_ID", "WARTA_OAUTH_CLIENT_SECRET", "WARTA_OAUTH_ORIGINS"] as const).filter(
    (name) => !env[name]?.trim(),
  );
  if (missing.length)
    throw new AuthSettingsError(
      `Variabel lingkungan belum diisi: ${missing.join(", ")}. Isi nilainya dari OAuth App GitHub (lihat docs/masuk-github.md), lalu jalankan npm run auth lagi.`,
    );

  const allowedOrigins = [
    ...new Set(
      env
        .WARTA_OAUTH_ORIGINS!.split(",")
        .filter((o) => o.trim())
        .map((o) => parseOrigin(o, "WARTA_OAUTH_ORIGINS")),
    ),
  ];

  const listen = env.WARTA_OAUTH_LISTEN?.trim() || `127.0.0.1:${DEFAULT_AUTH_PORT}`;
  const match = /^(.+):(\d{1,5})$/.exec(listen);
  const port = match ? Number(match[2]) : NaN;
  if (!match || port > 65535)
    throw new AuthSettingsError(
      `WARTA_OAUTH_LISTEN: "${listen}" harus berbentuk host:port, mis. 127.0.0.1:${DEFAULT_AUTH_PORT}.`,
    );
  const host = match[1]!.replace(/^\[(.*)\]$/, "$1");

  const scope = (env.WARTA_OAUTH_SCOPE?.trim() || "repo") as AuthSettings["scope"];
  if (!SCOPES.includes(scope))
    throw new AuthSettingsError(
      `WARTA_OAUTH_SCOPE: "${scope}" tidak dikenal. Isi repo (bawaan) atau public_repo (hanya bila repositori publik).`,
    );

  return {
    clientId: env.WARTA_OAUTH_CLIENT_ID!.trim(),
    clientSecret: env.WARTA_OAUTH_CLIENT_SECRET!.trim(),
    allowedOrigins,
    publicUrl: parseBaseUrl(env.WARTA_OAUTH_PUBLIC_URL?.trim() || `http://${listen}`, "WARTA_OAUTH_PUBLIC_URL"),
    host,
    port,
    scope,
    githubUrl: parseBaseUrl(env.WARTA_OAUTH_GITHUB_URL?.trim() || DEFAULT_GITHUB_URL, "WARTA_OAUTH_GITHUB_URL"),
  };
}
