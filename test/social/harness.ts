/** Shared setup for adapter and run tests: servers, env, fast HTTP options, a composed post. */
import { afterAll, beforeAll, beforeEach } from "vitest";
import { httpOptions, type HttpOptions } from "../../src/social/retry.ts";
import { Masker } from "../../src/social/secrets.ts";
import { createAdapter } from "../../src/social/channels/index.ts";
import { composePost } from "../../src/social/compose.ts";
import { postKey } from "../../src/social/items.ts";
import type { ChannelName, Env } from "../../src/social/types.ts";
import { FakePlatforms, FakeSite, SECRETS } from "./platforms.ts";
import { makeSite, news } from "./entries.ts";

export function channelEnv(platforms: FakePlatforms, extra: Record<string, string> = {}): Env {
  return { ...SECRETS, MASTODON_URL: platforms.url, BLUESKY_SERVICE: platforms.url, ...extra };
}

/** Retries without real waiting: every requested wait is recorded instead. */
export function fastHttp(env: Env, overrides: Partial<HttpOptions> = {}): { http: HttpOptions; waits: number[] } {
  const waits: number[] = [];
  const http = httpOptions({
    timeoutMs: 2000,
    maxAttempts: 3,
    backoffMs: 1,
    sleep: async (ms) => void waits.push(ms),
    masker: new Masker(env),
    ...overrides,
  });
  return { http, waits };
}

export async function servers(): Promise<{ platforms: FakePlatforms; site: FakeSite; close: () => Promise<void> }> {
  const platforms = await new FakePlatforms().start();
  const site = await new FakeSite().start();
  return { platforms, site, close: async () => void (await Promise.all([platforms.close(), site.close()])) };
}

/**
 * The fake platforms and site for a test file: started before its tests, emptied of requests and
 * posts before each, closed after. `use` receives them once started.
 */
export function useFakePlatforms(use: (fakes: { platforms: FakePlatforms; site: FakeSite }) => void): void {
  let started: Awaited<ReturnType<typeof servers>> | undefined;
  beforeAll(async () => use((started = await servers())));
  afterAll(() => started?.close());
  beforeEach(() => {
    started!.platforms.requests.length = 0;
    started!.platforms.posts.length = 0;
  });
}

/** An adapter for `channel` pointed at the fake platforms, and a post for a news item on the fake site. */
export function setupChannel(
  channel: ChannelName,
  platforms: FakePlatforms,
  site: FakeSite,
  options: { env?: Record<string, string>; slug?: string; cover?: string | null } = {},
) {
  const env = channelEnv(platforms, options.env);
  const { http, waits } = fastHttp(env);
  const adapter = createAdapter(channel, env, http, platforms.url);
  const siteData = makeSite({ url: site.url });
  const coverSrc = options.cover === undefined ? "/media/2025/pelatihan.jpg" : options.cover;
  const entry = news(
    options.slug ?? "pelatihan-umkm",
    coverSrc ? { cover: { src: coverSrc, alt: "Peserta pelatihan di aula" } } : {},
  );
  site.deploy(entry.url, coverSrc ?? "/none");
  const post = composePost(entry, siteData, channel, { withImage: coverSrc !== null });
  const key = postKey(entry, siteData.url, channel, new Date(Date.now() - 60_000));
  return { adapter, post, key, waits, env, entry, siteData };
}

/** Every request the adapter made, as text, for "no secret leaked" checks. */
export function requestLines(platforms: FakePlatforms): string {
  return platforms.requests.map((r) => `${r.method} ${r.path}`).join("\n");
}
