/**
 * GitHub's OAuth web flow as a local server, answering in the shapes GitHub documents
 * ("Authorizing OAuth apps", "Troubleshooting authorization request errors", "Troubleshooting
 * OAuth app access token request errors"):
 *
 * - `GET /login/oauth/authorize?client_id&redirect_uri&scope&state` → 302 to `redirect_uri` with
 *   `code` and the same `state`; when the user "denies", with `error=access_denied`,
 *   `error_description`, `error_uri` and `state` instead;
 * - `POST /login/oauth/access_token` (JSON or form body, `Accept: application/json`) →
 *   `{access_token, scope, token_type: "bearer"}`; a wrong code, client id/secret or redirect URI
 *   → **HTTP 200** with `{error, error_description, error_uri}`. A code works once.
 * - PKCE ("PKCE support for OAuth and GitHub App authentication", GitHub changelog 2025-07-14): a
 *   code asked for with `code_challenge` + `code_challenge_method=S256` is exchanged only with the
 *   matching `code_verifier`. GitHub documents no error code of its own for a wrong verifier; the
 *   fake answers as for any code it will not honour (`bad_verification_code`).
 *
 * `extra` handles any other request (the REST API for the browser test).
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeOAuthOptions {
  clientId: string;
  clientSecret: string;
  /** The registered "Authorization callback URL". */
  callbackUrl: string;
  /** Answers requests the OAuth routes do not; return false for 404. */
  extra?: (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;
}

export interface TokenRequest {
  accept: string | undefined;
  body: Record<string, string>;
}

const TROUBLESHOOT =
  "https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors";

export class FakeGitHubOAuth {
  url = "";
  /** What the user does on the authorize page. */
  decision: "authorize" | "deny" = "authorize";
  /** Forces the token endpoint's answer (e.g. `bad_verification_code`). */
  tokenError: string | undefined;
  readonly tokenRequests: TokenRequest[] = [];
  readonly authorizeRequests: URLSearchParams[] = [];
  /** Tokens handed out, to check they went nowhere else. */
  readonly issuedTokens: string[] = [];
  private readonly codes = new Map<string, { scope: string; challenge: string | null }>();
  private server: Server | undefined;

  constructor(private readonly options: FakeOAuthOptions) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res).catch(() => res.writeHead(500).end()));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    if (req.method === "GET" && url.pathname === "/login/oauth/authorize") return this.authorize(url, res);
    if (req.method === "POST" && url.pathname === "/login/oauth/access_token") return this.token(req, res);
    if (this.options.extra && (await this.options.extra(req, res, url))) return;
    res.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ message: "Not Found" }));
  }

  private authorize(url: URL, res: ServerResponse): void {
    this.authorizeRequests.push(url.searchParams);
    const redirect = new URL(url.searchParams.get("redirect_uri") ?? this.options.callbackUrl);
    const state = url.searchParams.get("state") ?? "";
    if (url.searchParams.get("client_id") !== this.options.clientId) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("Not Found");
      return;
    }
    if (redirect.href !== this.options.callbackUrl) {
      redirect.href = this.options.callbackUrl;
      redirect.searchParams.set("error", "redirect_uri_mismatch");
    } else if (this.decision === "deny") {
      redirect.searchParams.set("error", "access_denied");
      redirect.searchParams.set("error_description", "The user has denied your application access.");
      redirect.searchParams.set(
        "error_uri",
        "/apps/building-integrations/setting-up-and-registering-oauth-apps/troubleshooting-authorization-request-errors/#access-denied",
      );
    } else {
      const code = randomBytes(10).toString("hex");
      const method = url.searchParams.get("code_challenge_method");
      if (url.searchParams.has("code_challenge") && method !== "S256")
        throw new Error(`the fake, like GitHub, takes S256 only, not ${method}`);
      this.codes.set(code, {
        scope: url.searchParams.get("scope") ?? "",
        challenge: url.searchParams.get("code_challenge"),
      });
      redirect.searchParams.set("code", code);
    }
    redirect.searchParams.set("state", state);
    res.writeHead(302, { Location: redirect.href }).end();
  }

  private async token(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body: Record<string, string> = (req.headers["content-type"] ?? "").includes("json")
      ? (JSON.parse(raw) as Record<string, string>)
      : Object.fromEntries(new URLSearchParams(raw));
    this.tokenRequests.push({ accept: req.headers.accept, body });
    const error = (code: string, description: string) => ({
      error: code,
      error_description: description,
      error_uri: `${TROUBLESHOOT}#${code.replace(/_/g, "-")}`,
    });
    let answer: object;
    if (this.tokenError) answer = error(this.tokenError, "Forced by the test.");
    else if (body.client_id !== this.options.clientId || body.client_secret !== this.options.clientSecret)
      answer = error("incorrect_client_credentials", "The client_id and/or client_secret passed are incorrect.");
    else if (body.redirect_uri && body.redirect_uri !== this.options.callbackUrl)
      answer = error(
        "redirect_uri_mismatch",
        "The redirect_uri MUST match the registered callback URL for this application.",
      );
    else if (!body.code || !this.codes.has(body.code))
      answer = error("bad_verification_code", "The code passed is incorrect or expired.");
    else if (!verifierMatches(this.codes.get(body.code)!.challenge, body.code_verifier))
      answer = error("bad_verification_code", "The code passed is incorrect or expired.");
    else {
      const { scope } = this.codes.get(body.code)!;
      this.codes.delete(body.code);
      const token = `gho_${randomBytes(18).toString("base64url")}`;
      this.issuedTokens.push(token);
      answer = { access_token: token, scope, token_type: "bearer" };
    }
    // GitHub answers these errors with 200, not 4xx.
    res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(answer));
  }
}

/** RFC 7636 S256: BASE64URL(SHA256(verifier)) == challenge; a code asked for without a challenge needs none. */
function verifierMatches(challenge: string | null, verifier: string | undefined): boolean {
  if (challenge === null) return true;
  return Boolean(verifier) && createHash("sha256").update(verifier!).digest("base64url") === challenge;
}
