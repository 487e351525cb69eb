/** The Pagefind index (and its UI files) for a built site, in Indonesian. */
import { join } from "node:path";
import * as pagefind from "pagefind";
import { SEARCH_INDEX_URL } from "../content/urls.ts";

export async function buildSearchIndex(siteDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "id" });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, SEARCH_INDEX_URL) });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
