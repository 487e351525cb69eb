import { beforeEach, describe, expect, it } from "vitest";
import { ChannelError } from "../../../src/social/retry.ts";
import type { FakePlatforms, FakeSite } from "../platforms.ts";
import { setupChannel, useFakePlatforms } from "../harness.ts";

let platforms: FakePlatforms;
let site: FakeSite;
useFakePlatforms((fakes) => ({ platforms, site } = fakes));
beforeEach(() => platforms.expireMastodonKeys());

describe("Mastodon adapter", () => {
  it("uploads the image (202 → polls 206 → 200), then posts with an Idempotency-Key", async () => {
    const { adapter, post, key } = setupChannel("mastodon", platforms, site);
    const remote = await adapter.post(post, key);
    expect(platforms.requests.map((r) => r.route)).toEqual([
      "mastodon.media",
      "mastodon.media.get",
      "mastodon.media.get",
      "mastodon.statuses",
    ]);
    const status = platforms.requests.at(-1)!;
    expect(status.headers["idempotency-key"]).toBe(key.idempotencyKey);
    const body = JSON.parse(status.body.toString());
    expect(body).toMatchObject({ status: post.text, visibility: "public", language: "id" });
    expect(body.media_ids).toHaveLength(1);
    expect(remote.url).toBe(`${platforms.url}/@diskominfo/${remote.id}`);
  });

  it("a repeat with the same key (a retry after a lost answer) returns the same status, posted once", async () => {
    const { adapter, post, key } = setupChannel("mastodon", platforms, site, { cover: null });
    platforms.fail("mastodon.statuses", "accept-then-500", "accept-then-500", "accept-then-500");
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.outcome).toBe("unknown");
    expect(platforms.count("mastodon.statuses")).toBe(3);
    const again = await adapter.post(post, key);
    expect(platforms.postsOn("mastodon")).toHaveLength(1);
    expect(again.id).toBe(platforms.postsOn("mastodon")[0]!.id);
  });

  it("finds an earlier post by the item's URL once the key has expired", async () => {
    const { adapter, post, key } = setupChannel("mastodon", platforms, site, { cover: null });
    const first = await adapter.post(post, key);
    platforms.expireMastodonKeys();
    expect(await adapter.lookup!(post, key)).toEqual({ id: first.id, url: first.url });
    const other = setupChannel("mastodon", platforms, site, { cover: null, slug: "lain" });
    expect(await other.adapter.lookup!(other.post, other.key)).toBeUndefined();
  });

  it("names MASTODON_TOKEN on 401 and reports 422 validation errors plainly", async () => {
    const bad = setupChannel("mastodon", platforms, site, {
      env: { MASTODON_TOKEN: "wrongMastodonTokenValue" },
      cover: null,
    });
    const error = (await bad.adapter.post(bad.post, bad.key).catch((e) => e)) as ChannelError;
    expect(error.details.auth).toBe(true);
    expect(error.message).toContain("MASTODON_TOKEN");
    expect(error.message).toContain("The access token is invalid");
    expect(error.message).not.toContain("wrongMastodonTokenValue");

    const { adapter, post, key } = setupChannel("mastodon", platforms, site, { cover: null });
    const tooLong = (await adapter.post({ ...post, text: "kata ".repeat(200) }, key).catch((e) => e)) as ChannelError;
    expect(tooLong.outcome).toBe("failed");
    expect(tooLong.message).toBe("Mastodon: Validation failed: Text character limit of 500 exceeded");
  });
});
