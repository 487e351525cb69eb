/**
 * HTTP calls to the channels' APIs: timeouts, bounded retries with backoff that honours
 * `Retry-After` (seconds or HTTP date), rate-limit reset headers and Telegram's
 * `parameters.retry_after`, and the one distinction that prevents double posts: a failure is
 * either definite (nothing was posted → `failed`) or ambiguous (the request may have been
 * processed → `unknown`, looked up before anything is sent again).
 */
import { Masker } from "./secrets.ts";

/**
 * What a call does on the remote side:
 * `read` changes nothing; `idempotent` may be repeated safely (a key or record key makes it so);
 * `create` posts something and must never be repeated blindly.
 */
export type Effect = "read" | "idempotent" | "create";

export interface ApiCall {
  method: "GET" | "POST" | "HEAD";
  url: string;
  headers?: Record<string, string>;
  body?: string | URLSearchParams | FormData | Uint8Array<ArrayBuffer>;
  effect: Effect;
  /** Headers computed afresh for every attempt (OAuth 1.0a needs a new nonce and timestamp). */
  sign?: () => Record<string, string>;
  /** Keep the body as bytes (images). */
  binary?: boolean;
}

export interface ApiReply {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed JSON body, or undefined when the body is not JSON. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a provider's JSON body, read field by field with optional chaining
  json: any;
  /** The body as bytes, for `binary` calls. */
  bytes?: Uint8Array<ArrayBuffer>;
}

/** How a channel reads its own error bodies. */
export interface Diagnosis {
  /** A short, plain message (Indonesian), secrets already absent. */
  message: string;
  /** The token or password was refused: the message names the secret to check. */
  auth?: boolean;
  /** A rate limit or transient error that says nothing was done (Graph's `is_transient`, 429s). */
  retryable?: boolean;
  /** A wait the body asks for (Telegram's `parameters.retry_after`). */
  retryAfterMs?: number;
}
export type Diagnose = (reply: ApiReply) => Diagnosis;

export type Outcome = "failed" | "unknown";

export class ChannelError extends Error {
  constructor(
    message: string,
    readonly outcome: Outcome,
    readonly details: { status?: number; auth?: boolean } = {},
  ) {
    super(message);
    this.name = "ChannelError";
  }
}

export interface HttpOptions {
  /** Per-request timeout (the whole exchange, body included). */
  timeoutMs: number;
  /** Attempts per call, the first included. */
  maxAttempts: number;
  /** First backoff step; doubles each attempt. */
  backoffMs: number;
  /** The longest wait we accept from a server; beyond it the call fails and the next run retries. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  masker: Masker;
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function httpOptions(overrides: Partial<HttpOptions> = {}): HttpOptions {
  return {
    timeoutMs: 30_000,
    maxAttempts: 4,
    backoffMs: 1_000,
    maxWaitMs: 120_000,
    sleep: defaultSleep,
    masker: new Masker(),
    ...overrides,
  };
}

/** Codes meaning the connection was never made, so nothing can have been sent. */
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

function errorCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string; cause?: { code?: string } } };
  return e?.cause?.code ?? e?.cause?.cause?.code ?? e?.code;
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  return name === "TimeoutError" || name === "AbortError";
}

/** `Retry-After` (seconds or HTTP date), or the reset headers of X, Bluesky and Mastodon. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const retryAfter = headers.get("retry-after");
  if (retryAfter) {
    if (/^\d+(\.\d+)?$/.test(retryAfter.trim())) return Math.ceil(Number(retryAfter) * 1000);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  const reset = headers.get("x-rate-limit-reset") ?? headers.get("ratelimit-reset") ?? headers.get("x-ratelimit-reset");
  if (reset) {
    const trimmed = reset.trim();
    if (/^\d+$/.test(trimmed)) {
      const n = Number(trimmed);
      // Epoch seconds (X, Bluesky) or, when small, seconds to wait (IETF draft RateLimit-Reset).
      return n > 1_000_000_000 ? Math.max(0, n * 1000 - now) : n * 1000;
    }
    const at = Date.parse(trimmed); // Mastodon: ISO 8601
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return undefined;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a provider's JSON body, read field by field with optional chaining
function parseJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Describes a wait for a person: "30 detik", "15 menit". */
export function waitText(ms: number): string {
  return ms < 90_000 ? `${Math.ceil(ms / 1000)} detik` : `${Math.ceil(ms / 60_000)} menit`;
}

/**
 * Sends one call, retrying what can be retried. Returns the 2xx reply; throws `ChannelError`
 * with `failed` (definitely not done) or `unknown` (may have been done).
 */
export async function callApi(http: HttpOptions, call: ApiCall, diagnose: Diagnose): Promise<ApiReply> {
  const mask = (s: string) => http.masker.mask(s);
  const where = mask(`${call.method} ${call.url.split("?")[0]}`);
  let lastProblem = "";
  for (let attempt = 1; attempt <= http.maxAttempts; attempt++) {
    const last = attempt === http.maxAttempts;
    const backoff = http.backoffMs * 2 ** (attempt - 1);
    let response: Response;
    let text = "";
    let bytes: Uint8Array<ArrayBuffer> | undefined;
    try {
      response = await fetch(call.url, {
        method: call.method,
        headers: { ...call.headers, ...call.sign?.() },
        body: call.body,
        signal: AbortSignal.timeout(http.timeoutMs),
        redirect: "follow",
      });
      if (call.binary && response.ok) bytes = new Uint8Array(await response.arrayBuffer());
      else if (call.method !== "HEAD") text = await response.text();
    } catch (error) {
      const code = errorCode(error);
      const sent = !(code && NOT_SENT.has(code));
      const what = isTimeout(error)
        ? `tidak ada jawaban dalam ${waitText(http.timeoutMs)}`
        : `koneksi gagal (${code ?? (error as Error)?.message ?? error})`;
      lastProblem = `${where}: ${what}`;
      // A create that may have reached the server is never repeated here: it is looked up first.
      if (sent && call.effect === "create") throw new ChannelError(mask(lastProblem), "unknown");
      if (!last) {
        await http.sleep(backoff);
        continue;
      }
      throw new ChannelError(mask(lastProblem), sent && call.effect === "idempotent" ? "unknown" : "failed");
    }

    const reply: ApiReply = { status: response.status, headers: response.headers, text, json: parseJson(text) };
    if (bytes) reply.bytes = bytes;
    if (response.ok) return reply;

    const diagnosis = diagnose(reply);
    const message = mask(diagnosis.message);
    lastProblem = message;
    const hintedWait = retryAfterMs(response.headers) ?? diagnosis.retryAfterMs;

    if (response.status === 429 || (diagnosis.retryable && response.status < 500)) {
      // A refusal for rate: nothing was done, so waiting and sending again is safe.
      const wait = hintedWait ?? backoff;
      if (last || wait > http.maxWaitMs) {
        throw new ChannelError(`${message} (batas kiriman; coba lagi setelah ${waitText(wait)})`, "failed", {
          status: response.status,
        });
      }
      await http.sleep(wait);
      continue;
    }
    if (response.status >= 500) {
      if (call.effect === "create") throw new ChannelError(message, "unknown", { status: response.status });
      const wait = Math.min(hintedWait ?? backoff, http.maxWaitMs);
      if (!last) {
        await http.sleep(wait);
        continue;
      }
      throw new ChannelError(message, call.effect === "idempotent" ? "unknown" : "failed", { status: response.status });
    }
    throw new ChannelError(message, "failed", { status: response.status, auth: diagnosis.auth });
  }
  throw new ChannelError(mask(lastProblem || `${where}: gagal`), "failed");
}
