// Eleventy configuration: thin on purpose; everything lives in the site plugin (src/site).
// Run with a TypeScript loader: `node --import tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`,
// or better `npm run build` / `npm start`. Content folder and clock: WARTA_CONTENT, WARTA_NOW.
import wartaSite, { siteOptionsFromEnv } from "./src/site/index.ts";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Eleventy 3 ships no types for its config API
export default function (eleventyConfig: any) {
  eleventyConfig.addPlugin(wartaSite, siteOptionsFromEnv());
  // The output folder is Eleventy's default `_site` (or what `buildSite` passes): naming it here would override that.
  return { dir: { input: "src/site/pages" } };
}
