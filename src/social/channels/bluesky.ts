/**
 * Bluesky (AT Protocol): `com.atproto.server.createSession` with an app password,
 * `com.atproto.repo.uploadBlob` for the link card's thumbnail, then
 * `com.atproto.repo.createRecord` of an `app.bsky.feed.post` whose record key is derived from
 * the item: a retry cannot create a second post, and `com.atproto.repo.getRecord` tells
 * whether the post exists (a repeated create may answer 500 rather than a conflict).
 */
import { createHash } from "node:crypto";
import { callApi, ChannelError, type ApiReply, type Diagnosis, type HttpOptions } from "../retry.ts";
import type { ChannelAdapter, ComposedPost, Env, PostKey, RemotePost } from "../types.ts";
import { downloadImage, trimSlash, type ChannelDefinition } from "./channel.ts";

const COLLECTION = "app.bsky.feed.post";
/** Bluesky refuses blobs over 1,000,000 bytes for thumbnails. */
const MAX_THUMB_BYTES = 1_000_000;
const BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";

/**
 * A TID-shaped record key from the item: 53 bits of microseconds (the item's date plus a
 * hash-derived offset, so items published at the same minute differ) and a 10-bit clock id
 * from the same hash. Deterministic, sortable by publication date, valid TID syntax.
 */
export function recordKeyFor(key: PostKey): string {
  const hash = createHash("sha256").update(key.idempotencyKey).digest();
  const micros = BigInt(key.itemDate.getTime()) * 1000n + BigInt(hash.readUInt16BE(0) % 1000);
  const clockId = BigInt(hash.readUInt16BE(2) & 0x3ff);
  let value = ((micros & ((1n << 53n) - 1n)) << 10n) | clockId;
  let out = "";
  for (let i = 0; i < 13; i++) {
    out = BASE32_SORTABLE[Number(value & 31n)] + out;
    value >>= 5n;
  }
  return out;
}

function diagnose(reply: ApiReply): Diagnosis {
  const body = reply.json as { error?: string; message?: string } | undefined;
  const detail = [body?.error, body?.message].filter(Boolean).join(": ") || `HTTP ${reply.status}`;
  if (
    reply.status === 401 ||
    /^(AuthenticationRequired|ExpiredToken|InvalidToken|AccountTakedown)$/.test(body?.error ?? "")
  ) {
    return {
      message: `Bluesky: login ditolak (${detail}); periksa secret BLUESKY_HANDLE dan BLUESKY_APP_PASSWORD`,
      auth: true,
    };
  }
  return { message: `Bluesky: ${detail}` };
}

export const bluesky: ChannelDefinition = {
  name: "bluesky",
  variables: ["BLUESKY_HANDLE", "BLUESKY_APP_PASSWORD", "BLUESKY_SERVICE"],
  enabled: (env: Env) => Boolean(env.BLUESKY_HANDLE && env.BLUESKY_APP_PASSWORD),
  create(env: Env, http: HttpOptions, baseUrl?: string): ChannelAdapter {
    const root = trimSlash(baseUrl ?? env.BLUESKY_SERVICE ?? "https://bsky.social");
    const xrpc = (method: string) => `${root}/xrpc/${method}`;
    http.masker.add(env.BLUESKY_APP_PASSWORD);
    let session: Promise<{ did: string; handle: string; accessJwt: string }> | undefined;

    function login() {
      session ??= callApi(
        http,
        {
          method: "POST",
          url: xrpc("com.atproto.server.createSession"),
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ identifier: env.BLUESKY_HANDLE, password: env.BLUESKY_APP_PASSWORD }),
          effect: "read",
        },
        diagnose,
      ).then((reply) => {
        const s = reply.json as { did?: string; handle?: string; accessJwt?: string; refreshJwt?: string };
        http.masker.add(s.accessJwt);
        http.masker.add(s.refreshJwt);
        if (!s.did || !s.accessJwt) throw new ChannelError("Bluesky: sesi tanpa did/accessJwt", "failed");
        return { did: s.did, handle: s.handle ?? s.did, accessJwt: s.accessJwt };
      });
      // A failed login is not cached: the next call may try again.
      session.catch(() => (session = undefined));
      return session;
    }

    async function thumb(imageUrl: string, accessJwt: string): Promise<unknown | undefined> {
      let image;
      try {
        image = await downloadImage(http, imageUrl, MAX_THUMB_BYTES);
      } catch (error) {
        // Too large or unreachable: the link card goes without a thumbnail.
        if (error instanceof ChannelError && error.outcome === "failed") return undefined;
        throw error;
      }
      const reply = await callApi(
        http,
        {
          method: "POST",
          url: xrpc("com.atproto.repo.uploadBlob"),
          headers: { authorization: `Bearer ${accessJwt}`, "content-type": image.type },
          body: image.bytes,
          effect: "idempotent",
        },
        diagnose,
      );
      return reply.json?.blob;
    }

    async function getRecord(
      did: string,
      handle: string,
      accessJwt: string,
      rkey: string,
    ): Promise<RemotePost | undefined> {
      const url = `${xrpc("com.atproto.repo.getRecord")}?${new URLSearchParams({ repo: did, collection: COLLECTION, rkey })}`;
      try {
        const reply = await callApi(
          http,
          { method: "GET", url, headers: { authorization: `Bearer ${accessJwt}` }, effect: "read" },
          diagnose,
        );
        const uri = reply.json?.uri as string | undefined;
        return uri ? { id: uri, url: `https://bsky.app/profile/${handle}/post/${rkey}` } : undefined;
      } catch (error) {
        if (
          error instanceof ChannelError &&
          error.details.status === 400 &&
          /RecordNotFound|Could not locate record/i.test(error.message)
        )
          return undefined;
        throw error;
      }
    }

    return {
      name: "bluesky",
      async post(post: ComposedPost, key: PostKey): Promise<RemotePost> {
        const { did, handle, accessJwt } = await login();
        const rkey = recordKeyFor(key);
        const external: Record<string, unknown> = { uri: post.link, title: post.title, description: post.description };
        if (post.imageUrl) {
          const blob = await thumb(post.imageUrl, accessJwt);
          if (blob) external.thumb = blob;
        }
        const record = {
          $type: COLLECTION,
          text: post.text,
          facets: post.facets ?? [],
          langs: ["id"],
          createdAt: new Date().toISOString(),
          embed: { $type: "app.bsky.embed.external", external },
        };
        try {
          const reply = await callApi(
            http,
            {
              method: "POST",
              url: xrpc("com.atproto.repo.createRecord"),
              headers: { authorization: `Bearer ${accessJwt}`, "content-type": "application/json" },
              body: JSON.stringify({ repo: did, collection: COLLECTION, rkey, record }),
              // The record key makes a repeat unable to create a second post.
              effect: "idempotent",
            },
            diagnose,
          );
          return {
            id: reply.json?.uri ?? `at://${did}/${COLLECTION}/${rkey}`,
            url: `https://bsky.app/profile/${handle}/post/${rkey}`,
          };
        } catch (error) {
          if (error instanceof ChannelError && error.details.auth) throw error;
          // A 5xx or a refusal of a repeated create: the record may exist already.
          const existing = await getRecord(did, handle, accessJwt, rkey);
          if (existing) return existing;
          throw error;
        }
      },
      async lookup(_post: ComposedPost, key: PostKey): Promise<RemotePost | undefined> {
        const { did, handle, accessJwt } = await login();
        return getRecord(did, handle, accessJwt, recordKeyFor(key));
      },
    };
  },
};
