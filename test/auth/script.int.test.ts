/** `npm run auth` as a command: its help, and refusing bad settings without echoing the secret. */
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { AUTH_ENV } from "../../src/auth/settings.ts";

const TSX = join(process.cwd(), "node_modules", ".bin", "tsx");
const SECRET = "5ec12e7-5ec12e7-5ec12e7-5ec12e7";

async function auth(env: Record<string, string>, ...args: string[]): Promise<{ code: number; out: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("WARTA_OAUTH_")));
  try {
    const { stdout, stderr } = await promisify(execFile)(TSX, ["scripts/auth.ts", ...args], {
      env: { ...clean, ...env },
      timeout: 30_000,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

it("--help names every environment variable and the guide", async () => {
  const { code, out } = await auth({}, "--help");
  expect(code).toBe(0);
  for (const name of Object.keys(AUTH_ENV)) expect(out).toContain(name);
  expect(out).toContain("docs/masuk-github.md");
}, 60_000);

it("exits 1 naming what is missing or wrong, and never prints the client secret", async () => {
  const missing = await auth({ WARTA_OAUTH_CLIENT_SECRET: SECRET });
  expect(missing.code).toBe(1);
  expect(missing.out).toMatch(/WARTA_OAUTH_CLIENT_ID, WARTA_OAUTH_ORIGINS/);
  const wildcard = await auth({
    WARTA_OAUTH_CLIENT_ID: "Ov23li",
    WARTA_OAUTH_CLIENT_SECRET: SECRET,
    WARTA_OAUTH_ORIGINS: "*",
  });
  expect(wildcard.code).toBe(1);
  expect(wildcard.out).toContain("WARTA_OAUTH_ORIGINS");
  for (const run of [missing, wildcard]) expect(run.out).not.toContain(SECRET);
  expect(missing.out).toContain("Variabel lingkungan belum diisi");
}, 60_000);

it("exits 1 with the fix, not a stack trace, when the listening address is taken", async () => {
  const taken = createServer();
  await new Promise<void>((listening) => taken.listen(0, "127.0.0.1", listening));
  const listen = `127.0.0.1:${(taken.address() as AddressInfo).port}`;
  try {
    const run = await auth({
      WARTA_OAUTH_CLIENT_ID: "Ov23li",
      WARTA_OAUTH_CLIENT_SECRET: SECRET,
      WARTA_OAUTH_ORIGINS: "https://dinas.example",
      WARTA_OAUTH_LISTEN: listen,
    });
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      `Endpoint OAuth tidak dapat mendengar di ${listen}: alamat itu sudah dipakai program lain`,
    );
    expect(run.out).toContain("WARTA_OAUTH_LISTEN");
    expect(run.out).not.toMatch(/^\s+at /m);
    expect(run.out).not.toContain(SECRET);
  } finally {
    await new Promise((closed) => taken.close(closed));
  }
}, 60_000);
