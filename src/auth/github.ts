/**
 * GitHub's OAuth web application flow for an OAuth App, as GitHub documents it
 * ("Authorizing OAuth apps"): the user is sent to `/login/oauth/authorize`, comes back to the
 * callback with `code` and `state`, and the code is exchanged server-side with
 * `POST /login/oauth/access_token` (the token endpoint sends no CORS headers, so a browser
 * cannot do this step). With `Accept: application/json` the answer is
 * `{access_token, scope, token_type}`, or, still with HTTP 200, `{error, error_description,
 * error_uri}` (e.g. `bad_verification_code`, `incorrect_client_credentials`,
 * `redirect_uri_mismatch`: "Troubleshooting OAuth app access token request errors").
 */
import { createHash, randomBytes } from "node:crypto";
import type { AuthSettings } from "./settings.ts";

export const CALLBACK_PATH = "/callback";

export function callbackUrl(settings: AuthSettings): string {
  return `${settings.publicUrl}${CALLBACK_PATH}`;
}

/**
 * PKCE (RFC 7636), which GitHub supports and recommends for OAuth Apps ("PKCE support for OAuth and
 * GitHub App authentication", changelog 2025-07-14; S256 only): a code is then worth a token only
 * with the verifier kept in this browser's cookie, so a code that leaks (an access log, history)
 * cannot be redeemed through this endpoint from another session.
 */
export function newPkceVerifier(): string {
  return randomBytes(32).toString("base64url"); // 43 characters, the RFC's minimum length
}

export function pkceChallenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

export function authorizeUrl(settings: AuthSettings, state: string, verifier: string): string {
  const url = new URL(`${settings.githubUrl}/login/oauth/authorize`);
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("redirect_uri", callbackUrl(settings));
  url.searchParams.set("scope", settings.scope);
  url.searchParams.set("state", state);
  url.searchParams.set("allow_signup", "false");
  url.searchParams.set("code_challenge", pkceChallenge(verifier));
  url.searchParams.set("code_challenge_method", "S256");
  return url.href;
}

export type TokenExchange = { ok: true; token: string } | { ok: false; error: string };

/** Exchanges the callback's code for a user token. Never throws; an error carries GitHub's error code only. */
export async function exchangeCode(
  settings: AuthSettings,
  code: string,
  verifier: string,
  fetchImpl: typeof fetch = fetch,
): Promise<TokenExchange> {
  let response: Response;
  try {
    response = await fetchImpl(`${settings.githubUrl}/login/oauth/access_token`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/json", "User-Agent": "warta-oauth" },
      body: JSON.stringify({
        client_id: settings.clientId,
        client_secret: settings.clientSecret,
        code,
        code_verifier: verifier,
        redirect_uri: callbackUrl(settings),
      }),
      signal: AbortSignal.timeout(15_000),
      redirect: "error",
    });
  } catch (error) {
    return { ok: false, error: `unreachable (${error instanceof Error ? error.name : "error"})` };
  }
  if (!response.ok) return { ok: false, error: `http_${response.status}` };
  const body = (await response.json().catch(() => undefined)) as
    { access_token?: unknown; token_type?: unknown; error?: unknown } | undefined;
  if (body && typeof body.error === "string")
    return { ok: false, error: body.error.replace(/[^\w-]/g, "").slice(0, 60) };
  if (body && typeof body.access_token === "string" && body.access_token) return { ok: true, token: body.access_token };
  return { ok: false, error: "malformed_response" };
}
