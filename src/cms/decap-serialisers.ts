/**
 * Decap CMS's own serialisers, loaded in Node: the Markdown widget's `markdownToSlate` /
 * `slateToMarkdown` and decap-cms-core's front-matter and YAML formatters, exactly as the admin
 * runs them when an entry is opened and saved. Decap ships them only as browser ES modules with
 * extensionless imports, so they are bundled here with esbuild (Node build, cached per process).
 * The editor components are the admin's (our image block, Decap's code block), made by Decap's
 * own `EditorComponent` factory, and the remark plugins are the ones the admin registers.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

export interface DecapSerialisers {
  markdownToSlate(markdown: string, options?: { voidCodeBlock?: boolean; remarkPlugins?: unknown[] }): unknown[];
  slateToMarkdown(value: unknown[], options?: { voidCodeBlock?: boolean; remarkPlugins?: unknown[] }): string;
  /** `FrontmatterFormatter` for YAML front matter (Markdown entries). */
  frontMatter: {
    fromFile(text: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
  };
  /** The YAML formatter (data files). */
  yaml: { fromFile(text: string): unknown; toFile(data: unknown, sortedKeys?: string[]): string };
  /** Decap's `EditorComponent` factory, to register components as `CMS.registerEditorComponent` does. */
  editorComponent(config: object): { id: string };
  /** Sets what the widget's `getEditorComponents()` returns (an Immutable Map by id, as in Decap). */
  setEditorComponents(components: { id: string }[]): void;
}

const ENTRY = `
import { Map } from "immutable";
export { markdownToSlate, slateToMarkdown } from "decap-cms-widget-markdown/dist/esm/serializers/index.js";
import { FrontmatterFormatter } from "decap-cms-core/dist/esm/formats/frontmatter.js";
export { default as yaml } from "decap-cms-core/dist/esm/formats/yaml.js";
export { default as editorComponent } from "decap-cms-core/dist/esm/valueObjects/EditorComponent.js";
import { setComponents } from "warta:markdown-control";
export const frontMatter = new FrontmatterFormatter("yaml");
export function setEditorComponents(list) { setComponents(Map(list.map((c) => [c.id, c]))); }
`;

/** Replaces the widget's React control module: the serialisers use only its `getEditorComponents`. */
const CONTROL_STUB = `
import { Map } from "immutable";
let components = Map();
export function getEditorComponents() { return components; }
export function setComponents(map) { components = map; }
`;

let loaded: Promise<DecapSerialisers> | undefined;

export function loadDecapSerialisers(): Promise<DecapSerialisers> {
  loaded ??= (async () => {
    const root = process.cwd();
    const result = await build({
      stdin: { contents: ENTRY, resolveDir: root, loader: "js" },
      bundle: true,
      write: false,
      platform: "node",
      format: "esm",
      logLevel: "silent",
      // gray-matter and friends are CommonJS and `require` Node built-ins.
      banner: {
        js: `import { createRequire as __cr } from "node:module"; const require = __cr(${JSON.stringify(pathToFileURL(join(root, "x.js")).href)});`,
      },
      plugins: [
        {
          name: "markdown-control-stub",
          setup(b) {
            b.onResolve({ filter: /^(\.\.\/MarkdownControl|warta:markdown-control)$/ }, () => ({
              path: "control",
              namespace: "warta-stub",
            }));
            b.onLoad({ filter: /.*/, namespace: "warta-stub" }, () => ({
              contents: CONTROL_STUB,
              loader: "js",
              resolveDir: root,
            }));
          },
        },
      ],
    });
    const dir = await mkdtemp(join(tmpdir(), "warta-decap-"));
    const file = join(dir, "serialisers.mjs");
    await writeFile(file, result.outputFiles[0]!.text);
    try {
      return (await import(pathToFileURL(file).href)) as DecapSerialisers;
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  return loaded;
}
