/**
 * Logging in on a real site, end to end in Chromium: the built admin with `backend: github`,
 * `base_url`/`auth_endpoint` → our OAuth endpoint (`npm run auth`'s server), `api_root` → a local
 * GitHub (OAuth authorize + token endpoints, and the REST calls Decap makes at start, answered
 * from a real Git repository). "Masuk dengan GitHub" opens Decap's popup (NetlifyAuthenticator),
 * the popup goes /auth → GitHub → /callback, hands the token over with Decap's
 * `authorizing:github` handshake, and the collection list loads with that token. The admin is
 * served with the Cross-Origin-Opener-Policy docs/nginx.conf.example gives /admin/ (measured: with
 * `same-origin` the popup never closes and the login hangs).
 *
 * A second page, from another origin, opens the same endpoint and speaks the same protocol: it
 * must receive nothing, while the endpoint did put a token in its popup.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAuthServer, type AuthServer } from "../../src/auth/server.ts";
import type { AuthSettings } from "../../src/auth/settings.ts";
import { cmsConfig, cmsConfigYaml } from "../../src/cms/config.ts";
import { readSiteFile } from "../../src/cms/generate.ts";
import { copyAdmin } from "../../src/cms/site.ts";
import { launchChromium, localOnlyContext } from "../../src/monev/browser.ts";
import { serveStatic, type StaticServer } from "../../src/site/serve.ts";
import { FakeGitHubOAuth } from "../auth/fake-github-oauth.ts";
import { makeContentRepo } from "../../src/cms/content-repo.ts";
import { gitBackedRest } from "./login/github-rest.ts";

const CLIENT_ID = "Ov23liWartaUji000001";
const CLIENT_SECRET = "f00dfacef00dfacef00dfacef00dfacef00dface";
const EDITOR = "editor-uji";
/** The page a foreign site would use: opens the endpoint, answers every handshake, keeps what it gets. */
const FOREIGN_PAGE = `<!doctype html><meta charset="utf-8"><title>bukan situs dinas</title><script>
window.received = [];
window.addEventListener("message", function (e) {
  window.received.push(String(e.data));
  if (e.data === "authorizing:github") e.source.postMessage(e.data, e.origin);
});
window.openLogin = function (url) {
  window.popup = window.open(url, "login", "width=600,height=500");
  // Knowing the protocol, it also asks first: the popup must not answer an origin it does not trust.
  window.asker = setInterval(function () { try { window.popup.postMessage("authorizing:github", "*"); } catch (e) {} }, 100);
};
</script>`;

/**
 * The header the nginx example sends with /admin/. With `same-origin` the popup would lose
 * window.opener (HTML spec, COOP) and the login could never finish.
 */
const adminCoop = /map \$uri \$warta_coop \{[^}]*~\^\/admin\/\s+"([^"]*)";/.exec(
  await readFile("docs/nginx.conf.example", "utf8"),
)?.[1];

/** A front for the static server that adds the admin's COOP header, as nginx does. */
async function withAdminCoop(upstream: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    void fetch(`${upstream}${req.url}`).then(
      async (answer) => {
        const body = Buffer.from(await answer.arrayBuffer());
        res.writeHead(answer.status, {
          "Content-Type": answer.headers.get("content-type") ?? "application/octet-stream",
          ...(adminCoop ? { "Cross-Origin-Opener-Policy": adminCoop } : {}),
        });
        res.end(body);
      },
      () => res.writeHead(502).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

let tmp: string;
let github: FakeGitHubOAuth;
let rest: ReturnType<typeof gitBackedRest>;
let auth: AuthServer;
let site: StaticServer;
/** The built site as docs/nginx.conf.example serves /admin/: with its Cross-Origin-Opener-Policy. */
let admin: { origin: string; server: Server };
let browser: Browser;
let context: BrowserContext;
let page: Page;
let repoName: string;
/** Titles of the news items in the repository the fake GitHub serves. */
let newsTitles: string[];
const authLog: string[] = [];
const consoleLines: string[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "warta-login-e2e-"));
  const repo = await makeContentRepo(join(tmp, "repo"), {
    keep: { berita: 2, galeri: 1, pengumuman: 1, agenda: 1, "informasi-publik": 1 },
  });
  const siteSettings = await readSiteFile(join(repo, "content", "_data", "site.yml"));
  repoName = siteSettings.repo;
  const newsDir = join(repo, "content", "berita");
  newsTitles = await Promise.all(
    (await readdir(newsDir)).map(async (f) => String(matter(await readFile(join(newsDir, f), "utf8")).data.title)),
  );

  const callback = { url: "" };
  rest = gitBackedRest({ repoDir: repo, fullName: repoName, login: EDITOR, validTokens: () => github.issuedTokens });
  github = await new FakeGitHubOAuth({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    get callbackUrl() {
      return callback.url;
    },
    extra: (req, res, url) => {
      if (url.pathname === "/asing/") {
        res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(FOREIGN_PAGE);
        return true;
      }
      return rest.handle(req, res, url);
    },
  }).start();

  site = await serveStatic(join(tmp, "site"));
  admin = await withAdminCoop(site.origin);
  const settings: AuthSettings = {
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    allowedOrigins: [admin.origin],
    publicUrl: "",
    host: "127.0.0.1",
    port: 0,
    scope: "repo",
    githubUrl: github.url,
  };
  auth = await startAuthServer(settings, { log: (line) => authLog.push(line) });
  callback.url = `${auth.url}/callback`;

  // The admin as the build publishes it, its config generated with this endpoint and this GitHub.
  await copyAdmin(join(tmp, "site"), { contentDir: join(repo, "content") });
  const config = cmsConfig(
    { ...siteSettings, authUrl: `${auth.url}/auth` },
    { githubApiRoot: github.url, noLocalBackend: true },
  );
  await writeFile(join(tmp, "site", "admin", "config.yml"), cmsConfigYaml(config));

  browser = await launchChromium();
  context = await localOnlyContext(browser, {
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    viewport: { width: 1300, height: 900 },
  });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on("console", (m) => consoleLines.push(m.text()));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  admin?.server.closeAllConnections();
  admin?.server.close();
  await site?.close();
  await auth?.close();
  await github?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe("admin login through the project's OAuth endpoint (Chromium)", () => {
  it("Masuk dengan GitHub → popup → token handed to the admin → the collection list loads from GitHub", async () => {
    await page.goto(`${admin.origin}/admin/`, { waitUntil: "commit" });
    expect(adminCoop).toBe("same-origin-allow-popups");
    const login = page.getByRole("button", { name: "Masuk dengan GitHub" });
    await login.waitFor({ timeout: 90_000 });
    const [popup] = await Promise.all([page.waitForEvent("popup"), login.click()]);
    await popup.waitForEvent("close", { timeout: 30_000 }); // Decap closes it after the success message

    // The collection list, read with the token from GitHub's API.
    await page.locator('a[href="#/collections/berita/new"]').waitFor({ timeout: 60_000 });
    // An entry of the sample repository, listed from its tree and read from its blob.
    const entryTitle = await page
      .locator('a[href^="#/collections/berita/entries/"]')
      .first()
      .innerText({ timeout: 60_000 });
    expect(newsTitles.some((title) => entryTitle.includes(title))).toBe(true);
    const served = (part: string) => rest.requests.filter((r) => r.path.includes(part)).map((r) => r.status);
    expect(served("/git/trees/main:content/berita")).toContain(200);
    expect(served("/git/blobs/")).toContain(200);

    // One code exchanged, one token, and every API call carried it.
    expect(github.tokenRequests).toHaveLength(1);
    expect(github.authorizeRequests[0]!.get("scope")).toBe("repo");
    const token = github.issuedTokens[0]!;
    expect(rest.requests.length).toBeGreaterThan(2);
    for (const request of rest.requests) expect(request.authorization).toBe(`token ${token}`);
    expect(rest.requests.map((r) => r.path)).toEqual(expect.arrayContaining(["/user", `/repos/${repoName}`]));
    // Decap keeps the user (with the token) in this origin's storage, as it does after Netlify's service.
    const stored = await page.evaluate(() => localStorage.getItem("decap-cms-user"));
    expect(JSON.parse(stored ?? "{}")).toMatchObject({ token, login: EDITOR });
    expect(authLog.join("\n")).not.toContain(token);
  }, 180_000);

  it("a page of another origin that opens the endpoint gets no token and no handshake", async () => {
    const foreign = await context.newPage();
    await foreign.goto(`${github.url}/asing/`);
    const before = github.issuedTokens.length;
    const [popup] = await Promise.all([
      foreign.waitForEvent("popup"),
      foreign.evaluate(
        (url) => (window as unknown as { openLogin(u: string): void }).openLogin(url),
        `${auth.url}/auth?provider=github&site_id=x`,
      ),
    ]);
    // The popup got through GitHub and holds a token for the allowed site only.
    await popup.getByText("Berhasil masuk dengan GitHub").waitFor();
    expect(github.issuedTokens.length).toBe(before + 1);
    // Give the popup's handshake and replies time to arrive, if they were ever going to.
    await foreign.waitForTimeout(1500);
    const received = await foreign.evaluate(() => (window as unknown as { received: string[] }).received);
    expect(received).toEqual([]);
    expect(popup.isClosed()).toBe(false);
    await foreign.close();
  }, 60_000);
});
