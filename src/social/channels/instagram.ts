/**
 * Instagram (Business/Creator) through the Graph API: `POST /{ig-user-id}/media` makes a
 * container from the image's public URL (safe to repeat), `GET /{container}?fields=status_code`
 * waits for FINISHED, then `POST /{ig-user-id}/media_publish` posts (the only step that must
 * never be repeated blindly). Instagram needs an image, and only JPEG is supported.
 */
import { ChannelError, type HttpOptions } from "../retry.ts";
import type { ChannelAdapter, ComposedPost, Env, PostKey, RemotePost } from "../types.ts";
import type { ChannelDefinition } from "./channel.ts";
import { GRAPH_HOST, GraphClient } from "./graph.ts";

/** Polls of the container status before giving up (each waits `backoffMs`, doubling to a cap). */
const CONTAINER_POLLS = 10;

function skipReason(post: ComposedPost): string | undefined {
  if (!post.imageUrl) return "Instagram memerlukan gambar; item ini tidak punya gambar sampul";
  if (!/\.jpe?g$/i.test(new URL(post.imageUrl).pathname))
    return "Instagram hanya menerima gambar JPEG; gambar sampul item ini bukan .jpg";
  return undefined;
}

export const instagram: ChannelDefinition = {
  name: "instagram",
  variables: ["INSTAGRAM_USER_ID", "INSTAGRAM_TOKEN", "FACEBOOK_PAGE_TOKEN"],
  skipReason,
  enabled: (env: Env) => Boolean(env.INSTAGRAM_USER_ID && (env.INSTAGRAM_TOKEN || env.FACEBOOK_PAGE_TOKEN)),
  create(env: Env, http: HttpOptions, baseUrl = GRAPH_HOST): ChannelAdapter {
    const userId = env.INSTAGRAM_USER_ID ?? "";
    const secret = env.INSTAGRAM_TOKEN ? "INSTAGRAM_TOKEN" : "FACEBOOK_PAGE_TOKEN";
    const graph = new GraphClient(
      http,
      baseUrl,
      env.INSTAGRAM_TOKEN || env.FACEBOOK_PAGE_TOKEN || "",
      "Instagram",
      secret,
    );

    async function waitForContainer(containerId: string): Promise<void> {
      for (let poll = 0; poll < CONTAINER_POLLS; poll++) {
        const status = (await graph.get(containerId, { fields: "status_code,status" })) as {
          status_code?: string;
          status?: string;
        };
        if (status.status_code === "FINISHED" || status.status_code === "PUBLISHED") return;
        if (status.status_code === "ERROR" || status.status_code === "EXPIRED") {
          throw new ChannelError(
            `Instagram: gambar ditolak saat diproses (${status.status_code}${status.status ? `: ${status.status}` : ""})`,
            "failed",
          );
        }
        await http.sleep(Math.min(http.backoffMs * 2 ** poll, 10_000));
      }
      throw new ChannelError("Instagram: gambar belum selesai diproses; dicoba lagi pada jalan berikutnya", "failed");
    }

    return {
      name: "instagram",
      requiresImage: true,
      skipReason,
      async post(post: ComposedPost): Promise<RemotePost> {
        const reason = skipReason(post);
        if (reason || !post.imageUrl) throw new ChannelError(reason ?? "Instagram memerlukan gambar", "failed");
        const fields: Record<string, string> = { image_url: post.imageUrl, caption: post.text };
        if (post.altText) fields.alt_text = post.altText;
        const container = (await graph.post(`${userId}/media`, fields, "idempotent")) as { id: string };
        await waitForContainer(container.id);
        const published = (await graph.post(`${userId}/media_publish`, { creation_id: container.id }, "create")) as {
          id: string;
        };
        let url = `https://www.instagram.com/`;
        try {
          const media = (await graph.get(published.id, { fields: "permalink" })) as { permalink?: string };
          if (media.permalink) url = media.permalink;
        } catch {
          // The post exists; a missing permalink only makes the summary less helpful.
        }
        return { id: published.id, url };
      },
      async lookup(_post: ComposedPost, key: PostKey): Promise<RemotePost | undefined> {
        const reply = (await graph.get(`${userId}/media`, {
          fields: "id,caption,permalink,timestamp",
          limit: "50",
        })) as {
          data?: { id: string; caption?: string; permalink?: string; timestamp?: string }[];
        };
        const notBefore = key.since ? key.since.getTime() - 600_000 : -Infinity;
        const found = reply.data?.find(
          (m) => m.caption?.includes(key.itemUrl) && (!m.timestamp || Date.parse(m.timestamp) >= notBefore),
        );
        return found ? { id: found.id, url: found.permalink ?? "https://www.instagram.com/" } : undefined;
      },
    };
  },
};
