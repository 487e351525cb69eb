import { FEED_URLS } from "../../content/urls.ts";
import { newsFeed, type FeedFormat } from "../feeds.ts";
import type { TemplateData } from "../page-kit.tsx";

// One template, three formats of the same feed.
const FORMATS = (Object.keys(FEED_URLS) as FeedFormat[]).map((format) => ({ format, path: FEED_URLS[format] }));

export const data = {
  pagination: { data: "feedFormats", size: 1, alias: "feed" },
  feedFormats: FORMATS,
  permalink: (data: { feed: (typeof FORMATS)[number] }) => data.feed.path,
};

export function render({ warta, feed }: TemplateData & { feed: (typeof FORMATS)[number] }) {
  return newsFeed(feed.format, warta.site, warta.news, warta.now);
}
