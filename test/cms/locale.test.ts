import { describe, expect, it } from "vitest";
import en from "decap-cms-locales/dist/esm/en/index.js";
import { id, type LocalePhrases } from "../../src/cms/locale/id.ts";

/** Every leaf of a phrase tree as [dotted key, phrase]. */
function leaves(tree: LocalePhrases, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === "object" ? leaves(value as LocalePhrases, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}
const placeholders = (phrase: string) => [...phrase.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

const english = new Map(leaves(en as LocalePhrases));
const indonesian = new Map(leaves(id));

describe("Indonesian admin locale", () => {
  it("covers every key of Decap's English locale with a non-empty phrase", () => {
    expect(english.size).toBeGreaterThan(200);
    const missing = [...english.keys()].filter((key) => typeof indonesian.get(key) !== "string" || !(indonesian.get(key) as string).trim());
    expect(missing).toEqual([]);
  });

  it("has no keys Decap does not know (typos would silently fall back to English)", () => {
    expect([...indonesian.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("keeps every %{placeholder} and the plural forms", () => {
    const wrong = [...english].filter(([key, phrase]) => {
      const ours = indonesian.get(key);
      if (typeof phrase !== "string" || typeof ours !== "string") return false;
      return (
        placeholders(phrase).join() !== placeholders(ours).join() ||
        phrase.split("||||").length !== ours.split("||||").length
      );
    });
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it("is actually translated: the phrases an editor sees most are Indonesian", () => {
    expect(id.auth.login).toBe("Masuk");
    expect(id.editor.editorToolbar.save).toBe("Simpan");
    expect(id.editor.editorControlPane.widget.required).toBe("%{fieldLabel} wajib diisi.");
    const same = [...english].filter(([key, phrase]) => indonesian.get(key) === phrase && /[a-z]{4,}/i.test(String(phrase)));
    // Only brand names and placeholders-only phrases may stay as they are.
    expect(same.map(([key]) => key).sort()).toEqual([
      "app.header.media",
      "editor.editorToolbar.status",
      "editor.editorWidgets.markdown.markdown",
      "ui.toast.onFailToAuth",
      "workflow.workflowCard.lastChangeNoAuthor",
    ]);
  });
});
