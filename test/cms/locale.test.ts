import { describe, expect, it } from "vitest";
import en from "decap-cms-locales/dist/esm/en/index.js";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { id, type LocalePhrases } from "../../src/cms/locale/id.ts";
import { indonesianText } from "../../src/cms/wording.ts";
import { adminEnglishWords as englishWords } from "../english.ts";

/** Every leaf of a phrase tree as [dotted key, phrase]. */
function leaves(tree: LocalePhrases, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === "object"
      ? leaves(value as LocalePhrases, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value]],
  );
}
const placeholders = (phrase: string) => [...phrase.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * Placeholders our phrases leave out: Decap fills them with machine names (the widget's type,
 * the field's key) or units editors do not use, or with the label already shown above.
 */
const DROPPED: Record<string, string[]> = {
  "editor.editorControl.field.widgetLabel": ["widgetLabel"],
  "editor.editorWidgets.datetime.setToNow": ["fieldLabel"],
  "editor.editorControlPane.widget.regexPattern": ["fieldLabel"],
  "mediaLibrary.mediaLibrary.fileTooLarge": ["size"],
};
/** Placeholders that carry machine names in screen-reader labels. */
const TECHNICAL: Record<string, string[]> = {
  "editor.editorControl.field.widgetLabel": ["widgetLabel"],
  "editor.editorWidgets.datetime.setToNow": ["fieldLabel"],
};
/** Phrases Decap 3.16 renders as `aria-label`. */
const ARIA_LABELS = [
  "editor.editorControl.field.widgetLabel",
  "editor.editorWidgets.datetime.setToNow",
  "collection.collectionTop.viewAsList",
  "collection.collectionTop.viewAsGrid",
  "collection.collectionTop.newButtonAriaLabel",
  "editor.editorWidgets.markdown.toggleMode.rich",
  "editor.editorWidgets.markdown.toggleMode.markdown",
  "editor.editorWidgets.object.expand",
  "editor.editorWidgets.object.collapse",
  "mediaLibrary.mediaLibraryModal.close",
  "ui.settingsDropdown.account",
];

const english = new Map(leaves(en as LocalePhrases));
const indonesian = new Map(leaves(id));

describe("Indonesian admin locale", () => {
  it("covers every key of Decap's English locale with a non-empty phrase", () => {
    expect(english.size).toBeGreaterThan(200);
    const missing = [...english.keys()].filter(
      (key) => typeof indonesian.get(key) !== "string" || !(indonesian.get(key) as string).trim(),
    );
    expect(missing).toEqual([]);
  });

  it("has no keys Decap does not know (typos would silently fall back to English)", () => {
    expect([...indonesian.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it("keeps every %{placeholder} and the plural forms, except the ones left out on purpose", () => {
    const wrong = [...english].filter(([key, phrase]) => {
      const ours = indonesian.get(key);
      if (typeof phrase !== "string" || typeof ours !== "string") return false;
      const expected = placeholders(phrase).filter((p) => !DROPPED[key]?.includes(p!));
      return placeholders(ours).join() !== expected.join() || phrase.split("||||").length !== ours.split("||||").length;
    });
    expect(wrong.map(([key]) => key)).toEqual([]);
  });

  it("gives screen readers Indonesian labels without widget names or field keys", () => {
    // Decap renders these phrases as aria-label (EditorControl, DateTimeControl, CollectionTop,
    // the Markdown toolbar, object/list top bars, media library, settings menu).
    for (const key of ARIA_LABELS) {
      const phrase = indonesian.get(key);
      expect(typeof phrase, key).toBe("string");
      expect(phrase, key).not.toBe(english.get(key));
      // What Decap fills in from the config's machine names must not be read out.
      for (const machine of TECHNICAL[key] ?? []) expect(phrase, key).not.toContain(`%{${machine}}`);
      expect(phrase, key).not.toMatch(/\b(string|image|datetime|relation|select|widget|field|Remove)\b/i);
    }
  });

  it("uses no English word from Decap's own English phrases, except names (Netlify Identity, Git Gateway, the Enter key)", () => {
    const NAMES: Record<string, string[]> = {
      "auth.loginWithNetlifyIdentity": ["Identity"],
      "auth.errors.identitySettings": ["Identity"],
      "editor.editorNotesPane.shortcut": ["Enter"],
    };
    const english = [...indonesian]
      .map(
        ([key, phrase]) =>
          [
            key,
            englishWords(String(phrase).replace(/%\{\w+\}/g, " ")).filter((w) => !NAMES[key]?.includes(w)),
          ] as const,
      )
      .filter(([, words]) => words.length > 0);
    expect(english).toEqual([]);
  });

  it("asks before deleting a draft in words that do not say the published entry goes", () => {
    expect(id.workflow.workflowList.onDeleteEntry).not.toBe("Yakin ingin menghapus entri ini?");
    expect(id.workflow.workflowList.onDeleteEntry).toMatch(/draf/i);
    expect(id.workflow.workflowList.onDeleteEntry).toMatch(/sudah terbit.*tetap tayang/);
  });

  it("states file limits the way the field's hint does (MB), not Decap's 1000-byte kB", () => {
    expect(id.mediaLibrary.mediaLibrary.fileTooLarge).not.toMatch(/kB|%\{size\}/);
  });

  it("does not repeat the field label before the schema's own message", () => {
    expect(id.editor.editorControlPane.widget.regexPattern).toBe("%{pattern}.");
  });

  it("is actually translated: the phrases an editor sees most are Indonesian", () => {
    expect(id.auth.login).toBe("Masuk");
    expect(id.editor.editorToolbar.save).toBe("Simpan");
    expect(id.editor.editorControlPane.widget.required).toBe("%{fieldLabel} wajib diisi.");
    const same = [...english].filter(
      ([key, phrase]) => indonesian.get(key) === phrase && /[a-z]{4,}/i.test(String(phrase)),
    );
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

/**
 * react-select's own announcements, taken from the installed react-select (the select and relation
 * widgets' control): `defaultAriaLiveMessages` and the default `screenReaderStatus`, evaluated
 * from its ES build, so an upgrade that changes a message makes this test fail.
 */
function reactSelectMessages() {
  const dist = join(dirname(createRequire(import.meta.url).resolve("react-select/package.json")), "dist");
  const source = readFileSync(
    join(
      dist,
      readdirSync(dist).find((f) => /^Select-.*\.esm\.js$/.test(f))!,
    ),
    "utf8",
  );
  const start = source.indexOf("var defaultAriaLiveMessages = {");
  const messages = source.slice(
    start + "var defaultAriaLiveMessages = ".length,
    source.indexOf("};", source.indexOf("onFilter: function", start)) + 1,
  );
  const status = /screenReaderStatus: (function screenReaderStatus\(_ref\) \{[\s\S]*?\n {2}\})/.exec(source)![1]!;
  type Message = (props: Record<string, unknown>) => string;
  return {
    ...(new Function(`return ${messages}`)() as Record<"guidance" | "onChange" | "onFocus" | "onFilter", Message>),
    screenReaderStatus: new Function(`return ${status}`)() as (props: { count: number }) => string,
  };
}

describe("react-select's live announcements", () => {
  const m = reactSelectMessages();
  const option = "Softcopy (berkas elektronik)";
  const spoken: string[] = [
    m.onChange({ action: "select-option", label: option }),
    m.onChange({ action: "select-option", label: option, isDisabled: true }),
    m.onChange({ action: "deselect-option", label: option }),
    m.onChange({ action: "remove-value", label: option }),
    m.onChange({ action: "clear" }),
    m.onChange({ action: "initial-input-focus", labels: [option, "Hardcopy"] }),
    m.onChange({ action: "initial-input-focus", labels: [option] }),
    m.onFocus({ context: "value", label: option, selectValue: [1, 2], focused: 2 }),
    m.guidance({ context: "menu", tabSelectsValue: true }),
    m.guidance({ context: "menu", tabSelectsValue: false }),
    m.guidance({
      context: "input",
      isInitialFocus: true,
      isSearchable: true,
      isMulti: true,
      "aria-label": "Bentuk informasi",
    }),
    m.guidance({ context: "input", isInitialFocus: true, isSearchable: false, isMulti: false }),
    m.guidance({ context: "value" }),
    m.onFilter({ resultsMessage: m.screenReaderStatus({ count: 3 }), inputValue: "soft" }),
    m.onFilter({ resultsMessage: m.screenReaderStatus({ count: 1 }), inputValue: "" }),
    m.screenReaderStatus({ count: 0 }),
  ];

  it("are read out in Indonesian, with the option's own words kept", () => {
    expect(spoken.every((message) => message.length > 0)).toBe(true);
    const unread = spoken.filter((message) => {
      const said = indonesianText(message);
      return (
        said === undefined ||
        /\b(option|options|selected|deselected|focused|results?|available|press|Use|Select|search term|cleared)\b/.test(
          said,
        )
      );
    });
    expect(unread).toEqual([]);
    expect(indonesianText(spoken[0]!)).toBe(`pilihan ${option}, dipilih.`);
    expect(indonesianText(spoken[13]!)).toBe('3 hasil tersedia untuk kata "soft".');
    expect(indonesianText(spoken[10]!)).toMatch(/^Bentuk informasi aktif, ketik untuk menyaring daftar/);
  });
});
