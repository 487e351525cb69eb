import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { ChannelError } from "../../../src/social/retry.ts";
import { SECRETS, type FakePlatforms, type FakeSite } from "../platforms.ts";
import { setupChannel, useFakePlatforms } from "../harness.ts";

let platforms: FakePlatforms;
let site: FakeSite;
useFakePlatforms((fakes) => ({ platforms, site } = fakes));

describe("X adapter (API v2, OAuth 1.0a)", () => {
  it("uploads the cover, then posts the text with the media id, signed requests accepted", async () => {
    const { adapter, post, key } = setupChannel("x", platforms, site);
    const remote = await adapter.post(post, key);
    expect(platforms.requests.map((r) => r.route)).toEqual(["x.upload", "x.tweets"]);
    const [tweet] = platforms.postsOn("x");
    expect(tweet!.text).toBe(post.text);
    expect(twitterText.parseTweet(tweet!.text).valid).toBe(true);
    expect(tweet!.image).toMatch(/^1\d+/);
    expect(remote.url).toBe(`https://x.com/i/web/status/${tweet!.id}`);
    expect(site.hits).toContain("GET /media/2025/pelatihan.jpg");
  });

  it("is refused with a wrong secret (the server checks the signature) and names the four secrets", async () => {
    const { adapter, post, key } = setupChannel("x", platforms, site, {
      env: { X_ACCESS_SECRET: "notTheRightSecretValue" },
      cover: null,
    });
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.outcome).toBe("failed");
    expect(error.details.auth).toBe(true);
    expect(error.message).toContain("X_ACCESS_SECRET");
    expect(error.message).not.toContain("notTheRightSecretValue");
    expect(platforms.postsOn("x")).toHaveLength(0);
  });

  it("waits until x-rate-limit-reset on 429", async () => {
    const { adapter, post, key, waits } = setupChannel("x", platforms, site, { cover: null });
    const reset = Math.floor(Date.now() / 1000) + 30;
    platforms.fail("x.tweets", {
      status: 429,
      body: { title: "Too Many Requests", detail: "Too Many Requests", type: "about:blank", status: 429 },
      headers: { "x-rate-limit-reset": String(reset) },
    });
    await adapter.post(post, key);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(25_000);
    expect(waits[0]).toBeLessThanOrEqual(30_000);
    expect(platforms.postsOn("x")).toHaveLength(1);
  });

  it("marks a 503 on the post as unknown and does not post again (X has no lookup)", async () => {
    const { adapter, post, key } = setupChannel("x", platforms, site, { cover: null });
    platforms.fail("x.tweets", "accept-then-500");
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.outcome).toBe("unknown");
    expect(platforms.count("x.tweets")).toBe(1);
    expect(adapter.lookup).toBeUndefined();
    // What the run logs of the failure carries none of the four signing secrets.
    const logged = `${error.message} ${JSON.stringify(error.details)}`;
    for (const name of ["X_API_KEY", "X_API_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_SECRET"] as const)
      expect(logged).not.toContain(SECRETS[name]);
  });
});
