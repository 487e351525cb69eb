import { describe, expect, it } from "vitest";
import { recordKeyFor } from "../../../src/social/channels/bluesky.ts";
import { ChannelError } from "../../../src/social/retry.ts";
import { SECRETS, type FakePlatforms, type FakeSite } from "../platforms.ts";
import { setupChannel, useFakePlatforms } from "../harness.ts";

let platforms: FakePlatforms;
let site: FakeSite;
useFakePlatforms((fakes) => ({ platforms, site } = fakes));

const TID = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

describe("Bluesky record key", () => {
  it("is a valid TID, stable for an item and different for another item or revision", () => {
    const base = {
      itemUrl: "https://dinas.go.id/berita/a/",
      channel: "bluesky" as const,
      itemDate: new Date("2025-11-03T02:00:00Z"),
    };
    const a = recordKeyFor({ ...base, idempotencyKey: "warta-a" });
    expect(a).toMatch(TID);
    expect(recordKeyFor({ ...base, idempotencyKey: "warta-a" })).toBe(a);
    expect(recordKeyFor({ ...base, idempotencyKey: "warta-b" })).not.toBe(a);
    // Sorts by publication date.
    expect(recordKeyFor({ ...base, idempotencyKey: "warta-a", itemDate: new Date("2026-01-01T00:00:00Z") }) > a).toBe(
      true,
    );
  });
});

describe("Bluesky adapter (AT Protocol)", () => {
  it("logs in, uploads the thumbnail, creates the post with facets and a link card", async () => {
    const { adapter, post, key } = setupChannel("bluesky", platforms, site);
    const remote = await adapter.post(post, key);
    expect(platforms.requests.map((r) => r.route)).toEqual([
      "bluesky.session",
      "bluesky.uploadBlob",
      "bluesky.createRecord",
    ]);
    const rkey = recordKeyFor(key);
    expect(remote.url).toBe(`https://bsky.app/profile/${SECRETS.BLUESKY_HANDLE}/post/${rkey}`);
    const record = platforms.record(rkey);
    expect(record.text).toBe(post.text);
    expect(record.langs).toEqual(["id"]);
    expect(record.facets).toEqual(post.facets);
    expect(record.embed.$type).toBe("app.bsky.embed.external");
    expect(record.embed.external).toMatchObject({ uri: post.link, title: post.title });
    expect(record.embed.external.thumb.mimeType).toBe("image/jpeg");
  });

  it("cannot post twice: a repeated create (answered 500) resolves to the existing record", async () => {
    const { adapter, post, key } = setupChannel("bluesky", platforms, site, { cover: null, slug: "dua-kali" });
    const first = await adapter.post(post, key);
    const second = await adapter.post(post, key);
    expect(second.url).toBe(first.url);
    expect(platforms.postsOn("bluesky")).toHaveLength(1);
    expect(platforms.count("bluesky.getRecord")).toBe(1);
  });

  it("looks a post up by its record key", async () => {
    const { adapter, post, key } = setupChannel("bluesky", platforms, site, { cover: null, slug: "cari" });
    expect(await adapter.lookup!(post, key)).toBeUndefined();
    // The create is accepted but the answer never comes; the retry with the same key is refused
    // with a 500, and the adapter then finds the record instead of failing.
    platforms.fail("bluesky.createRecord", "accept-then-hang");
    const posted = await adapter.post(post, key);
    expect(platforms.count("bluesky.createRecord")).toBeGreaterThan(1);
    expect(platforms.postsOn("bluesky")).toHaveLength(1);
    const found = await adapter.lookup!(post, key);
    expect(found).toEqual(posted);
    expect(found?.url).toContain(recordKeyFor(key));
  });

  it("names the handle and app password when login is refused, hiding the password", async () => {
    const { adapter, post, key } = setupChannel("bluesky", platforms, site, {
      env: { BLUESKY_APP_PASSWORD: "zzzz-yyyy-xxxx-wwww" },
      cover: null,
    });
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.details.auth).toBe(true);
    expect(error.message).toContain("BLUESKY_APP_PASSWORD");
    expect(error.message).toContain("Invalid identifier or password");
    expect(error.message).not.toContain("zzzz-yyyy");
  });
});
