/**
 * Debian's Chromium through playwright-core. Every request that is not to 127.0.0.1 (where
 * `serveStatic` serves the built site) or a local file is blocked: the screenshots show the site
 * as built, and nothing leaves the machine.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Measured on this kind of machine (see notes/decap.md): headless without a user namespace sandbox. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export async function launchChromium(executablePath = chromiumPath()): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium tidak ditemukan di ${executablePath}: pasang dengan "apt-get install chromium" (Debian), atau tunjuk peramban lain dengan CHROMIUM_PATH, atau buat laporan tanpa tangkapan layar (--no-screenshots).`,
    );
  }
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

/** A context whose pages can reach only 127.0.0.1 and file: URLs. */
export async function localOnlyContext(
  browser: Browser,
  options: Parameters<Browser["newContext"]>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ reducedMotion: "reduce", serviceWorkers: "block", ...options });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    const local =
      url.protocol === "file:" ||
      url.protocol === "data:" ||
      (url.protocol === "http:" && url.hostname === "127.0.0.1");
    return local ? route.continue() : route.abort("blockedbyclient");
  });
  return context;
}
