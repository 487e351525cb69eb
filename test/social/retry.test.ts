import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callApi,
  ChannelError,
  httpOptions,
  retryAfterMs,
  type ApiReply,
  type HttpOptions,
} from "../../src/social/retry.ts";
import { Masker } from "../../src/social/secrets.ts";

type Step = { status: number; body?: unknown; headers?: Record<string, string> } | "hang";

/** A server that answers each request with the next scripted step. */
let script: Step[] = [];
let hits = 0;
let base = "";
const server = http.createServer((req, res) => {
  hits++;
  req.resume();
  const step = script.shift() ?? { status: 200, body: { ok: true } };
  if (step === "hang") return;
  res.writeHead(step.status, { "content-type": "application/json", ...step.headers });
  res.end(JSON.stringify(step.body ?? {}));
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

function setup(steps: Step[], overrides: Partial<HttpOptions> = {}) {
  script = [...steps];
  hits = 0;
  const waits: number[] = [];
  const options = httpOptions({
    timeoutMs: 2000,
    maxAttempts: 4,
    backoffMs: 50,
    sleep: async (ms) => void waits.push(ms),
    ...overrides,
  });
  return { options, waits };
}

const telegramDiagnose = (r: ApiReply) => ({
  message: `Telegram: ${r.json?.description ?? r.status}`,
  ...(r.json?.parameters?.retry_after ? { retryAfterMs: r.json.parameters.retry_after * 1000 } : {}),
  ...(r.status === 401 ? { auth: true } : {}),
});

describe("retryAfterMs", () => {
  const now = Date.parse("2025-11-03T02:00:00Z");
  it("reads seconds, an HTTP date and the reset headers of X, Bluesky and Mastodon", () => {
    expect(retryAfterMs(new Headers({ "retry-after": "7" }), now)).toBe(7000);
    expect(retryAfterMs(new Headers({ "retry-after": "Mon, 03 Nov 2025 02:00:30 GMT" }), now)).toBe(30_000);
    expect(retryAfterMs(new Headers({ "x-rate-limit-reset": String(now / 1000 + 900) }), now)).toBe(900_000);
    expect(retryAfterMs(new Headers({ "ratelimit-reset": String(now / 1000 + 60) }), now)).toBe(60_000);
    expect(retryAfterMs(new Headers({ "x-ratelimit-reset": "2025-11-03T02:05:00.000Z" }), now)).toBe(300_000);
    expect(retryAfterMs(new Headers({}), now)).toBeUndefined();
  });
});

describe("callApi", () => {
  it("waits as Retry-After says on 429, then succeeds", async () => {
    const { options, waits } = setup([
      { status: 429, body: { error: "Too many requests" }, headers: { "retry-after": "3" } },
      { status: 200, body: { id: "1" } },
    ]);
    const reply = await callApi(options, { method: "POST", url: `${base}/x`, effect: "create" }, telegramDiagnose);
    expect(reply.json).toEqual({ id: "1" });
    expect(waits).toEqual([3000]);
    expect(hits).toBe(2);
  });

  it("honours Telegram's parameters.retry_after in the body", async () => {
    const { options, waits } = setup([
      {
        status: 429,
        body: {
          ok: false,
          error_code: 429,
          description: "Too Many Requests: retry after 5",
          parameters: { retry_after: 5 },
        },
      },
      { status: 200, body: { ok: true, result: {} } },
    ]);
    await callApi(options, { method: "POST", url: `${base}/bot1:x/sendMessage`, effect: "create" }, telegramDiagnose);
    expect(waits).toEqual([5000]);
  });

  it("gives up (failed, nothing posted) when asked to wait longer than allowed", async () => {
    const { options, waits } = setup(
      [{ status: 429, headers: { "retry-after": "900" }, body: { detail: "Too Many Requests" } }],
      { maxWaitMs: 60_000 },
    );
    const error = await callApi(options, { method: "POST", url: `${base}/2/tweets`, effect: "create" }, () => ({
      message: "X: Too Many Requests",
    })).catch((e) => e);
    expect(error).toBeInstanceOf(ChannelError);
    expect(error.outcome).toBe("failed");
    expect(error.message).toContain("15 menit");
    expect(waits).toEqual([]);
  });

  it("never repeats a create after a 5xx: the outcome is unknown", async () => {
    const { options } = setup([
      { status: 500, body: { ok: false, error_code: 500, description: "Internal Server Error" } },
    ]);
    const error = await callApi(
      options,
      { method: "POST", url: `${base}/create`, effect: "create" },
      telegramDiagnose,
    ).catch((e) => e);
    expect(error.outcome).toBe("unknown");
    expect(hits).toBe(1);
  });

  it("retries reads and idempotent calls on 5xx with doubling backoff", async () => {
    const { options, waits } = setup([{ status: 502 }, { status: 503 }, { status: 200, body: { ok: 1 } }]);
    await callApi(options, { method: "GET", url: `${base}/read`, effect: "read" }, () => ({ message: "x" }));
    expect(waits).toEqual([50, 100]);
    expect(hits).toBe(3);

    const again = setup([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }]);
    const error = await callApi(again.options, { method: "POST", url: `${base}/keyed`, effect: "idempotent" }, () => ({
      message: "M: 500",
    })).catch((e) => e);
    expect(error.outcome).toBe("unknown");
    expect(hits).toBe(4);
  });

  it("turns a hang into a timeout: unknown for a create, after one attempt", async () => {
    const { options } = setup(["hang"]);
    const error = await callApi(options, { method: "POST", url: `${base}/hang`, effect: "create" }, () => ({
      message: "x",
    })).catch((e) => e);
    expect(error.outcome).toBe("unknown");
    expect(error.message).toContain("tidak ada jawaban");
    expect(hits).toBe(1);
  });

  it("retries a refused connection (nothing was sent) and then fails definitely", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { options, waits } = setup([]);
    const error = await callApi(
      options,
      { method: "POST", url: `http://127.0.0.1:${port}/x`, effect: "create" },
      () => ({ message: "x" }),
    ).catch((e) => e);
    expect(error.outcome).toBe("failed");
    expect(error.message).toContain("ECONNREFUSED");
    expect(waits).toHaveLength(3);
  });

  it("reports a token error as failed with the secret's name, without the secret", async () => {
    const token = "7012345678:AAHsecretTelegramToken";
    const { options } = setup([{ status: 401, body: { ok: false, error_code: 401, description: "Unauthorized" } }], {
      masker: new Masker({ TELEGRAM_BOT_TOKEN: token }),
    });
    const error = await callApi(
      options,
      { method: "POST", url: `${base}/bot${token}/sendMessage`, effect: "create" },
      (r) => ({
        message: `Telegram: ${r.json.description} at ${base}/bot${token}/sendMessage; periksa secret TELEGRAM_BOT_TOKEN`,
        auth: true,
      }),
    ).catch((e) => e);
    expect(error.outcome).toBe("failed");
    expect(error.details.auth).toBe(true);
    expect(error.message).toContain("TELEGRAM_BOT_TOKEN");
    expect(error.message).not.toContain("AAHsecret");
  });
});
