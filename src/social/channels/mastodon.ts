/**
 * Mastodon: `POST /api/v2/media` (200 when processed, 202 while processing → poll
 * `GET /api/v1/media/:id` until 200), then `POST /api/v1/statuses` with an `Idempotency-Key`
 * derived from the item (the server returns the same status for a repeat within an hour).
 * Lookup: the account's recent statuses carrying the item's URL.
 */
import { callApi, ChannelError, type ApiReply, type Diagnosis, type HttpOptions } from "../retry.ts";
import type { ChannelAdapter, ComposedPost, Env, PostKey, RemotePost } from "../types.ts";
import { describeBody, downloadImage, trimSlash, type ChannelDefinition } from "./channel.ts";

const MAX_IMAGE_BYTES = 16 * 1024 * 1024;
const MEDIA_POLLS = 10;

function diagnose(reply: ApiReply): Diagnosis {
  const detail = describeBody(reply.json, reply.text);
  if (reply.status === 401 || reply.status === 403) {
    return {
      message: `Mastodon: token ditolak (${detail}); periksa secret MASTODON_TOKEN (izin write:statuses dan write:media)`,
      auth: true,
    };
  }
  return { message: `Mastodon: ${detail}` };
}

export const mastodon: ChannelDefinition = {
  name: "mastodon",
  variables: ["MASTODON_URL", "MASTODON_TOKEN"],
  enabled: (env: Env) => Boolean(env.MASTODON_URL && env.MASTODON_TOKEN),
  create(env: Env, http: HttpOptions, baseUrl?: string): ChannelAdapter {
    const root = trimSlash(baseUrl ?? env.MASTODON_URL ?? "");
    const token = env.MASTODON_TOKEN ?? "";
    http.masker.add(token);
    const auth = { authorization: `Bearer ${token}` };

    async function uploadImage(imageUrl: string, description: string | undefined): Promise<string> {
      const image = await downloadImage(http, imageUrl, MAX_IMAGE_BYTES);
      const form = new FormData();
      form.append("file", new Blob([image.bytes], { type: image.type }), image.name);
      if (description) form.append("description", description);
      // An unattached upload is harmless (the server deletes it), so it may be repeated.
      const reply = await callApi(
        http,
        { method: "POST", url: `${root}/api/v2/media`, headers: auth, body: form, effect: "idempotent" },
        diagnose,
      );
      const id = reply.json?.id as string | undefined;
      if (!id) throw new ChannelError(`Mastodon: unggah gambar tanpa id: ${reply.text.slice(0, 200)}`, "failed");
      if (reply.status === 202) {
        for (let poll = 0; ; poll++) {
          if (poll >= MEDIA_POLLS)
            throw new ChannelError(
              "Mastodon: gambar belum selesai diproses server; dicoba lagi pada jalan berikutnya",
              "failed",
            );
          await http.sleep(Math.min(http.backoffMs * 2 ** poll, 10_000));
          const status = await callApi(
            http,
            { method: "GET", url: `${root}/api/v1/media/${encodeURIComponent(id)}`, headers: auth, effect: "read" },
            diagnose,
          );
          // 206 Partial Content while processing, 200 with a URL when ready.
          if (status.status === 200 && status.json?.url) break;
        }
      }
      return id;
    }

    return {
      name: "mastodon",
      async post(post: ComposedPost, key: PostKey): Promise<RemotePost> {
        const mediaIds = post.imageUrl ? [await uploadImage(post.imageUrl, post.altText)] : [];
        const reply = await callApi(
          http,
          {
            method: "POST",
            url: `${root}/api/v1/statuses`,
            headers: { ...auth, "content-type": "application/json", "idempotency-key": key.idempotencyKey },
            body: JSON.stringify({ status: post.text, media_ids: mediaIds, visibility: "public", language: "id" }),
            effect: "idempotent",
          },
          diagnose,
        );
        const status = reply.json as { id?: string; url?: string; uri?: string } | undefined;
        if (!status?.id) throw new ChannelError(`Mastodon: jawaban tanpa id: ${reply.text.slice(0, 200)}`, "unknown");
        return { id: status.id, url: status.url ?? status.uri ?? `${root}/statuses/${status.id}` };
      },
      async lookup(_post: ComposedPost, key: PostKey): Promise<RemotePost | undefined> {
        const me = await callApi(
          http,
          { method: "GET", url: `${root}/api/v1/accounts/verify_credentials`, headers: auth, effect: "read" },
          diagnose,
        );
        const accountId = me.json?.id as string | undefined;
        if (!accountId) throw new ChannelError("Mastodon: akun tidak dikenali", "failed");
        const list = await callApi(
          http,
          {
            method: "GET",
            url: `${root}/api/v1/accounts/${encodeURIComponent(accountId)}/statuses?limit=40&exclude_replies=true&exclude_reblogs=true`,
            headers: auth,
            effect: "read",
          },
          diagnose,
        );
        const notBefore = key.since ? key.since.getTime() - 600_000 : -Infinity;
        const statuses = (list.json ?? []) as {
          id: string;
          url?: string;
          uri?: string;
          content?: string;
          created_at?: string;
        }[];
        const found = statuses.find(
          (s) => s.content?.includes(key.itemUrl) && (!s.created_at || Date.parse(s.created_at) >= notBefore),
        );
        return found ? { id: found.id, url: found.url ?? found.uri ?? "" } : undefined;
      },
    };
  },
};
