/**
 * The Warta Eleventy plugin. Eleventy renders the TSX page templates in `src/site/pages/`; the
 * content does not go through Eleventy: it is loaded, validated and turned into a page model once
 * (`prepare.ts`) and handed to the templates as the global `warta`. After Eleventy has written the
 * pages, the plugin publishes what it used: image renditions, media files, assets, the sitemap.
 */
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { isInside, MediaFiles } from "../content/media.ts";
import { prepareSite, type PreparedSite, type SiteOptions } from "./prepare.ts";
import { sitemapXml } from "./sitemap.ts";

export { siteOptionsFromEnv, type SiteOptions } from "./prepare.ts";

export interface PluginOptions extends SiteOptions {
  /** Content already prepared by `buildSite` (so a content error surfaces before Eleventy starts). */
  prepared?: PreparedSite | undefined;
  /** Told every file the plugin writes besides the pages (images, media, assets, sitemap). */
  onPublished?: ((files: string[]) => void) | undefined;
}

interface TemplateResult {
  url: string | false;
  outputPath: string | false;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy 3 ships no types for its config API
export default function wartaSite(eleventyConfig: any, options: PluginOptions = {}): void {
  let prepared: Promise<PreparedSite> | undefined;
  const site = () => (prepared ??= options.prepared ? Promise.resolve(options.prepared) : prepareSite(options));

  eleventyConfig.addExtension(["11ty.ts", "11ty.tsx"], { key: "11ty.js" });
  eleventyConfig.addTemplateFormats(["11ty.ts", "11ty.tsx"]);
  eleventyConfig.addGlobalData("warta", async () => (await site()).model);
  // Nothing uses Eleventy collections: skipping them saves work per page.
  eleventyConfig.addGlobalData("eleventyExcludeFromCollections", true);

  // A second build in the same process (watch mode) reloads the content.
  eleventyConfig.on("eleventy.before", () => {
    if (!options.prepared) prepared = undefined;
  });
  eleventyConfig.on(
    "eleventy.after",
    async ({ directories, results }: { directories: { output: string }; results: TemplateResult[] }) => {
      // Publish first: `onPublished?.(await publishFiles(…))` would skip the publishing when no one listens.
      const files = await publishFiles(await site(), directories.output, results);
      options.onPublished?.(files);
    },
  );
}
// First registration wins: `buildSite` adds the plugin with its options before `.eleventy.ts` runs.
wartaSite.eleventyPluginOptions = { unique: true };

/** Writes what the pages use; returns the files written. */
async function publishFiles(site: PreparedSite, output: string, results: TemplateResult[]): Promise<string[]> {
  const { model, images, assets, contentDir } = site;
  const outputDir = resolve(output);
  const written = await images.copyUsed(outputDir);
  await images.close();
  // The loader has refused anything else already; deciding again here means no path the model
  // names can make the build read or write outside the media and output folders.
  const media = new MediaFiles(contentDir);
  await Promise.all(
    [...model.media].map(async (path) => {
      const decision = await media.decide(path);
      if (!decision.ok)
        throw new Error(`Media ${path} tidak diterbitkan: ${decision.finding.message} → ${decision.finding.fix}`);
      const to = join(outputDir, decision.media.sitePath);
      if (!isInside(outputDir, to))
        throw new Error(`Media ${path} akan ditulis di luar ${outputDir}; tidak diterbitkan.`);
      written.push(to);
      await mkdir(dirname(to), { recursive: true });
      await copyFile(decision.media.file, to);
    }),
  );
  for (const [url, text] of assets.files) {
    await mkdir(dirname(join(outputDir, url)), { recursive: true });
    await writeFile(join(outputDir, url), text);
    written.push(join(outputDir, url));
  }
  const pages = results
    .filter((r) => typeof r.url === "string" && typeof r.outputPath === "string" && r.outputPath.endsWith(".html"))
    .map((r) => r.url as string);
  await writeFile(join(outputDir, "sitemap.xml"), sitemapXml(model.site.url, pages, model.lastModified));
  written.push(join(outputDir, "sitemap.xml"));
  return written;
}
