/** Structured data for search engines; the JSON is escaped so no value can close the element. */
import { jsonForScript } from "../format.ts";

export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
