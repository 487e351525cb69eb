/**
 * Structured data for search engines; the JSON is escaped so no value can close the element,
 * and every address in it (`url`, `sameAs`, `logo`…) must pass the site's link rule, in case a
 * value reached the page without going through the check.
 */
import { safeLink } from "../../content/urls.ts";
import { jsonForScript } from "../format.ts";

const LINK_KEYS = new Set(["@id", "url", "sameAs", "logo", "image", "mainEntityOfPage"]);

// Plain loops, not entries/fromEntries/map/filter: this runs on every page's data (half the cost).
function withSafeLinks(value: unknown, key?: string): unknown {
  if (typeof value === "string") return key !== undefined && LINK_KEYS.has(key) ? safeLink(value) : value;
  if (Array.isArray(value)) {
    const safe: unknown[] = [];
    for (const item of value) {
      const kept = withSafeLinks(item, key);
      if (kept !== undefined) safe.push(kept);
    }
    return safe;
  }
  if (value !== null && typeof value === "object") {
    const safe: Record<string, unknown> = {};
    for (const k of Object.keys(value)) safe[k] = withSafeLinks((value as Record<string, unknown>)[k], k);
    return safe;
  }
  return value;
}

// The site-wide object is the same on every page: serialise it once.
const serialised = new WeakMap<object, string>();

export function JsonLd({ data }: { data: object }) {
  let json = serialised.get(data);
  if (json === undefined) serialised.set(data, (json = jsonForScript(withSafeLinks(data))));
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
