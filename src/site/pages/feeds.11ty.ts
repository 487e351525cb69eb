import { FEED_PATHS, newsFeed } from "../feeds.ts";
import type { TemplateData } from "../page-kit.tsx";

// One template, three formats of the same feed.
const FORMATS = [
  { path: FEED_PATHS.rss, write: "rss2" },
  { path: FEED_PATHS.atom, write: "atom1" },
  { path: FEED_PATHS.json, write: "json1" },
] as const;

export const data = {
  pagination: { data: "feedFormats", size: 1, alias: "format" },
  feedFormats: FORMATS,
  permalink: (data: { format: (typeof FORMATS)[number] }) => data.format.path,
};

export function render({ warta, format }: TemplateData & { format: (typeof FORMATS)[number] }) {
  return newsFeed(warta.site, warta.news, warta.now, format.write === "json1" ? "json" : "xml")[format.write]();
}
