/**
 * Structured data for search engines; the JSON is escaped so no value can close the element,
 * and every address in it (`url`, `sameAs`, `logo`…) must pass the site's link rule, in case a
 * value reached the page without going through the check.
 */
import { safeLink } from "../../content/urls.ts";
import { jsonForScript } from "../format.ts";

const LINK_KEYS = new Set(["@id", "url", "sameAs", "logo", "image", "mainEntityOfPage"]);

function withSafeLinks(value: unknown, key?: string): unknown {
  if (typeof value === "string") return key !== undefined && LINK_KEYS.has(key) ? safeLink(value) : value;
  if (Array.isArray(value)) return value.map((item) => withSafeLinks(item, key)).filter((item) => item !== undefined);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSafeLinks(v, k)]));
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
