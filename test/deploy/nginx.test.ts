/**
 * The nginx example against the site it serves: what the site's code loads must be allowed by
 * the CSP, and the paths it names for hashed files must be the ones the build writes.
 */
import { readFile } from "node:fs/promises";
import { expect, it } from "vitest";
import { loadAssets } from "../../src/site/assets.ts";
import { youtubeEmbedUrl } from "../../src/site/format.ts";
import { IMAGE_URL_PATH } from "../../src/site/images.ts";

const config = await readFile("docs/nginx.conf.example", "utf8");
/** `map $uri $name { … }` → its lines as [pattern, value]. */
function map(name: string): Map<string, string> {
  const body = new RegExp(`map \\$uri \\$${name} \\{([\\s\\S]*?)\\n\\}`).exec(config)?.[1];
  expect(body, `map $${name}`).toBeDefined();
  const entries = new Map<string, string>();
  for (const line of body!.split("\n")) {
    const m = /^\s*(\S+)\s+"([^"]*)";/.exec(line);
    if (m) entries.set(m[1]!, m[2]!);
  }
  return entries;
}
const directives = (csp: string) =>
  new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([k, ...v]) => [k!, v]),
  );

it("serves the live release through the current symlink, with the site's 404 page", () => {
  expect(config).toMatch(/^\s*root \/srv\/warta\/current;/m);
  expect(config).toMatch(/^\s*error_page 404 \/404\.html;/m);
  expect(config).not.toMatch(/^\s*open_file_cache\s/m);
});

it("the public CSP allows what the site loads and nothing inline", () => {
  const csp = directives(map("warta_csp").get("default")!);
  expect(csp.get("default-src")).toEqual(["'self'"]);
  expect(csp.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  expect(csp.get("frame-src")).toEqual([new URL(youtubeEmbedUrl("dQw4w9WgXcQ")).origin]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  for (const values of csp.values()) expect(values).not.toContain("'unsafe-inline'");
});

it("caches the hashed image and asset paths the build writes for good, HTML not at all", async () => {
  const cache = map("warta_cache");
  const longLived = [...cache].filter(([, v]) => v.includes("immutable")).map(([k]) => new RegExp(k.replace(/^~/, "")));
  const assets = await loadAssets();
  for (const url of [`${IMAGE_URL_PATH}1331UKQdDR-1440.avif`, assets.urls.css, assets.urls.video, assets.urls.search]) {
    expect(
      longLived.some((re) => re.test(url)),
      url,
    ).toBe(true);
  }
  expect(cache.get("default")).toBe("no-cache");
});

it("sends every security header on every answer", () => {
  for (const header of [
    "Content-Security-Policy",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Permissions-Policy",
    "Cache-Control",
  ]) {
    expect(config).toMatch(new RegExp(`^\\s*add_header ${header} .* always;$`, "m"));
  }
  // Only in the server block: an add_header inside a location would silently drop all the others there.
  const locations = config.match(/location [^{]*\{[^}]*\}/g) ?? [];
  for (const block of locations) expect(block).not.toContain("add_header");
});

it("lets the admin's GitHub login popup reach back to the admin (COOP) and keeps the endpoint's own CSP alone", async () => {
  // HTML spec, Cross-Origin-Opener-Policy: a document with `same-origin` that opens a popup of
  // another policy loses its link to it (window.opener is null), and Decap's login popup
  // (NetlifyAuthenticator) hands the token over through window.opener. `same-origin-allow-popups`
  // keeps popups whose own policy is unsafe-none.
  const coop = map("warta_coop");
  expect(coop.get("default")).toBe("same-origin");
  expect(coop.get("~^/admin/")).toBe("same-origin-allow-popups");
  expect(coop.get("~^/oauth/")).toBe(""); // nginx adds no header for an empty value
  expect(config).toMatch(/^\s*add_header Cross-Origin-Opener-Policy \$warta_coop always;$/m);
  // Two CSP headers are both enforced: the site's would block the endpoint's nonce script.
  expect(map("warta_csp").get("~^/oauth/")).toBe("");
  expect(map("warta_cache").get("~^/oauth/")).toBe("");
  const snippet = await readFile("docs/nginx-masuk-github.conf.example", "utf8");
  expect(snippet).not.toMatch(/add_header (Content-Security-Policy|Cross-Origin-Opener-Policy|Cache-Control)/);
  // The callback's query (one-time code, state) stays out of the access log.
  expect(snippet).toMatch(/log_format warta_oauth [^;]*\$uri/);
  expect(snippet).not.toMatch(/log_format warta_oauth [^;]*\$(request_uri|args|query_string|request)\b/);
});
