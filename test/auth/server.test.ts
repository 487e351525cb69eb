/**
 * The OAuth endpoint over HTTP against a local GitHub that answers in GitHub's documented
 * shapes (see fake-github-oauth.ts). Pins: the authorize redirect carries client_id,
 * redirect_uri, scope, a PKCE S256 challenge and an unguessable state bound to an HttpOnly SameSite=Lax cookie; the
 * callback refuses a missing cookie, a wrong state and `error=access_denied` without calling the
 * token endpoint; a token endpoint error (GitHub's HTTP 200 + `error`) yields Decap's
 * `authorization:github:error:` message and no token; a token reaches the page only inside the
 * script that posts it to the allowed origins by name; nothing secret reaches the log.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startAuthServer, STATE_COOKIE, MESSAGES, type AuthServer } from "../../src/auth/server.ts";
import { authSettingsFromEnv, AuthSettingsError, type AuthSettings } from "../../src/auth/settings.ts";
import { englishWords } from "../english.ts";
import { FakeGitHubOAuth } from "./fake-github-oauth.ts";

const CLIENT_ID = "Iv1.0a1b2c3d4e5f6a7b";
const CLIENT_SECRET = "0123456789abcdef0123456789abcdef01234567";
const SITE = "https://diskominfo.lembahhijau.example";

let github: FakeGitHubOAuth;
let server: AuthServer;
let settings: AuthSettings;
const logLines: string[] = [];
/** Everything secret seen during the tests (codes, states, tokens). */
const secrets = new Set<string>([CLIENT_SECRET]);

beforeAll(async () => {
  // The endpoint's port is not known before it listens; the fake learns the callback URL after.
  const callback = { url: "" };
  github = await new FakeGitHubOAuth({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    get callbackUrl() {
      return callback.url;
    },
  }).start();
  settings = authSettingsFromEnv({
    WARTA_OAUTH_CLIENT_ID: CLIENT_ID,
    WARTA_OAUTH_CLIENT_SECRET: CLIENT_SECRET,
    WARTA_OAUTH_ORIGINS: `${SITE}, https://cadangan.lembahhijau.example`,
    WARTA_OAUTH_LISTEN: "127.0.0.1:0",
    WARTA_OAUTH_GITHUB_URL: github.url,
  });
  settings.publicUrl = ""; // the address it listens on
  server = await startAuthServer(settings, { log: (line) => logLines.push(line) });
  settings.publicUrl = server.url;
  callback.url = `${server.url}/callback`;
});

afterAll(async () => {
  await server?.close();
  await github?.stop();
});

beforeEach(() => {
  github.decision = "authorize";
  github.tokenError = undefined;
});

/** `/auth` as Decap opens it; returns the state cookie ("<state>.<PKCE verifier>") and GitHub's authorize URL. */
async function startLogin(): Promise<{
  cookie: string;
  state: string;
  verifier: string;
  authorize: URL;
  setCookie: string;
}> {
  const res = await fetch(`${server.url}/auth?provider=github&site_id=diskominfo.lembahhijau.example&scope=repo`, {
    redirect: "manual",
  });
  expect(res.status).toBe(302);
  const setCookie = res.headers.get("set-cookie") ?? "";
  const value = /warta_oauth_state=([^;]+)/.exec(setCookie)?.[1] ?? "";
  const [state = "", verifier = ""] = value.split(".");
  secrets.add(state);
  if (verifier) secrets.add(verifier);
  return {
    cookie: `${STATE_COOKIE}=${value}`,
    state,
    verifier,
    authorize: new URL(res.headers.get("location")!),
    setCookie,
  };
}

/** The user's browser at GitHub: the fake's authorize answer (302 back to our callback). */
async function atGitHub(authorize: URL): Promise<URL> {
  const res = await fetch(authorize, { redirect: "manual" });
  expect(res.status).toBe(302);
  const back = new URL(res.headers.get("location")!);
  if (back.searchParams.get("code")) secrets.add(back.searchParams.get("code")!);
  return back;
}

async function callback(
  url: URL | string,
  cookie?: string,
): Promise<{ status: number; html: string; headers: Headers }> {
  const res = await fetch(url, { redirect: "manual", headers: cookie ? { cookie } : {} });
  return { status: res.status, html: await res.text(), headers: res.headers };
}

/** The message the page will post, as the page's script holds it (a JSON string literal). */
function postedMessage(html: string): string {
  const literal = /var result = ("(?:[^"\\]|\\.)*");/.exec(html)?.[1];
  if (!literal) throw new Error("no result message in the page");
  return JSON.parse(literal) as string;
}

describe("npm run auth: /auth", () => {
  it("redirects to GitHub's authorize page with a fresh random state bound to an HttpOnly, SameSite=Lax cookie", async () => {
    const first = await startLogin();
    const second = await startLogin();
    expect(`${first.authorize.origin}${first.authorize.pathname}`).toBe(`${github.url}/login/oauth/authorize`);
    expect(first.authorize.searchParams.get("client_id")).toBe(CLIENT_ID);
    expect(first.authorize.searchParams.get("redirect_uri")).toBe(`${server.url}/callback`);
    expect(first.authorize.searchParams.get("scope")).toBe("repo");
    expect(first.authorize.searchParams.get("state")).toBe(first.state);
    expect(first.state).toMatch(/^[\w-]{32,}$/);
    expect(second.state).not.toBe(first.state);
    expect(first.setCookie).toMatch(/HttpOnly/);
    expect(first.setCookie).toMatch(/SameSite=Lax/);
    expect(first.setCookie).not.toMatch(/Secure/); // plain http here; see the https case below
    expect(first.authorize.href).not.toContain(CLIENT_SECRET);
  });

  // Cookie tossing: a page on another host of the same domain (say an old app on
  // lama.dinas.example) can set `warta_oauth_state=<its own state>; Domain=dinas.example`, get a
  // code for that state with ITS GitHub account, and send the editor's browser to /callback: the
  // editor's admin would then work under the attacker's account (login CSRF; GitHub's "Authorizing
  // OAuth apps": "If the states don't match, then a third party created the request, and you should
  // abort the process" only helps while the third party cannot choose the cookie). A `__Host-`
  // cookie (RFC 6265bis: only Secure, Path=/, no Domain, from this host) cannot be set that way.
  it("over https, binds the state to a __Host- cookie (Secure, Path=/, no Domain) and ignores a same-named cookie without the prefix", async () => {
    const https = await startAuthServer(
      { ...settings, port: 0, publicUrl: "https://dinas.example/oauth" },
      { log: (l) => logLines.push(l) },
    );
    try {
      const res = await fetch(`${https.url}/auth?provider=github`, { redirect: "manual" });
      const setCookie = res.headers.get("set-cookie") ?? "";
      const value = /^__Host-warta_oauth_state=([^;]+)/.exec(setCookie)?.[1] ?? "";
      const state = value.split(".")[0]!;
      secrets.add(state);
      secrets.add(value);
      expect(state).toMatch(/^[\w-]{32,}$/);
      expect(setCookie).toMatch(/; Secure/);
      expect(setCookie).toMatch(/; Path=\/;/);
      expect(setCookie).not.toMatch(/Domain=/i);
      expect(new URL(res.headers.get("location")!).searchParams.get("redirect_uri")).toBe(
        "https://dinas.example/oauth/callback",
      );

      const before = github.tokenRequests.length;
      const tossed = await callback(
        `${https.url}/callback?code=kode-penyerang&state=${state}`,
        `${STATE_COOKIE}=${value}`,
      );
      expect(tossed.status).toBe(400);
      expect(postedMessage(tossed.html)).toBe(
        `authorization:github:error:${JSON.stringify({ message: MESSAGES.noSession, provider: "github" })}`,
      );
      expect(github.tokenRequests.length).toBe(before);
      // The endpoint's own cookie is read (the code is then exchanged; the fake knows no such code).
      await callback(`${https.url}/callback?code=kode-lain&state=${state}`, `__Host-${STATE_COOKIE}=${value}`);
      expect(github.tokenRequests.length).toBe(before + 1);
    } finally {
      await https.close();
    }
  });

  it("asks for public_repo when so configured", async () => {
    const publicOnly = await startAuthServer(
      { ...settings, port: 0, scope: "public_repo" },
      { log: (l) => logLines.push(l) },
    );
    try {
      const res = await fetch(`${publicOnly.url}/auth?provider=github`, { redirect: "manual" });
      for (const part of (/warta_oauth_state=([^;]+)/.exec(res.headers.get("set-cookie") ?? "")?.[1] ?? "").split("."))
        secrets.add(part);
      expect(new URL(res.headers.get("location")!).searchParams.get("scope")).toBe("public_repo");
    } finally {
      await publicOnly.close();
    }
  });

  it("serves only GitHub", async () => {
    const res = await fetch(`${server.url}/auth?provider=gitlab`, { redirect: "manual" });
    expect(res.status).toBe(400);
    expect(res.headers.get("set-cookie")).toBeNull();
  });
});

describe("npm run auth: /callback", () => {
  it("exchanges the code server-side and hands Decap the token, posted only to the allowed origins by name", async () => {
    const login = await startLogin();
    const back = await atGitHub(login.authorize);
    const before = github.tokenRequests.length;
    const page = await callback(back, login.cookie);

    expect(page.status).toBe(200);
    const exchange = github.tokenRequests.slice(before);
    expect(exchange).toHaveLength(1);
    expect(exchange[0]!.accept).toBe("application/json");
    expect(exchange[0]!.body).toMatchObject({
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      code: back.searchParams.get("code"),
      redirect_uri: `${server.url}/callback`,
    });

    // Decap's side (decap-cms-lib-auth 3.3 netlify-auth.js): `handshakeCallback` answers only a
    // message whose data is "authorizing:github" and whose origin equals base_url, posting it back to
    // that origin; `authorizeCallback` then takes only messages from base_url and JSON-parses what
    // follows "authorization:github:success:" as the credentials (its `token` field is the login).
    const token = github.issuedTokens.at(-1)!;
    secrets.add(token);
    expect(postedMessage(page.html)).toBe(
      `authorization:github:success:${JSON.stringify({ token, provider: "github" })}`,
    );
    // Decap's handshake string, sent to each allowed origin by name; never a wildcard target.
    expect(page.html).toContain('var handshake = "authorizing:github"');
    expect(page.html).toContain(`var origins = ${JSON.stringify([SITE, "https://cadangan.lembahhijau.example"])}`);
    expect(page.html).not.toMatch(/postMessage\([^)]*["']\*["']/);
    expect(page.html).toContain("opener.postMessage(result, event.origin)");
    expect(page.html).toMatch(/origins\.indexOf\(event\.origin\) < 0/);
    // The token appears once: inside the script, not in the visible text.
    expect(page.html.split(token)).toHaveLength(2);
    expect(page.headers.get("cache-control")).toBe("no-store");
    const csp = page.headers.get("content-security-policy") ?? "";
    const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("unsafe-inline");
    expect(page.html).toContain(`<script nonce="${nonce}">`);
    expect(page.headers.get("set-cookie")).toMatch(/Max-Age=0/); // the state is used once
  });

  it("refuses a callback without the state cookie, and asks GitHub for nothing", async () => {
    const login = await startLogin();
    const back = await atGitHub(login.authorize);
    const before = github.tokenRequests.length;
    const page = await callback(back);
    expect(page.status).toBe(400);
    expect(postedMessage(page.html)).toBe(
      `authorization:github:error:${JSON.stringify({ message: MESSAGES.noSession, provider: "github" })}`,
    );
    expect(github.tokenRequests.length).toBe(before);
  });

  it("refuses a wrong state (another session's, or forged), and asks GitHub for nothing", async () => {
    const mine = await startLogin();
    const other = await startLogin();
    const back = await atGitHub(other.authorize);
    const before = github.tokenRequests.length;
    const page = await callback(back, mine.cookie);
    expect(page.status).toBe(400);
    expect(postedMessage(page.html)).toMatch(/^authorization:github:error:/);
    expect(page.html).toContain("state berbeda");
    expect(github.tokenRequests.length).toBe(before);

    const forged = new URL(back);
    forged.searchParams.set("state", `${mine.state.slice(0, -1)}x`);
    expect((await callback(forged, mine.cookie)).status).toBe(400);
    expect(github.tokenRequests.length).toBe(before);
  });

  it("reports a denied authorisation (error=access_denied) in Indonesian, with no token", async () => {
    github.decision = "deny";
    const login = await startLogin();
    const back = await atGitHub(login.authorize);
    expect(back.searchParams.get("error")).toBe("access_denied");
    const before = github.tokenRequests.length;
    const page = await callback(back, login.cookie);
    expect(page.status).toBe(403);
    expect(postedMessage(page.html)).toBe(
      `authorization:github:error:${JSON.stringify({ message: MESSAGES.denied, provider: "github" })}`,
    );
    expect(page.html).toContain("Izin ditolak di GitHub");
    expect(github.tokenRequests.length).toBe(before);
  });

  it("turns the token endpoint's errors (HTTP 200 with an error field) into Decap error messages", async () => {
    for (const [error, expected] of [
      ["bad_verification_code", MESSAGES.expiredCode],
      ["incorrect_client_credentials", MESSAGES.exchangeError("incorrect_client_credentials")],
    ] as const) {
      github.tokenError = error;
      const login = await startLogin();
      const back = await atGitHub(login.authorize);
      const page = await callback(back, login.cookie);
      expect(page.status).toBe(502);
      expect(postedMessage(page.html)).toBe(
        `authorization:github:error:${JSON.stringify({ message: expected, provider: "github" })}`,
      );
      expect(page.html).not.toMatch(/gho_/);
    }
    expect(MESSAGES.exchangeError("x")).toContain("WARTA_OAUTH_CLIENT_SECRET");
  });

  it("a code is good once: replaying the callback gets no token", async () => {
    const login = await startLogin();
    const back = await atGitHub(login.authorize);
    const first = await callback(back, login.cookie);
    secrets.add(github.issuedTokens.at(-1)!);
    expect(postedMessage(first.html)).toMatch(/:success:/);
    // Same cookie and URL again (the browser's back button): GitHub says bad_verification_code.
    const again = await callback(back, login.cookie);
    expect(postedMessage(again.html)).toMatch(/^authorization:github:error:/);
    expect(again.html).toContain("bad_verification_code");
  });

  // GitHub supports and recommends PKCE for OAuth Apps (changelog "PKCE support for OAuth and GitHub
  // App authentication", 2025-07-14: `code_challenge` + `code_challenge_method=S256` on authorize,
  // `code_verifier` on the token request; S256 only). Without it, a code that leaked from an
  // editor's login (an access log that keeps query strings, a shared browser's history) could be
  // replayed by anyone through this very endpoint, which adds the client secret itself; the state
  // check does not help, since the attacker brings a session of his own.
  it("sends a PKCE S256 challenge to GitHub and the matching verifier, kept in the state cookie, with the code", async () => {
    const login = await startLogin();
    expect(login.verifier).toMatch(/^[\w-]{43,128}$/);
    expect(login.authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(login.authorize.searchParams.get("code_challenge")).toBe(
      createHash("sha256").update(login.verifier).digest("base64url"),
    );
    const back = await atGitHub(login.authorize);
    const before = github.tokenRequests.length;
    const page = await callback(back, login.cookie);
    secrets.add(github.issuedTokens.at(-1)!);
    expect(postedMessage(page.html)).toMatch(/:success:/);
    expect(github.tokenRequests.slice(before)[0]!.body.code_verifier).toBe(login.verifier);
    expect(page.html).not.toContain(login.verifier);
  });

  it("a code from another browser's login, brought with the attacker's own session, gets no token", async () => {
    const victim = await startLogin();
    const leaked = (await atGitHub(victim.authorize)).searchParams.get("code")!;
    const attacker = await startLogin();
    await atGitHub(attacker.authorize); // his own, unused
    const issued = github.issuedTokens.length;
    const page = await callback(`${server.url}/callback?code=${leaked}&state=${attacker.state}`, attacker.cookie);
    expect(postedMessage(page.html)).toMatch(/^authorization:github:error:/);
    expect(github.issuedTokens.length).toBe(issued);
  });

  // The callback spends GitHub's one-time code ("Authorizing OAuth apps": a code expires after 10
  // minutes and works once) and the state. A HEAD (a link checker, a prefetch) must spend neither.
  it("refuses HEAD on /callback without touching the code or the state cookie", async () => {
    const login = await startLogin();
    const back = await atGitHub(login.authorize);
    const before = github.tokenRequests.length;
    const head = await fetch(back, { method: "HEAD", redirect: "manual", headers: { cookie: login.cookie } });
    expect(head.status).toBe(405);
    expect(head.headers.get("allow")).toBe("GET");
    expect(head.headers.get("set-cookie")).toBeNull();
    expect(github.tokenRequests.length).toBe(before);
    // The GET that follows still logs in.
    const page = await callback(back, login.cookie);
    secrets.add(github.issuedTokens.at(-1)!);
    expect(postedMessage(page.html)).toMatch(/:success:/);
  });

  it("never writes a code, state, token or the client secret to the log", () => {
    expect(logLines.some((l) => l.includes("token dikirim ke jendela masuk"))).toBe(true);
    expect(logLines.some((l) => l.includes("ditolak: state berbeda"))).toBe(true);
    for (const secret of secrets) {
      expect(secret.length).toBeGreaterThan(8);
      for (const line of logLines) expect(line).not.toContain(secret);
    }
    for (const line of logLines) expect(line).not.toMatch(/[?&](code|state)=/);
  });
});

describe("npm run auth: settings", () => {
  const base = {
    WARTA_OAUTH_CLIENT_ID: CLIENT_ID,
    WARTA_OAUTH_CLIENT_SECRET: CLIENT_SECRET,
    WARTA_OAUTH_ORIGINS: SITE,
  };

  it("listens on 127.0.0.1 by default and reads the allowed origins as browsers write them", () => {
    const s = authSettingsFromEnv({ ...base, WARTA_OAUTH_ORIGINS: "https://Dinas.Example:443/ , https://b.example" });
    expect([s.host, s.port, s.scope, s.githubUrl]).toEqual(["127.0.0.1", 8090, "repo", "https://github.com"]);
    expect(s.allowedOrigins).toEqual(["https://dinas.example", "https://b.example"]);
  });

  it("refuses a wildcard, a path, plain http off this machine, and names the variable without echoing the secret", () => {
    for (const origins of ["*", "https://dinas.example/admin/", "http://dinas.example", "dinas.example"]) {
      expect(() => authSettingsFromEnv({ ...base, WARTA_OAUTH_ORIGINS: origins })).toThrow(/WARTA_OAUTH_ORIGINS/);
    }
    expect(() => authSettingsFromEnv({ ...base, WARTA_OAUTH_CLIENT_SECRET: "" })).toThrow(/WARTA_OAUTH_CLIENT_SECRET/);
    expect(() => authSettingsFromEnv({ ...base, WARTA_OAUTH_SCOPE: "admin:org" })).toThrow(AuthSettingsError);
    try {
      authSettingsFromEnv({ ...base, WARTA_OAUTH_LISTEN: "nowhere" });
    } catch (error) {
      expect(String(error)).not.toContain(CLIENT_SECRET);
    }
  });

  it("says in Indonesian what is wrong and how to fix it", () => {
    const problem = (env: Record<string, string>) => {
      try {
        authSettingsFromEnv({ ...base, ...env });
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("expected a settings error");
    };
    const messages = [
      problem({ WARTA_OAUTH_CLIENT_ID: "", WARTA_OAUTH_ORIGINS: "" }),
      problem({ WARTA_OAUTH_ORIGINS: "https://dinas.example/admin/" }),
      problem({ WARTA_OAUTH_PUBLIC_URL: "https://dinas.example/oauth?x=1" }),
      problem({ WARTA_OAUTH_LISTEN: "nowhere" }),
      problem({ WARTA_OAUTH_SCOPE: "admin:org" }),
    ];
    expect(messages[0]).toBe(
      "Variabel lingkungan belum diisi: WARTA_OAUTH_CLIENT_ID, WARTA_OAUTH_ORIGINS. Isi nilainya dari OAuth App GitHub (lihat docs/masuk-github.md), lalu jalankan npm run auth lagi.",
    );
    expect(messages[1]).toContain("Tulis https://host[:port] tanpa path");
    expect(messages[3]).toContain("harus berbentuk host:port");
    expect(messages[4]).toContain("Isi repo (bawaan) atau public_repo");
    for (const message of messages) expect(englishWords(message), message).toEqual([]);
  });
});
