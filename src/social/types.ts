/** Shared shapes of the social posting part: channels, composed posts, adapters. */

export const CHANNELS = ["facebook", "instagram", "telegram", "x", "mastodon", "bluesky"] as const;
export type ChannelName = (typeof CHANNELS)[number];

export const CHANNEL_LABELS: Record<ChannelName, string> = {
  facebook: "Facebook",
  instagram: "Instagram",
  telegram: "Telegram",
  x: "X",
  mastodon: "Mastodon",
  bluesky: "Bluesky",
};

export type Env = Readonly<Record<string, string | undefined>>;

/** A Bluesky rich-text facet: byte offsets into the UTF-8 text. */
export interface Facet {
  index: { byteStart: number; byteEnd: number };
  features: (
    { $type: "app.bsky.richtext.facet#link"; uri: string } | { $type: "app.bsky.richtext.facet#tag"; tag: string }
  )[];
}

/** What one channel receives for one item: exactly what is sent. */
export interface ComposedPost {
  channel: ChannelName;
  /** The post text, already within the channel's limit. */
  text: string;
  /** Absolute URL of the item on the public site. */
  link: string;
  /** Plain title and summary, for link cards. */
  title: string;
  description: string;
  /** Public URL of the cover image (served by the deployed site). */
  imageUrl?: string;
  altText?: string;
  /** Bluesky only: link and hashtag facets. */
  facets?: Facet[];
}

/** Identifies one post of one item on one channel, stable across runs. */
export interface PostKey {
  itemUrl: string;
  channel: ChannelName;
  /** Set when the editor asked for a re-post (`social.repost`): a hash of what is posted. */
  revision?: string;
  /** Stable per (item, channel, revision): Mastodon's `Idempotency-Key`, the seed of Bluesky's record key. */
  idempotencyKey: string;
  /** Publication instant of the item (Bluesky's record key sorts by it). */
  itemDate: Date;
  /** When the post was claimed; a lookup ignores posts older than this (an earlier post of the same URL). */
  since?: Date;
}

export interface RemotePost {
  id: string;
  url: string;
}

/** One adapter per channel; the production code path differs from the tests only by `baseUrl`. */
export interface ChannelAdapter {
  name: ChannelName;
  /** Instagram cannot post without an image; the others fall back to text. */
  requiresImage?: boolean;
  /** Why this post can never go to this channel (no image, wrong image type); recorded as `skipped`. */
  skipReason?(post: ComposedPost): string | undefined;
  post(post: ComposedPost, key: PostKey): Promise<RemotePost>;
  /** Finds a post made earlier for `key` (after a timeout or 5xx), or says there is none. */
  lookup?(post: ComposedPost, key: PostKey): Promise<RemotePost | undefined>;
}
