import { describe, expect, it } from "vitest";
import { ChannelError } from "../../../src/social/retry.ts";
import type { FakePlatforms, FakeSite } from "../platforms.ts";
import { setupChannel, useFakePlatforms } from "../harness.ts";

let platforms: FakePlatforms;
let site: FakeSite;
useFakePlatforms((fakes) => ({ platforms, site } = fakes));

describe("Instagram adapter (Graph API content publishing)", () => {
  it("creates a container, waits for FINISHED, publishes, and returns the permalink", async () => {
    const { adapter, post, key, waits } = setupChannel("instagram", platforms, site);
    const remote = await adapter.post(post, key);
    expect(platforms.requests.map((r) => r.route)).toEqual([
      "instagram.media",
      "instagram.container",
      "instagram.container",
      "instagram.publish",
      "instagram.permalink",
    ]);
    const form = new URLSearchParams(platforms.requests[0]!.body.toString());
    expect(form.get("image_url")).toBe(`${site.url}/media/2025/pelatihan.jpg`);
    expect(form.get("alt_text")).toBe("Peserta pelatihan di aula");
    expect(form.get("caption")).toContain(`Selengkapnya: ${post.link}`);
    expect(waits).toHaveLength(1);
    expect(remote.url).toMatch(/^https:\/\/www\.instagram\.com\/p\/C\d+\/$/);
  });

  it("skips items without a JPEG cover, before any request", async () => {
    const { adapter, post } = setupChannel("instagram", platforms, site, { cover: "/media/2025/pelatihan.png" });
    expect(adapter.skipReason?.(post)).toContain("JPEG");
    const none = setupChannel("instagram", platforms, site, { cover: null });
    expect(none.adapter.skipReason?.(none.post)).toContain("tidak punya gambar");
    expect(platforms.requests).toHaveLength(0);
  });

  it("after a publish that timed out, finds the post by its caption instead of publishing again", async () => {
    const { adapter, post, key } = setupChannel("instagram", platforms, site);
    platforms.fail("instagram.publish", "accept-then-hang");
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.outcome).toBe("unknown");
    const found = await adapter.lookup!(post, key);
    expect(found?.id).toBe(platforms.postsOn("instagram")[0]!.id);
    expect(platforms.count("instagram.publish")).toBe(1);
  });

  it("uses INSTAGRAM_TOKEN when set and names it on a token error", async () => {
    const { adapter, post, key } = setupChannel("instagram", platforms, site, {
      env: { INSTAGRAM_TOKEN: "IGQWRwrongTokenValue" },
    });
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.details.auth).toBe(true);
    expect(error.message).toContain("INSTAGRAM_TOKEN");
    expect(error.message).not.toContain("IGQWRwrong");
  });
});
