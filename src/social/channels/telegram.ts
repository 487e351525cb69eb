/**
 * Telegram channel through the Bot API: `sendPhoto` (photo by URL, caption ≤ 1,024) or
 * `sendMessage` (≤ 4,096). Replies are `{ok, result}` or `{ok:false, error_code, description,
 * parameters:{retry_after}}`. The Bot API cannot read a channel's history, so there is no
 * lookup: an ambiguous failure stays `unknown` for a person to check.
 */
import { callApi, ChannelError, type ApiReply, type Diagnosis, type HttpOptions } from "../retry.ts";
import type { ChannelAdapter, ComposedPost, Env, RemotePost } from "../types.ts";
import { trimSlash, type ChannelDefinition } from "./channel.ts";

function diagnose(reply: ApiReply): Diagnosis {
  const body = reply.json as
    { error_code?: number; description?: string; parameters?: { retry_after?: number } } | undefined;
  const description = body?.description ?? `HTTP ${reply.status}`;
  const diagnosis: Diagnosis = { message: `Telegram: ${description}` };
  if (body?.parameters?.retry_after !== undefined) diagnosis.retryAfterMs = body.parameters.retry_after * 1000;
  if (reply.status === 401 || reply.status === 404) {
    // The Bot API answers 404 for a malformed token in the path.
    diagnosis.auth = true;
    diagnosis.message = `Telegram: token bot ditolak (${description}); periksa secret TELEGRAM_BOT_TOKEN`;
  } else if (/chat not found/i.test(description)) {
    diagnosis.auth = true;
    diagnosis.message = `Telegram: kanal tidak ditemukan (${description}); periksa TELEGRAM_CHAT_ID (mis. @namakanal atau -100…)`;
  } else if (reply.status === 403) {
    diagnosis.auth = true;
    diagnosis.message = `Telegram: bot tidak boleh mengirim ke kanal (${description}); jadikan bot admin kanal dengan izin mengirim pesan`;
  }
  return diagnosis;
}

/** `https://t.me/<username>/<id>` for public channels, `https://t.me/c/<id>/<id>` for private ones. */
export function messageUrl(chat: { id: number | string; username?: string }, messageId: number | string): string {
  if (chat.username) return `https://t.me/${chat.username}/${messageId}`;
  return `https://t.me/c/${String(chat.id).replace(/^-100/, "")}/${messageId}`;
}

export const telegram: ChannelDefinition = {
  name: "telegram",
  variables: ["TELEGRAM_BOT_TOKEN", "TELEGRAM_CHAT_ID"],
  enabled: (env: Env) => Boolean(env.TELEGRAM_BOT_TOKEN && env.TELEGRAM_CHAT_ID),
  create(env: Env, http: HttpOptions, baseUrl = "https://api.telegram.org"): ChannelAdapter {
    const token = env.TELEGRAM_BOT_TOKEN ?? "";
    const chatId = env.TELEGRAM_CHAT_ID ?? "";
    http.masker.add(token);
    const method = (name: string) => `${trimSlash(baseUrl)}/bot${token}/${name}`;

    async function send(name: string, payload: Record<string, unknown>): Promise<RemotePost> {
      const reply = await callApi(
        http,
        {
          method: "POST",
          url: method(name),
          headers: { "content-type": "application/json" },
          body: JSON.stringify(payload),
          effect: "create",
        },
        diagnose,
      );
      const result = reply.json?.result as
        { message_id?: number; chat?: { id: number; username?: string } } | undefined;
      if (!reply.json?.ok || !result?.message_id)
        throw new ChannelError(`Telegram: jawaban tidak dikenal: ${reply.text.slice(0, 200)}`, "unknown");
      return { id: String(result.message_id), url: messageUrl(result.chat ?? { id: chatId }, result.message_id) };
    }

    return {
      name: "telegram",
      async post(post: ComposedPost) {
        if (post.imageUrl) {
          try {
            return await send("sendPhoto", { chat_id: chatId, photo: post.imageUrl, caption: post.text });
          } catch (error) {
            // Telegram could not fetch the photo: nothing was posted, so send the text alone.
            if (!(
              error instanceof ChannelError &&
              error.outcome === "failed" &&
              error.details.status === 400 &&
              /url|file|photo|image/i.test(error.message)
            ))
              throw error;
          }
        }
        return send("sendMessage", { chat_id: chatId, text: post.text, link_preview_options: { url: post.link } });
      },
    };
  },
};
