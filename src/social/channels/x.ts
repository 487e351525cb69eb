/**
 * X: `POST /2/media/upload` (multipart, `media_category=tweet_image`) then `POST /2/tweets`
 * `{text, media:{media_ids}}` → `{data:{id,text}}`, signed with OAuth 1.0a (user context).
 * X has no idempotency key and reading one's own posts needs a paid tier, so there is no
 * lookup: an ambiguous failure stays `unknown` for a person to check.
 */
import { oauth1Header, type OAuth1Credentials } from "../oauth1.ts";
import { callApi, ChannelError, type ApiReply, type Diagnosis, type HttpOptions } from "../retry.ts";
import type { ChannelAdapter, ComposedPost, Env, RemotePost } from "../types.ts";
import { describeBody, downloadImage, trimSlash, type ChannelDefinition } from "./channel.ts";

const SECRETS = "X_API_KEY, X_API_SECRET, X_ACCESS_TOKEN dan X_ACCESS_SECRET";
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

function diagnose(reply: ApiReply): Diagnosis {
  const first = (reply.json?.errors as { message?: string; detail?: string }[] | undefined)?.[0];
  const detail = first?.detail ?? first?.message ?? describeBody(reply.json, reply.text);
  if (reply.status === 401)
    return { message: `X: otorisasi ditolak (${detail}); periksa secret ${SECRETS}`, auth: true };
  if (
    reply.status === 403 &&
    /permission|not permitted|oauth1|client-forbidden|client-not-enrolled/i.test(`${detail} ${reply.json?.type ?? ""}`)
  ) {
    return {
      message: `X: aplikasi tidak berizin menulis (${detail}); beri izin Read and Write lalu buat ulang access token`,
      auth: true,
    };
  }
  return { message: `X: ${detail}` };
}

export const x: ChannelDefinition = {
  name: "x",
  variables: ["X_API_KEY", "X_API_SECRET", "X_ACCESS_TOKEN", "X_ACCESS_SECRET"],
  enabled: (env: Env) => Boolean(env.X_API_KEY && env.X_API_SECRET && env.X_ACCESS_TOKEN && env.X_ACCESS_SECRET),
  create(env: Env, http: HttpOptions, baseUrl = "https://api.x.com"): ChannelAdapter {
    const credentials: OAuth1Credentials = {
      consumerKey: env.X_API_KEY ?? "",
      consumerSecret: env.X_API_SECRET ?? "",
      token: env.X_ACCESS_TOKEN ?? "",
      tokenSecret: env.X_ACCESS_SECRET ?? "",
    };
    const root = trimSlash(baseUrl);
    const sign = (url: string) => () => ({ authorization: oauth1Header(credentials, "POST", url) });

    async function uploadImage(imageUrl: string): Promise<string> {
      const image = await downloadImage(http, imageUrl, MAX_IMAGE_BYTES);
      const url = `${root}/2/media/upload`;
      const form = new FormData();
      form.append("media", new Blob([image.bytes], { type: image.type }), image.name);
      form.append("media_category", "tweet_image");
      // An uploaded but unused image is harmless, so the upload may be repeated.
      const reply = await callApi(
        http,
        { method: "POST", url, body: form, effect: "idempotent", sign: sign(url) },
        diagnose,
      );
      const id = reply.json?.data?.id as string | undefined;
      if (!id) throw new ChannelError(`X: unggah gambar tanpa id media: ${reply.text.slice(0, 200)}`, "failed");
      return id;
    }

    return {
      name: "x",
      async post(post: ComposedPost): Promise<RemotePost> {
        const payload: { text: string; media?: { media_ids: string[] } } = { text: post.text };
        if (post.imageUrl) payload.media = { media_ids: [await uploadImage(post.imageUrl)] };
        const url = `${root}/2/tweets`;
        const reply = await callApi(
          http,
          {
            method: "POST",
            url,
            headers: { "content-type": "application/json" },
            body: JSON.stringify(payload),
            effect: "create",
            sign: sign(url),
          },
          diagnose,
        );
        const id = reply.json?.data?.id as string | undefined;
        if (!id) throw new ChannelError(`X: jawaban tanpa id: ${reply.text.slice(0, 200)}`, "unknown");
        return { id, url: `https://x.com/i/web/status/${id}` };
      },
    };
  },
};
