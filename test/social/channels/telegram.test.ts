import { describe, expect, it } from "vitest";
import { ChannelError } from "../../../src/social/retry.ts";
import { messageUrl } from "../../../src/social/channels/telegram.ts";
import { SECRETS, type FakePlatforms, type FakeSite } from "../platforms.ts";
import { setupChannel, useFakePlatforms } from "../harness.ts";

let platforms: FakePlatforms;
let site: FakeSite;
useFakePlatforms((fakes) => ({ platforms, site } = fakes));

describe("Telegram adapter (Bot API)", () => {
  it("sends a photo by URL with the caption, and returns the message link", async () => {
    const { adapter, post, key } = setupChannel("telegram", platforms, site);
    const remote = await adapter.post(post, key);
    const [sent] = platforms.postsOn("telegram");
    expect(sent?.image).toBe(`${site.url}/media/2025/pelatihan.jpg`);
    expect(sent?.text).toBe(post.text);
    expect(remote).toEqual({ id: sent!.id, url: `https://t.me/diskominfo_contoh/${sent!.id}` });
    expect(messageUrl({ id: -1001234567890 }, 7)).toBe("https://t.me/c/1234567890/7");
  });

  it("sends a message when the item has no image", async () => {
    const { adapter, post, key } = setupChannel("telegram", platforms, site, { cover: null });
    await adapter.post(post, key);
    expect(platforms.count("telegram.sendMessage")).toBe(1);
    expect(platforms.count("telegram.sendPhoto")).toBe(0);
  });

  it("falls back to a message when Telegram cannot fetch the photo", async () => {
    const { adapter, post, key } = setupChannel("telegram", platforms, site);
    platforms.fail("telegram.sendPhoto", {
      status: 400,
      body: { ok: false, error_code: 400, description: "Bad Request: wrong file identifier/HTTP URL specified" },
    });
    await adapter.post(post, key);
    expect(platforms.postsOn("telegram")).toHaveLength(1);
    expect(platforms.postsOn("telegram")[0]!.image).toBeUndefined();
  });

  it("waits retry_after on 429 and then posts once", async () => {
    const { adapter, post, key, waits } = setupChannel("telegram", platforms, site);
    platforms.fail("telegram.sendPhoto", {
      status: 429,
      body: {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 7",
        parameters: { retry_after: 7 },
      },
    });
    await adapter.post(post, key);
    expect(waits).toEqual([7000]);
    expect(platforms.postsOn("telegram")).toHaveLength(1);
  });

  it("reports a refused token as failed, naming the secret and hiding it", async () => {
    const { adapter, post, key } = setupChannel("telegram", platforms, site, {
      env: { TELEGRAM_BOT_TOKEN: "7000000000:AAHwrongTokenValue_xyz" },
    });
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error).toBeInstanceOf(ChannelError);
    expect(error.outcome).toBe("failed");
    expect(error.details.auth).toBe(true);
    expect(error.message).toContain("TELEGRAM_BOT_TOKEN");
    expect(error.message).not.toContain("AAHwrong");
  });

  it("names TELEGRAM_CHAT_ID when the channel is not found", async () => {
    const { adapter, post, key } = setupChannel("telegram", platforms, site, { env: { TELEGRAM_CHAT_ID: "@salah" } });
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.message).toContain("TELEGRAM_CHAT_ID");
    expect(error.details.auth).toBe(true);
  });

  it("turns a 500 after sending, or a hang, into unknown without sending again", async () => {
    const { adapter, post, key } = setupChannel("telegram", platforms, site);
    platforms.fail("telegram.sendPhoto", "accept-then-500");
    const error = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(error.outcome).toBe("unknown");
    expect(platforms.count("telegram.sendPhoto")).toBe(1);
    expect(platforms.postsOn("telegram")).toHaveLength(1);

    platforms.fail("telegram.sendPhoto", "hang");
    const timeout = (await adapter.post(post, key).catch((e) => e)) as ChannelError;
    expect(timeout.outcome).toBe("unknown");
    expect(timeout.message).not.toContain(SECRETS.TELEGRAM_BOT_TOKEN);
    expect(adapter.lookup).toBeUndefined();
  });
});
