/**
 * Secrets never reach output: every line printed and every error kept in the ledger passes
 * through a masker. Graph API tokens travel in query strings and Telegram's in the URL path,
 * so URLs are scrubbed by shape as well as by value.
 */
import type { Env } from "./types.ts";

/** The channel secrets; any other variable named like a secret is masked too. */
export const SECRET_NAMES = [
  "FACEBOOK_PAGE_TOKEN",
  "INSTAGRAM_TOKEN",
  "TELEGRAM_BOT_TOKEN",
  "X_API_KEY",
  "X_API_SECRET",
  "X_ACCESS_TOKEN",
  "X_ACCESS_SECRET",
  "MASTODON_TOKEN",
  "BLUESKY_APP_PASSWORD",
] as const;

const SECRET_LIKE = /(TOKEN|SECRET|PASSWORD|API_KEY|PRIVATE_KEY)$/i;
const MASK = "***";

const URL_SHAPES: [RegExp, string][] = [
  [/([?&](?:access_token|input_token|client_secret|password)=)[^&\s"'<>]+/gi, `$1${MASK}`],
  [/\/bot\d+:[A-Za-z0-9_-]+/g, `/bot${MASK}`],
  [/\b(Bearer|OAuth)\s+[^\s"',]+/g, `$1 ${MASK}`],
  [/(oauth_(?:token|signature|consumer_key)=")[^"]*"/g, `$1${MASK}"`],
  [/("(?:accessJwt|refreshJwt|access_token|password)"\s*:\s*")[^"]*"/g, `$1${MASK}"`],
];

export class Masker {
  private readonly values = new Set<string>();

  constructor(env: Env = {}) {
    for (const [name, value] of Object.entries(env)) {
      if (value && ((SECRET_NAMES as readonly string[]).includes(name) || SECRET_LIKE.test(name))) this.add(value);
    }
  }

  /** Registers a secret learnt at run time (a session token). */
  add(value: string | undefined): void {
    // Very short values would mask ordinary words; real tokens are long.
    if (!value || value.length < 6) return;
    this.values.add(value);
    const encoded = encodeURIComponent(value);
    if (encoded !== value) this.values.add(encoded);
  }

  mask(text: string): string {
    let out = text;
    for (const value of [...this.values].sort((a, b) => b.length - a.length)) out = out.split(value).join(MASK);
    for (const [pattern, replacement] of URL_SHAPES) out = out.replace(pattern, replacement);
    return out;
  }
}

/** Replaces every secret value from `env` and strips tokens from URLs. */
export function maskSecrets(text: string, env: Env): string {
  return new Masker(env).mask(text);
}
