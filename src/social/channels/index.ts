/** Every channel, in the order posts go out and rows are listed. */
import type { HttpOptions } from "../retry.ts";
import type { ChannelAdapter, ChannelName, Env } from "../types.ts";
import { bluesky } from "./bluesky.ts";
import type { ChannelDefinition } from "./channel.ts";
import { facebook } from "./facebook.ts";
import { instagram } from "./instagram.ts";
import { mastodon } from "./mastodon.ts";
import { telegram } from "./telegram.ts";
import { x } from "./x.ts";

export type { ChannelDefinition } from "./channel.ts";

export const CHANNEL_DEFINITIONS: Record<ChannelName, ChannelDefinition> = {
  facebook,
  instagram,
  telegram,
  x,
  mastodon,
  bluesky,
};

/** Channels whose secrets are present in `env`. */
export function enabledChannels(env: Env): ChannelName[] {
  return (Object.keys(CHANNEL_DEFINITIONS) as ChannelName[]).filter((name) => CHANNEL_DEFINITIONS[name].enabled(env));
}

export function createAdapter(name: ChannelName, env: Env, http: HttpOptions, baseUrl?: string): ChannelAdapter {
  return CHANNEL_DEFINITIONS[name].create(env, http, baseUrl);
}
