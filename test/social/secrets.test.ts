import { describe, expect, it } from "vitest";
import { Masker, maskSecrets } from "../../src/social/secrets.ts";

describe("maskSecrets", () => {
  const env = {
    TELEGRAM_BOT_TOKEN: "7012345678:AAHsecretTelegram",
    FACEBOOK_PAGE_TOKEN: "EAAGsecret+page/token",
    GITHUB_TOKEN: "ghs_abcdefghijklmnop",
    TELEGRAM_CHAT_ID: "@kanal_dinas",
    HOME: "/home/runner",
  };

  it("replaces every secret value, raw and URL-encoded, and leaves other values", () => {
    const text = `bot ${env.TELEGRAM_BOT_TOKEN} fb ${encodeURIComponent(env.FACEBOOK_PAGE_TOKEN)} gh ${env.GITHUB_TOKEN} chat ${env.TELEGRAM_CHAT_ID} ${env.HOME}`;
    const masked = maskSecrets(text, env);
    expect(masked).toBe("bot *** fb *** gh *** chat @kanal_dinas /home/runner");
  });

  it("strips tokens from URLs by shape, even when the value is not known", () => {
    const masked = maskSecrets(
      "POST https://api.telegram.org/bot999:XYZunknown/sendMessage failed; GET https://graph.facebook.com/v23.0/1/feed?fields=id&access_token=EAAunknown&limit=5; Authorization: Bearer abc.def.ghi",
      {},
    );
    expect(masked).toBe(
      "POST https://api.telegram.org/bot***/sendMessage failed; GET https://graph.facebook.com/v23.0/1/feed?fields=id&access_token=***&limit=5; Authorization: Bearer ***",
    );
  });

  it("masks values learnt at run time, such as a session token", () => {
    const masker = new Masker({});
    masker.add("eyJsessionAccessJwt");
    expect(masker.mask('{"accessJwt":"eyJsessionAccessJwt"}')).toBe('{"accessJwt":"***"}');
    expect(masker.mask("token eyJsessionAccessJwt")).toBe("token ***");
  });
});
