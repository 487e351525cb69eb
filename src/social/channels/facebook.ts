/**
 * Facebook Page: `POST /{page-id}/photos` (caption + image URL) when the item has a cover,
 * otherwise `POST /{page-id}/feed` (message + link). Graph has no idempotency key; after an
 * ambiguous failure the page feed is searched for a post carrying the item's URL.
 */
import type { HttpOptions } from "../retry.ts";
import type { ChannelAdapter, ComposedPost, Env, PostKey, RemotePost } from "../types.ts";
import type { ChannelDefinition } from "./channel.ts";
import { GRAPH_HOST, GraphClient, sinceSeconds } from "./graph.ts";

/** `123_456` → `https://www.facebook.com/123/posts/456`. */
export function facebookPostUrl(postId: string): string {
  const [page, post] = postId.split("_");
  return post ? `https://www.facebook.com/${page}/posts/${post}` : `https://www.facebook.com/${postId}`;
}

export const facebook: ChannelDefinition = {
  name: "facebook",
  variables: ["FACEBOOK_PAGE_ID", "FACEBOOK_PAGE_TOKEN"],
  enabled: (env: Env) => Boolean(env.FACEBOOK_PAGE_ID && env.FACEBOOK_PAGE_TOKEN),
  create(env: Env, http: HttpOptions, baseUrl = GRAPH_HOST): ChannelAdapter {
    const pageId = env.FACEBOOK_PAGE_ID ?? "";
    const graph = new GraphClient(http, baseUrl, env.FACEBOOK_PAGE_TOKEN ?? "", "Facebook", "FACEBOOK_PAGE_TOKEN");

    return {
      name: "facebook",
      async post(post: ComposedPost): Promise<RemotePost> {
        if (post.imageUrl) {
          const reply = (await graph.post(
            `${pageId}/photos`,
            { url: post.imageUrl, caption: post.text, published: "true" },
            "create",
          )) as { id: string; post_id?: string };
          const id = reply.post_id ?? reply.id;
          return { id, url: facebookPostUrl(id) };
        }
        const reply = (await graph.post(`${pageId}/feed`, { message: post.text, link: post.link }, "create")) as {
          id: string;
        };
        return { id: reply.id, url: facebookPostUrl(reply.id) };
      },
      async lookup(_post: ComposedPost, key: PostKey): Promise<RemotePost | undefined> {
        const query: Record<string, string> = { fields: "id,message,permalink_url,created_time", limit: "50" };
        const since = sinceSeconds(key.since);
        if (since) query.since = since;
        const reply = (await graph.get(`${pageId}/feed`, query)) as {
          data?: { id: string; message?: string; permalink_url?: string }[];
        };
        const found = reply.data?.find((p) => p.message?.includes(key.itemUrl));
        return found ? { id: found.id, url: found.permalink_url ?? facebookPostUrl(found.id) } : undefined;
      },
    };
  },
};
