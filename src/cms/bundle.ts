/**
 * Builds the admin bundle (`warta-admin.js`) with esbuild: the locale, the unique media names and
 * the preview, which pulls in the site's page templates, components and Markdown pipeline. The
 * site's stylesheet is inlined so the preview frame needs no asset URL.
 *
 * Beside it, `warta-check.js`: the content check's entry rules (schema library included) as an ES
 * module the admin imports on the first save (pre-save.ts), so the first load stays small.
 */
import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions, type Plugin } from "esbuild";
import { CHECK_CHUNK } from "./pre-save.ts";

const ENTRY = fileURLToPath(new URL("../../admin/preview.tsx", import.meta.url));
const CHECK_ENTRY = fileURLToPath(new URL("../../admin/check.ts", import.meta.url));

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
  /**
   * Keep the last bundle in `<cacheDir>/admin/` and reuse it while none of its source files
   * changed (every `npm start` rebuild runs in a fresh process).
   */
  cacheDir?: string;
}

interface CacheStamp {
  minify: boolean;
  /** Source file → "size:mtime" when the cached bundle was made. */
  inputs: Record<string, string>;
}

const stampOf = async (path: string) => {
  const s = await stat(path);
  return `${s.size}:${s.mtimeMs}`;
};

async function cachedBundle(cacheDir: string, minify: boolean): Promise<boolean> {
  try {
    const stamp = JSON.parse(await readFile(join(cacheDir, "admin", "bundle.json"), "utf8")) as CacheStamp;
    if (stamp.minify !== minify) return false;
    for (const [file, value] of Object.entries(stamp.inputs)) if ((await stampOf(file)) !== value) return false;
    await stat(join(cacheDir, "admin", CHECK_CHUNK));
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the bundle to `outFile` and the check's chunk beside it; returns the bundle's size in
 * bytes (what the admin's first load fetches besides Decap).
 */
export async function buildAdminBundle(outFile: string, options: AdminBundleOptions = {}): Promise<number> {
  const minify = options.minify ?? true;
  const checkFile = join(dirname(outFile), CHECK_CHUNK);
  await mkdir(dirname(outFile), { recursive: true });
  if (options.cacheDir && (await cachedBundle(options.cacheDir, minify))) {
    await copyFile(join(options.cacheDir, "admin", "warta-admin.js"), outFile);
    await copyFile(join(options.cacheDir, "admin", CHECK_CHUNK), checkFile);
    return (await stat(outFile)).size;
  }
  const css = await readFile(SITE_CSS, "utf8");
  const shared = {
    bundle: true,
    platform: "browser",
    target: "es2022",
    minify,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [nodeBuiltinsStub],
    metafile: true as const,
    logLevel: "silent",
  } satisfies BuildOptions;
  const [result, check] = await Promise.all([
    build({
      ...shared,
      entryPoints: [ENTRY],
      outfile: outFile,
      format: "iife",
      jsx: "automatic",
      jsxImportSource: "preact",
      define: { ...shared.define, __WARTA_SITE_CSS__: JSON.stringify(css) },
    }),
    build({ ...shared, entryPoints: [CHECK_ENTRY], outfile: checkFile, format: "esm" }),
  ]);
  if (options.cacheDir) {
    const inputs: Record<string, string> = {};
    const sources = [...Object.keys(result.metafile.inputs), ...Object.keys(check.metafile.inputs)].filter(
      (i) => !i.startsWith("node-stub:"),
    );
    for (const input of [...new Set(sources.map((i) => resolve(i))), SITE_CSS]) inputs[input] = await stampOf(input);
    await mkdir(join(options.cacheDir, "admin"), { recursive: true });
    await copyFile(outFile, join(options.cacheDir, "admin", "warta-admin.js"));
    await copyFile(checkFile, join(options.cacheDir, "admin", CHECK_CHUNK));
    await writeFile(
      join(options.cacheDir, "admin", "bundle.json"),
      JSON.stringify({ minify, inputs } satisfies CacheStamp),
    );
  }
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}
