/** Structured data for search engines; the JSON is escaped so no value can close the element. */
import { jsonForScript } from "../format.ts";

// The site-wide object is the same on every page: serialise it once.
const serialised = new WeakMap<object, string>();

export function JsonLd({ data }: { data: object }) {
  let json = serialised.get(data);
  if (json === undefined) serialised.set(data, (json = jsonForScript(data)));
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
