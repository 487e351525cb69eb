/**
 * The sanitiser's allow-list. Built from hast-util-sanitize's GitHub-style `defaultSchema`, then
 * cut down to what Markdown (with GFM, without raw HTML) can produce: an editor's text can only
 * ever become these elements with these attributes, whatever the parser or a plugin lets through.
 */
import { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";

type Definition = NonNullable<SanitizeSchema["attributes"]>[string][number];

/** Elements Markdown + GFM produce. No `h1` (the page title is the only one), no `div`, `span`, forms, media. */
const TAG_NAMES = [
  "a",
  "blockquote",
  "br",
  "code",
  "del",
  "em",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "img",
  "input",
  "li",
  "ol",
  "p",
  "pre",
  "section",
  "strong",
  "sup",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
] as const;

const kept = (defaultSchema.tagNames ?? []).filter((name) => (TAG_NAMES as readonly string[]).includes(name));
if (kept.length !== TAG_NAMES.length) {
  // Tightening only: every tag we allow must also be allowed by the upstream default.
  throw new Error(
    `markdown schema: tags outside rehype-sanitize's defaultSchema: ${TAG_NAMES.filter((t) => !kept.includes(t)).join(", ")}`,
  );
}

/** Footnote ids come from remark-rehype with its `user-content-` prefix; nothing else may carry an id. */
const FOOTNOTE_ID = /^user-content-fn(ref)?-[\w%.-]+$/;

const attributes: Record<string, Definition[]> = {
  a: [
    "href",
    "title",
    ["id", FOOTNOTE_ID],
    "dataFootnoteRef",
    "dataFootnoteBackref",
    ["className", "data-footnote-backref"],
    ["ariaDescribedBy", "footnote-label"],
    ["ariaLabel", /^Kembali ke rujukan [\d-]+$/],
  ],
  img: ["src", "alt", "title"],
  code: [["className", /^language-[\w+#.-]+$/]],
  th: [["align", "left", "center", "right"]],
  td: [["align", "left", "center", "right"]],
  ol: [
    ["start", /^\d+$/],
    ["className", "contains-task-list"],
  ],
  ul: [["className", "contains-task-list"]],
  li: [
    ["className", "task-list-item"],
    ["id", FOOTNOTE_ID],
  ],
  input: [
    ["type", "checkbox"],
    ["disabled", true],
    ["checked", true],
  ],
  h2: [
    ["className", "sr-only"],
    ["id", "footnote-label"],
  ],
  section: ["dataFootnotes", ["className", "footnotes"]],
};

export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...TAG_NAMES],
  attributes,
  // Ids are allowed only in the shapes above, already prefixed by remark-rehype: re-prefixing would
  // break footnote links, and `name` is never allowed, so nothing can clobber DOM globals.
  clobber: [],
  clobberPrefix: "",
  // Absolute URLs only with these schemes; relative URLs (no scheme) always pass.
  protocols: {
    href: ["http", "https", "mailto", "tel"],
    src: ["http", "https"],
  },
  ancestors: defaultSchema.ancestors,
  required: { input: { type: "checkbox", disabled: true } },
  // Drop these with their content rather than unwrapping it.
  strip: ["script", "style", "iframe", "object", "embed", "noscript", "template", "textarea", "select", "form"],
  allowComments: false,
  allowDoctypes: false,
};
