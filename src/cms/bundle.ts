/**
 * Builds the admin bundle (`warta-admin.js`) with esbuild: the locale, the unique media names and
 * the preview, which pulls in the site's page templates, components and Markdown pipeline. The
 * site's stylesheet is inlined so the preview frame needs no asset URL.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const ENTRY = fileURLToPath(new URL("../../admin/preview.tsx", import.meta.url));
const SITE_CSS = fileURLToPath(new URL("../site/assets/style.css", import.meta.url));

/**
 * The site model module imports `node:fs`/`node:path` for work the preview never does (reading
 * attachment sizes during the build). In the browser they become objects whose functions throw.
 */
const nodeBuiltinsStub: Plugin = {
  name: "node-builtins-stub",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: "node-stub" }));
    b.onLoad({ filter: /.*/, namespace: "node-stub" }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, name) => () => { throw new Error(${JSON.stringify(args.path)} + "." + String(name) + " is not available in the admin preview"); } });`,
      loader: "js",
    }));
  },
};

export interface AdminBundleOptions {
  /** Readable output for debugging; default minified. */
  minify?: boolean;
}

/** Writes the bundle to `outFile` and returns its size in bytes. */
export async function buildAdminBundle(outFile: string, options: AdminBundleOptions = {}): Promise<number> {
  const css = await readFile(SITE_CSS, "utf8");
  const result = await build({
    entryPoints: [ENTRY],
    outfile: outFile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: options.minify ?? true,
    legalComments: "none",
    jsx: "automatic",
    jsxImportSource: "preact",
    define: {
      __WARTA_SITE_CSS__: JSON.stringify(css),
      "process.env.NODE_ENV": '"production"',
    },
    plugins: [nodeBuiltinsStub],
    metafile: true,
    logLevel: "silent",
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}
