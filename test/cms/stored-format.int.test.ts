/**
 * The stored format is the one Decap CMS writes (issue 12.5): opening an entry or data file in the
 * admin and saving it must change nothing, so an official reviewing the pull request sees only the
 * edited lines. The round trip is composed here from Decap's own code in node_modules (bundled for
 * Node by src/cms/decap-serialisers.ts), as the admin runs it:
 * - decap-cms-core `backend.entryToRaw`: `format.toFile(data, fieldsOrder)` + final newline, with
 *   `FrontmatterFormatter` (formats/frontmatter) or the YAML formatter (formats/yaml), which writes
 *   plain data with the `yaml` package, so comments are not kept;
 * - the Markdown widget's VisualEditor: `markdownToSlate(value, { voidCodeBlock, remarkPlugins })`
 *   on opening, `slateToMarkdown(value, …)` on every change (remark-stringify 6, `*` bullets).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDecapSerialisers } from "../../src/cms/decap-serialisers.ts";
import { tableAlignment } from "../../src/cms/table-align.ts";
import { imageEditorComponent } from "../../src/cms/editor-image.ts";
import { formatContent, storedFiles } from "../../src/cms/stored-format.ts";

async function decap() {
  const d = await loadDecapSerialisers();
  // What decap-cms-app (extensions.js) and src/cms/admin.ts register.
  d.setEditorComponents([
    d.editorComponent(imageEditorComponent(() => null)),
    d.editorComponent({ id: "code-block", label: "Code Block", widget: "code", type: "code-block" }),
  ]);
  return d;
}

/** Open in the admin, edit the body in the rich editor, save. */
async function openAndSave(text: string, kind: "markdown" | "yaml", fieldsOrder: string[], remarkPlugins: unknown[]) {
  const d = await decap();
  const options = { voidCodeBlock: true, remarkPlugins };
  let out: string;
  if (kind === "yaml") {
    out = d.yaml.toFile(d.yaml.fromFile(text), fieldsOrder);
  } else {
    const data = d.frontMatter.fromFile(text);
    if (typeof data.body === "string") data.body = d.slateToMarkdown(d.markdownToSlate(data.body, options), options);
    out = d.frontMatter.toFile(data, fieldsOrder);
  }
  return out.endsWith("\n") ? out : `${out}\n`;
}

const TABLE = `| Tahun | Titik baru |
| ----- | ---------: |
| 2023  |         12 |
| 2026  |         16 |`;
const TABLE_PLAIN = `| Tahun | Titik baru |
| ----- | ---------- |
| 2023  | 12         |
| 2026  | 16         |`;

describe("the stored format", () => {
  it("is what Decap writes: opening and saving any sample entry or data file in the admin changes nothing", async () => {
    const files = await storedFiles("content");
    expect(files.length).toBeGreaterThan(50);
    const changed: string[] = [];
    for (const file of files) {
      const text = await readFile(file.path, "utf8");
      // a new remark plugin per file: the admin's page opens one entry at a time
      if ((await openAndSave(text, file.kind, file.fieldsOrder, [tableAlignment()])) !== text) changed.push(file.path);
    }
    expect(changed).toEqual([]);
  });

  it("keeps a table's right alignment through the admin, which Decap alone drops", async () => {
    const entry = `---\ntitle: Capaian\n---\n${TABLE}\n`;
    expect(await openAndSave(entry, "markdown", ["title", "body"], [tableAlignment()])).toBe(entry);
    // Decap 3.16 by itself (slateRemark.js builds tables without `align`): the loss this plugin repairs.
    expect(await openAndSave(entry, "markdown", ["title", "body"], [])).toContain("| ----- | ---------- |");
  });

  it("gives no alignment to a table that had none, even when a table with the same header was read before", async () => {
    const plugin = tableAlignment();
    await openAndSave(`---\ntitle: A\n---\n${TABLE}\n`, "markdown", ["title", "body"], [plugin]);
    const plain = `---\ntitle: B\n---\n${TABLE_PLAIN}\n`;
    expect(await openAndSave(plain, "markdown", ["title", "body"], [plugin])).toBe(plain);
  });

  it("is restored by npm run check -- --fix (formatContent), which never rewrites a file into one the site publishes differently", async () => {
    const dir = await mkdtemp(join(tmpdir(), "warta-format-"));
    try {
      await cp("content", dir, { recursive: true, filter: (src) => !src.includes("/media/") });
      const file = join(dir, "halaman", "profil.md");
      const stored = await readFile(file, "utf8");
      // A hand edit in another style: "-" bullets, a long line in the front matter, a YAML comment.
      const handEdited = stored.replaceAll(/^\* /gm, "- ").replace(/^title: (.*)$/m, "title: >-\n  $1");
      expect(handEdited).not.toBe(stored);
      await writeFile(file, handEdited);
      const menu = join(dir, "_data", "menu.yml");
      const menuStored = await readFile(menu, "utf8");
      await writeFile(menu, `# Menu utama situs.\n${menuStored}`);

      // Decap's remark-parse 6 reads a line starting with "2008." as a numbered list, the site does not.
      const risky = join(dir, "halaman", "kontak.md");
      const riskyText = `${(await readFile(risky, "utf8")).trimEnd()}\n\nSesuai Undang-Undang Nomor 14 Tahun\n2008.\n`;
      await writeFile(risky, riskyText);

      expect(await formatContent(dir, { fix: false })).toEqual({ changed: [file, menu], refused: [risky] });
      expect(await readFile(file, "utf8")).toBe(handEdited); // without fix nothing is written
      await formatContent(dir, { fix: true });
      expect(await readFile(file, "utf8")).toBe(stored);
      expect(await readFile(menu, "utf8")).toBe(menuStored);
      expect(await readFile(risky, "utf8")).toBe(riskyText); // never rewritten into something else
      expect(await formatContent(dir, { fix: false })).toEqual({ changed: [], refused: [risky] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
