/**
 * Local HTTP servers answering in the channels' documented API shapes (Telegram Bot API,
 * Graph API for Facebook Pages and Instagram, X API v2, Mastodon, AT Protocol XRPC), with
 * realistic error bodies and injectable faults, plus a stand-in for the deployed site.
 * The adapters under test are the production code with only the base URL changed.
 */
import { createHash } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import twitterText from "twitter-text";
import { signatureBaseString, hmacSha1Signature } from "../../src/social/oauth1.ts";

export const SECRETS = {
  FACEBOOK_PAGE_ID: "104857600",
  FACEBOOK_PAGE_TOKEN: "EAAGfbPageTokenSecret0123456789",
  INSTAGRAM_USER_ID: "17841400000000000",
  TELEGRAM_BOT_TOKEN: "7012345678:AAHtelegramSecretToken_abcdefghijk",
  TELEGRAM_CHAT_ID: "@diskominfo_contoh",
  X_API_KEY: "xConsumerKeySecretValue01",
  X_API_SECRET: "xConsumerSecretValue0123456789",
  X_ACCESS_TOKEN: "1234567890-xAccessTokenValue",
  X_ACCESS_SECRET: "xAccessSecretValue0123456789",
  MASTODON_TOKEN: "mastodonAccessTokenSecret0123456789",
  BLUESKY_HANDLE: "diskominfo-contoh.bsky.social",
  BLUESKY_APP_PASSWORD: "abcd-efgh-ijkl-mnop",
} as const;

export type Route =
  | "telegram.sendPhoto"
  | "telegram.sendMessage"
  | "facebook.photos"
  | "facebook.feed"
  | "facebook.feed.read"
  | "instagram.media"
  | "instagram.container"
  | "instagram.publish"
  | "instagram.permalink"
  | "instagram.list"
  | "x.upload"
  | "x.tweets"
  | "mastodon.media"
  | "mastodon.media.get"
  | "mastodon.statuses"
  | "mastodon.verify"
  | "mastodon.list"
  | "bluesky.session"
  | "bluesky.uploadBlob"
  | "bluesky.createRecord"
  | "bluesky.getRecord";

/** A canned reply, or: never answer; do the work then answer 500; do the work then never answer. */
export type Fault =
  "hang" | "accept-then-500" | "accept-then-hang" | { status: number; body: unknown; headers?: Record<string, string> };

export interface Recorded {
  route: Route | "unknown";
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface AcceptedPost {
  channel: "telegram" | "facebook" | "instagram" | "x" | "mastodon" | "bluesky";
  id: string;
  text: string;
  image?: string;
  createdAt: string;
}

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown, headers?: Record<string, string>): Reply =>
  headers ? { status, body, headers } : { status, body };
const graphemes = (t: string) => [...new Intl.Segmenter("id", { granularity: "grapheme" }).segment(t)].length;
const escapeHtml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function formData(req: Recorded): Promise<FormData> {
  return new Request("http://x/", {
    method: "POST",
    headers: { "content-type": String(req.headers["content-type"]) },
    body: new Uint8Array(req.body),
  }).formData();
}

function graphError(
  status: number,
  code: number,
  message: string,
  type = "OAuthException",
  extra: Record<string, unknown> = {},
): Reply {
  return json(status, { error: { message, type, code, fbtrace_id: "AbCdEfGh123", ...extra } });
}

export class FakePlatforms {
  url = "";
  readonly requests: Recorded[] = [];
  readonly posts: AcceptedPost[] = [];
  private readonly faults = new Map<Route, Fault[]>();
  private readonly server = http.createServer((req, res) => void this.handle(req, res));
  private seq = 1000;
  private readonly mastodonIdempotency = new Map<string, unknown>();
  private readonly mastodonMedia = new Map<string, { polls: number; url: string }>();
  private readonly igContainers = new Map<
    string,
    { polls: number; imageUrl: string; caption: string; published?: string }
  >();
  private readonly bskyRecords = new Map<string, { uri: string; cid: string; value: any }>();
  private readonly sessions = new Set<string>();
  private readonly blobs = new Map<string, { mimeType: string; size: number }>();

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queues a fault for the next request(s) to `route`. */
  fail(route: Route, ...faults: Fault[]): void {
    this.faults.set(route, [...(this.faults.get(route) ?? []), ...faults]);
  }

  count(route: Route): number {
    return this.requests.filter((r) => r.route === route).length;
  }

  postsOn(channel: AcceptedPost["channel"]): AcceptedPost[] {
    return this.posts.filter((p) => p.channel === channel);
  }

  private nextId(): string {
    return String(++this.seq);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const recorded: Recorded = {
      route: "unknown",
      method: req.method ?? "GET",
      path: url.pathname + url.search,
      headers: req.headers,
      body: await readBody(req),
    };
    const found = this.route(recorded.method, url);
    this.requests.push(recorded);
    if (!found) return this.send(res, json(404, { error: "Not Found" }));
    recorded.route = found.route;
    const fault = this.faults.get(found.route)?.shift();
    if (fault === "hang") return; // the client's timeout fires; the socket closes with the server
    if (typeof fault === "object") return this.send(res, fault);
    const reply = await found.handler(recorded, url);
    if (fault === "accept-then-hang") return;
    if (fault === "accept-then-500") return this.send(res, this.serverError(found.route));
    this.send(res, reply);
  }

  private serverError(route: Route): Reply {
    if (route.startsWith("telegram"))
      return json(500, { ok: false, error_code: 500, description: "Internal Server Error" });
    if (route.startsWith("facebook") || route.startsWith("instagram"))
      return graphError(
        500,
        2,
        "An unexpected error has occurred. Please retry your request later.",
        "OAuthException",
        { is_transient: true },
      );
    if (route.startsWith("x."))
      return json(503, {
        title: "Service Unavailable",
        detail: "Service Unavailable",
        type: "about:blank",
        status: 503,
      });
    if (route.startsWith("mastodon")) return json(500, { error: "We're sorry, but something went wrong on our end." });
    return json(500, { error: "InternalServerError", message: "Internal Server Error" });
  }

  private send(res: ServerResponse, reply: Reply): void {
    const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...reply.headers });
    res.end(body);
  }

  private route(
    method: string,
    url: URL,
  ): { route: Route; handler: (req: Recorded, url: URL) => Reply | Promise<Reply> } | undefined {
    const p = url.pathname;
    let m: RegExpExecArray | null;
    if ((m = /^\/bot([^/]+)\/(sendPhoto|sendMessage)$/.exec(p)) && method === "POST") {
      const name = m[2] as "sendPhoto" | "sendMessage";
      return { route: `telegram.${name}`, handler: (req) => this.telegram(m![1]!, name, req) };
    }
    if ((m = /^\/v23\.0\/([^/]+)\/(photos|feed|media|media_publish)$/.exec(p))) {
      const [, node, edge] = m;
      if (edge === "photos" && method === "POST")
        return { route: "facebook.photos", handler: (req) => this.facebookPost(node!, "photos", req) };
      if (edge === "feed" && method === "POST")
        return { route: "facebook.feed", handler: (req) => this.facebookPost(node!, "feed", req) };
      if (edge === "feed" && method === "GET")
        return { route: "facebook.feed.read", handler: (req, u) => this.facebookFeed(req, u) };
      if (edge === "media" && method === "POST")
        return { route: "instagram.media", handler: (req) => this.igMedia(req) };
      if (edge === "media" && method === "GET") return { route: "instagram.list", handler: (req) => this.igList(req) };
      if (edge === "media_publish" && method === "POST")
        return { route: "instagram.publish", handler: (req) => this.igPublish(req) };
    }
    if ((m = /^\/v23\.0\/([^/]+)$/.exec(p)) && method === "GET") {
      const id = m[1]!;
      if (this.igContainers.has(id))
        return { route: "instagram.container", handler: (req) => this.igContainer(id, req) };
      return { route: "instagram.permalink", handler: (req) => this.igPermalink(id, req) };
    }
    if (p === "/2/media/upload" && method === "POST") return { route: "x.upload", handler: (req) => this.xUpload(req) };
    if (p === "/2/tweets" && method === "POST") return { route: "x.tweets", handler: (req) => this.xTweet(req) };
    if (p === "/api/v2/media" && method === "POST")
      return { route: "mastodon.media", handler: (req) => this.mastodonUpload(req) };
    if ((m = /^\/api\/v1\/media\/([^/]+)$/.exec(p)) && method === "GET")
      return { route: "mastodon.media.get", handler: (req) => this.mastodonMediaGet(m![1]!, req) };
    if (p === "/api/v1/statuses" && method === "POST")
      return { route: "mastodon.statuses", handler: (req) => this.mastodonStatus(req) };
    if (p === "/api/v1/accounts/verify_credentials")
      return {
        route: "mastodon.verify",
        handler: (req) =>
          this.mastodonAuth(req) ?? json(200, { id: "109000", username: "diskominfo", acct: "diskominfo" }),
      };
    if (/^\/api\/v1\/accounts\/109000\/statuses$/.test(p))
      return { route: "mastodon.list", handler: (req) => this.mastodonList(req) };
    if (p === "/xrpc/com.atproto.server.createSession" && method === "POST")
      return { route: "bluesky.session", handler: (req) => this.bskySession(req) };
    if (p === "/xrpc/com.atproto.repo.uploadBlob" && method === "POST")
      return { route: "bluesky.uploadBlob", handler: (req) => this.bskyUpload(req) };
    if (p === "/xrpc/com.atproto.repo.createRecord" && method === "POST")
      return { route: "bluesky.createRecord", handler: (req) => this.bskyCreate(req) };
    if (p === "/xrpc/com.atproto.repo.getRecord" && method === "GET")
      return { route: "bluesky.getRecord", handler: (req, u) => this.bskyGet(req, u) };
    return undefined;
  }

  // ── Telegram Bot API ──────────────────────────────────────────────────────────
  private telegram(token: string, method: "sendPhoto" | "sendMessage", req: Recorded): Reply {
    if (token !== SECRETS.TELEGRAM_BOT_TOKEN)
      return json(401, { ok: false, error_code: 401, description: "Unauthorized" });
    const body = JSON.parse(req.body.toString("utf8")) as {
      chat_id: string;
      text?: string;
      caption?: string;
      photo?: string;
    };
    if (body.chat_id !== SECRETS.TELEGRAM_CHAT_ID)
      return json(400, { ok: false, error_code: 400, description: "Bad Request: chat not found" });
    const text = (method === "sendPhoto" ? body.caption : body.text) ?? "";
    if (method === "sendPhoto" && text.length > 1024)
      return json(400, { ok: false, error_code: 400, description: "Bad Request: message caption is too long" });
    if (method === "sendMessage" && text.length > 4096)
      return json(400, { ok: false, error_code: 400, description: "Bad Request: message is too long" });
    const id = this.nextId();
    const post: AcceptedPost = { channel: "telegram", id, text, createdAt: new Date().toISOString() };
    if (body.photo) post.image = body.photo;
    this.posts.push(post);
    const chat = {
      id: -1001234567890,
      title: "Diskominfo Kabupaten Contoh",
      username: "diskominfo_contoh",
      type: "channel",
    };
    return json(200, {
      ok: true,
      result: {
        message_id: Number(id),
        sender_chat: chat,
        chat,
        date: Math.floor(Date.now() / 1000),
        ...(body.photo ? { caption: text, photo: [] } : { text }),
      },
    });
  }

  // ── Graph API: Facebook Page ──────────────────────────────────────────────────
  private graphToken(req: Recorded): string | undefined {
    const auth = req.headers.authorization;
    if (auth?.startsWith("Bearer ")) return auth.slice(7);
    if (req.method === "POST") return new URLSearchParams(req.body.toString("utf8")).get("access_token") ?? undefined;
    return undefined;
  }

  private graphAuth(req: Recorded): Reply | undefined {
    if (this.graphToken(req) !== SECRETS.FACEBOOK_PAGE_TOKEN)
      return graphError(400, 190, "Invalid OAuth access token - Cannot parse access token");
    return undefined;
  }

  private facebookPost(page: string, edge: "photos" | "feed", req: Recorded): Reply {
    const denied = this.graphAuth(req);
    if (denied) return denied;
    if (page !== SECRETS.FACEBOOK_PAGE_ID)
      return graphError(
        400,
        100,
        `Unsupported post request. Object with ID '${page}' does not exist`,
        "GraphMethodException",
      );
    const form = new URLSearchParams(req.body.toString("utf8"));
    const text = (edge === "photos" ? form.get("caption") : form.get("message")) ?? "";
    const postId = `${page}_${this.nextId()}`;
    const post: AcceptedPost = { channel: "facebook", id: postId, text, createdAt: new Date().toISOString() };
    const image = form.get("url");
    if (image) post.image = image;
    this.posts.push(post);
    return edge === "photos" ? json(200, { id: this.nextId(), post_id: postId }) : json(200, { id: postId });
  }

  private facebookFeed(req: Recorded, url: URL): Reply {
    const denied = this.graphAuth(req);
    if (denied) return denied;
    const since = Number(url.searchParams.get("since") ?? 0);
    const data = this.postsOn("facebook")
      .filter((p) => Date.parse(p.createdAt) / 1000 >= since)
      .reverse()
      .map((p) => ({
        id: p.id,
        message: p.text,
        created_time: p.createdAt.replace(/\.\d+Z$/, "+0000"),
        permalink_url: `https://www.facebook.com/${p.id.replace("_", "/posts/")}`,
      }));
    return json(200, { data, paging: {} });
  }

  // ── Graph API: Instagram ──────────────────────────────────────────────────────
  private igMedia(req: Recorded): Reply {
    const denied = this.graphAuth(req);
    if (denied) return denied;
    const form = new URLSearchParams(req.body.toString("utf8"));
    const caption = form.get("caption") ?? "";
    if (caption.length > 2200)
      return graphError(400, 100, "The caption is too long.", "OAuthException", { error_subcode: 2207010 });
    const imageUrl = form.get("image_url") ?? "";
    if (!/\.jpe?g$/i.test(new URL(imageUrl).pathname))
      return graphError(400, 9004, "Only photo or video can be accepted as media type.", "OAuthException", {
        error_subcode: 2207052,
      });
    const id = this.nextId();
    this.igContainers.set(id, { polls: 0, imageUrl, caption });
    return json(200, { id });
  }

  private igContainer(id: string, req: Recorded): Reply {
    const denied = this.graphAuth(req);
    if (denied) return denied;
    const container = this.igContainers.get(id)!;
    container.polls++;
    const status_code = container.published ? "PUBLISHED" : container.polls < 2 ? "IN_PROGRESS" : "FINISHED";
    return json(200, { status_code, id });
  }

  private igPublish(req: Recorded): Reply {
    const denied = this.graphAuth(req);
    if (denied) return denied;
    const creationId = new URLSearchParams(req.body.toString("utf8")).get("creation_id") ?? "";
    const container = this.igContainers.get(creationId);
    if (!container) return graphError(400, 100, "Invalid parameter", "OAuthException", { error_subcode: 2207027 });
    if (container.published)
      return graphError(400, 9007, "The media has already been published", "OAuthException", {
        error_subcode: 2207006,
      });
    const id = this.nextId();
    container.published = id;
    this.posts.push({
      channel: "instagram",
      id,
      text: container.caption,
      image: container.imageUrl,
      createdAt: new Date().toISOString(),
    });
    return json(200, { id });
  }

  private igPermalink(id: string, req: Recorded): Reply {
    const denied = this.graphAuth(req);
    if (denied) return denied;
    if (!this.postsOn("instagram").some((p) => p.id === id))
      return graphError(
        400,
        100,
        `Unsupported get request. Object with ID '${id}' does not exist`,
        "GraphMethodException",
      );
    return json(200, { permalink: `https://www.instagram.com/p/C${id}/`, id });
  }

  private igList(req: Recorded): Reply {
    const denied = this.graphAuth(req);
    if (denied) return denied;
    const data = this.postsOn("instagram")
      .reverse()
      .map((p) => ({
        id: p.id,
        caption: p.text,
        permalink: `https://www.instagram.com/p/C${p.id}/`,
        timestamp: p.createdAt.replace(/\.\d+Z$/, "+0000"),
      }));
    return json(200, { data, paging: {} });
  }

  // ── X API v2 ──────────────────────────────────────────────────────────────────
  /** Checks the OAuth 1.0a header the way X does: recompute the signature over this request. */
  private xAuth(req: Recorded): Reply | undefined {
    const header = String(req.headers.authorization ?? "");
    const params = Object.fromEntries(
      [...header.matchAll(/(\w+)="([^"]*)"/g)].map(([, k, v]) => [k!, decodeURIComponent(v!)]),
    );
    const unauthorized = json(401, { title: "Unauthorized", type: "about:blank", status: 401, detail: "Unauthorized" });
    if (
      !header.startsWith("OAuth ") ||
      params.oauth_consumer_key !== SECRETS.X_API_KEY ||
      params.oauth_token !== SECRETS.X_ACCESS_TOKEN
    )
      return unauthorized;
    const signed = Object.entries(params).filter(([k]) => k !== "oauth_signature");
    const expected = hmacSha1Signature(
      signatureBaseString(req.method, `${this.url}${req.path}`, signed),
      SECRETS.X_API_SECRET,
      SECRETS.X_ACCESS_SECRET,
    );
    return expected === params.oauth_signature ? undefined : unauthorized;
  }

  private async xUpload(req: Recorded): Promise<Reply> {
    const denied = this.xAuth(req);
    if (denied) return denied;
    const form = await formData(req);
    const media = form.get("media") as File | null;
    if (!media || form.get("media_category") !== "tweet_image")
      return json(400, {
        errors: [{ message: "media is required" }],
        title: "Invalid Request",
        detail: "One or more parameters to your request was invalid.",
        type: "https://api.twitter.com/2/problems/invalid-request",
      });
    const id = `1${this.nextId()}000000000000`;
    return json(200, {
      data: {
        id,
        media_key: `3_${id}`,
        size: media.size,
        expires_after_secs: 86400,
        image: { image_type: media.type, w: 8, h: 6 },
      },
    });
  }

  private xTweet(req: Recorded): Reply {
    const denied = this.xAuth(req);
    if (denied) return denied;
    const body = JSON.parse(req.body.toString("utf8")) as { text: string; media?: { media_ids: string[] } };
    if (!twitterText.parseTweet(body.text).valid) {
      return json(400, {
        errors: [{ parameters: { text: [body.text] }, message: "Text is too long" }],
        title: "Invalid Request",
        detail: "One or more parameters to your request was invalid.",
        type: "https://api.twitter.com/2/problems/invalid-request",
      });
    }
    if (this.postsOn("x").some((p) => p.text === body.text)) {
      return json(403, {
        detail: "You are not allowed to create a Tweet with duplicate content.",
        type: "about:blank",
        title: "Forbidden",
        status: 403,
      });
    }
    const id = `18${this.nextId()}00000000000`;
    const post: AcceptedPost = { channel: "x", id, text: body.text, createdAt: new Date().toISOString() };
    if (body.media?.media_ids[0]) post.image = body.media.media_ids[0];
    this.posts.push(post);
    return json(201, { data: { id, text: body.text, edit_history_tweet_ids: [id] } });
  }

  // ── Mastodon ──────────────────────────────────────────────────────────────────
  private mastodonAuth(req: Recorded): Reply | undefined {
    if (req.headers.authorization !== `Bearer ${SECRETS.MASTODON_TOKEN}`)
      return json(401, { error: "The access token is invalid" });
    return undefined;
  }

  private async mastodonUpload(req: Recorded): Promise<Reply> {
    const denied = this.mastodonAuth(req);
    if (denied) return denied;
    const form = await formData(req);
    const file = form.get("file") as File | null;
    if (!file) return json(422, { error: "Validation failed: File content type is invalid, File is invalid" });
    const id = `1100${this.nextId()}`;
    this.mastodonMedia.set(id, { polls: 0, url: `${this.url}/system/media/${id}.jpg` });
    // Large files are processed asynchronously: 202 with url null.
    return json(202, {
      id,
      type: "image",
      url: null,
      preview_url: `${this.url}/system/media/${id}_small.jpg`,
      description: form.get("description"),
      blurhash: null,
    });
  }

  private mastodonMediaGet(id: string, req: Recorded): Reply {
    const denied = this.mastodonAuth(req);
    if (denied) return denied;
    const media = this.mastodonMedia.get(id);
    if (!media) return json(404, { error: "Record not found" });
    media.polls++;
    if (media.polls < 2) return json(206, { id, type: "image", url: null });
    return json(200, { id, type: "image", url: media.url });
  }

  private mastodonStatus(req: Recorded): Reply {
    const denied = this.mastodonAuth(req);
    if (denied) return denied;
    const key = String(req.headers["idempotency-key"] ?? "");
    if (key && this.mastodonIdempotency.has(key)) return json(200, this.mastodonIdempotency.get(key));
    const body = JSON.parse(req.body.toString("utf8")) as { status: string; media_ids?: string[]; visibility?: string };
    const counted = graphemes(body.status.replace(/https?:\/\/\S+/g, "x".repeat(23)));
    if (counted > 500) return json(422, { error: "Validation failed: Text character limit of 500 exceeded" });
    for (const mediaId of body.media_ids ?? []) {
      if (!this.mastodonMedia.has(mediaId))
        return json(422, { error: "Validation failed: Media attachments is invalid" });
    }
    const id = `1130${this.nextId()}`;
    const createdAt = new Date().toISOString();
    const content = `<p>${escapeHtml(body.status)
      .replace(/\n/g, "<br />")
      .replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1" rel="nofollow noopener" target="_blank">$1</a>')}</p>`;
    const status = {
      id,
      created_at: createdAt,
      visibility: body.visibility ?? "public",
      language: "id",
      uri: `${this.url}/users/diskominfo/statuses/${id}`,
      url: `${this.url}/@diskominfo/${id}`,
      content,
      media_attachments: (body.media_ids ?? []).map((m) => ({ id: m, type: "image" })),
    };
    const post: AcceptedPost = { channel: "mastodon", id, text: body.status, createdAt };
    if (body.media_ids?.[0]) post.image = body.media_ids[0];
    this.posts.push(post);
    if (key) this.mastodonIdempotency.set(key, status);
    return json(200, status);
  }

  private mastodonList(req: Recorded): Reply {
    const denied = this.mastodonAuth(req);
    if (denied) return denied;
    const statuses = this.postsOn("mastodon")
      .reverse()
      .map((p) => ({
        id: p.id,
        created_at: p.createdAt,
        url: `${this.url}/@diskominfo/${p.id}`,
        uri: `${this.url}/users/diskominfo/statuses/${p.id}`,
        content: `<p>${escapeHtml(p.text)}</p>`,
      }));
    return json(200, statuses);
  }

  /** Forgets idempotency keys, as Mastodon does after an hour. */
  expireMastodonKeys(): void {
    this.mastodonIdempotency.clear();
  }

  // ── AT Protocol (Bluesky PDS) ─────────────────────────────────────────────────
  private bskyAuth(req: Recorded): Reply | undefined {
    const token = String(req.headers.authorization ?? "").replace(/^Bearer /, "");
    if (!this.sessions.has(token)) return json(401, { error: "InvalidToken", message: "Token could not be verified" });
    return undefined;
  }

  private bskySession(req: Recorded): Reply {
    const body = JSON.parse(req.body.toString("utf8")) as { identifier: string; password: string };
    if (body.identifier !== SECRETS.BLUESKY_HANDLE || body.password !== SECRETS.BLUESKY_APP_PASSWORD) {
      return json(401, { error: "AuthenticationRequired", message: "Invalid identifier or password" });
    }
    const accessJwt = `eyJhbGciOiJFUzI1NksifQ.access${this.nextId()}.sig`;
    this.sessions.add(accessJwt);
    return json(200, {
      did: "did:plc:diskominfocontoh0000000",
      handle: SECRETS.BLUESKY_HANDLE,
      accessJwt,
      refreshJwt: `eyJhbGciOiJFUzI1NksifQ.refresh${this.nextId()}.sig`,
      active: true,
    });
  }

  private bskyUpload(req: Recorded): Reply {
    const denied = this.bskyAuth(req);
    if (denied) return denied;
    if (req.body.length > 1_000_000)
      return json(400, {
        error: "BlobTooLarge",
        message: "This file is too large. It is 1.2MB but the maximum size is 976.56KB.",
      });
    const link = `bafkrei${createHash("sha256").update(req.body).digest("hex").slice(0, 52)}`;
    const mimeType = String(req.headers["content-type"]);
    this.blobs.set(link, { mimeType, size: req.body.length });
    return json(200, { blob: { $type: "blob", ref: { $link: link }, mimeType, size: req.body.length } });
  }

  private bskyCreate(req: Recorded): Reply {
    const denied = this.bskyAuth(req);
    if (denied) return denied;
    const body = JSON.parse(req.body.toString("utf8")) as {
      repo: string;
      collection: string;
      rkey?: string;
      record: any;
    };
    if (body.rkey !== undefined && !/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/.test(body.rkey)) {
      return json(400, { error: "InvalidRequest", message: "Invalid record key" });
    }
    const text = String(body.record?.text ?? "");
    if (graphemes(text) > 300)
      return json(400, {
        error: "InvalidRequest",
        message: `Invalid ${body.collection} record: Record/text must not be longer than 300 graphemes`,
      });
    const rkey = body.rkey ?? this.nextId();
    // A second create with the same key fails inside the PDS: it answers 500, not 409.
    if (this.bskyRecords.has(rkey))
      return json(500, { error: "InternalServerError", message: "Internal Server Error" });
    const uri = `at://${body.repo}/${body.collection}/${rkey}`;
    const cid = `bafyrei${createHash("sha256").update(JSON.stringify(body.record)).digest("hex").slice(0, 52)}`;
    this.bskyRecords.set(rkey, { uri, cid, value: body.record });
    this.posts.push({
      channel: "bluesky",
      id: uri,
      text,
      createdAt: new Date().toISOString(),
      ...(body.record?.embed?.external?.thumb ? { image: body.record.embed.external.thumb.ref.$link } : {}),
    });
    return json(200, {
      uri,
      cid,
      commit: { cid: `bafyrei${this.nextId()}`, rev: "3l" + this.nextId() },
      validationStatus: "valid",
    });
  }

  record(rkey: string): any {
    return this.bskyRecords.get(rkey)?.value;
  }

  private bskyGet(req: Recorded, url: URL): Reply {
    const rkey = url.searchParams.get("rkey") ?? "";
    const record = this.bskyRecords.get(rkey);
    if (!record)
      return json(400, {
        error: "RecordNotFound",
        message: `Could not locate record: at://${url.searchParams.get("repo")}/${url.searchParams.get("collection")}/${rkey}`,
      });
    return json(200, { uri: record.uri, cid: record.cid, value: record.value });
  }
}

/** The deployed site: item pages and media answer 200 once "deployed"; anything else 404. */
export class FakeSite {
  url = "";
  readonly deployed = new Set<string>();
  readonly hits: string[] = [];
  private readonly server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    this.hits.push(`${req.method} ${path}`);
    if (!this.deployed.has(path)) {
      res.writeHead(404, { "content-type": "text/html" }).end("<h1>404</h1>");
      return;
    }
    const image = /\.(jpe?g|png)$/i.test(path);
    const body = image ? TINY_JPEG : "<!doctype html><title>ok</title>";
    res.writeHead(200, {
      "content-type": image ? "image/jpeg" : "text/html; charset=utf-8",
      "content-length": String(body.length),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  });

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  deploy(...paths: string[]): void {
    for (const p of paths) this.deployed.add(p);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** A minimal JPEG (SOI, JFIF header, EOI): bytes for uploads. */
export const TINY_JPEG = Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex");
