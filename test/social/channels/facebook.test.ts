import { describe, expect, it } from "vitest";
import { ChannelError } from "../../../src/social/retry.ts";
import { SECRETS, type FakePlatforms, type FakeSite } from "../platforms.ts";
import { requestLines, setupChannel, useFakePlatforms } from "../harness.ts";

let platforms: FakePlatforms;
let site: FakeSite;
useFakePlatforms((fakes) => ({ platforms, site } = fakes));

describe("Facebook Page adapter (Graph API)", () => {
  it("posts a photo with the caption when the item has a cover", async () => {
    const { adapter, post, key } = setupChannel("facebook", platforms, site);
    const remote = await adapter.post(post, key);
    const [sent] = platforms.postsOn("facebook");
    expect(sent?.image).toBe(`${site.url}/media/2025/pelatihan.jpg`);
    expect(sent?.text).toBe(post.text);
    const [page, id] = sent!.id.split("_");
    expect(remote.url).toBe(`https://www.facebook.com/${page}/posts/${id}`);
    expect(platforms.requests[0]!.path).toBe(`/v23.0/${SECRETS.FACEBOOK_PAGE_ID}/photos`);
  });

  it("posts message and link to the feed without a cover", async () => {
    const { adapter, post, key } = setupChannel("facebook", platforms, site, { cover: null });
    await adapter.post(post, key);
    const body = new URLSearchParams(platforms.requests[0]!.body.toString());
    expect(platforms.requests[0]!.route).toBe("facebook.feed");
    expect(body.get("link")).toBe(post.link);
    expect(body.get("message")).toBe(post.text);
  });

  it("never puts the token in a URL", async () => {
    const { adapter, post, key } = setupChannel("facebook", platforms, site);
    await adapter.post(post, key);
    await adapter.lookup!(post, key);
    expect(requestLines(platforms)).not.toContain(SECRETS.FACEBOOK_PAGE_TOKEN);
    expect(platforms.requests.at(-1)!.headers.authorization).toBe(`Bearer ${SECRETS.FACEBOOK_PAGE_TOKEN}`);
  });

  it("reports error 190 as a token problem naming FACEBOOK_PAGE_TOKEN", async () => {
    const { adapter, post, key } = setupChannel("facebook", platforms, site, {
      env: { FACEBOOK_PAGE_TOKEN: "EAAGexpiredTokenValue123" },
    });
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.outcome).toBe("failed");
    expect(error.details.auth).toBe(true);
    expect(error.message).toMatch(/#190.*FACEBOOK_PAGE_TOKEN/);
    expect(error.message).not.toContain("EAAGexpired");
  });

  it("retries Graph's rate-limit errors (code 4, HTTP 400) and then posts", async () => {
    const { adapter, post, key, waits } = setupChannel("facebook", platforms, site);
    platforms.fail("facebook.photos", {
      status: 400,
      body: {
        error: {
          message: "(#4) Application request limit reached",
          type: "OAuthException",
          is_transient: true,
          code: 4,
          fbtrace_id: "Ab1",
        },
      },
    });
    await adapter.post(post, key);
    expect(waits).toHaveLength(1);
    expect(platforms.postsOn("facebook")).toHaveLength(1);
  });

  it("finds the post after a 5xx that followed the post being made", async () => {
    const { adapter, post, key } = setupChannel("facebook", platforms, site);
    platforms.fail("facebook.photos", "accept-then-500");
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.outcome).toBe("unknown");
    const found = await adapter.lookup!(post, key);
    expect(found?.id).toBe(platforms.postsOn("facebook")[0]!.id);
    expect(platforms.postsOn("facebook")).toHaveLength(1);
  });

  it("finds nothing for an item never posted", async () => {
    const { adapter, post, key } = setupChannel("facebook", platforms, site, { slug: "tidak-pernah" });
    expect(await adapter.lookup!(post, key)).toBeUndefined();
  });
});
