/**
 * The "image" block of the Markdown editor, in Indonesian. Decap's own block (same id, replaced
 * here) has English labels and offers any URL; this one keeps Decap's Markdown form
 * (`![alt](src "title")`) and asks for the alt text the content check requires in a body.
 */
import { LIMITS } from "../content/constants.ts";
import type { CreateElement } from "./decap.ts";
import { resolvingGetAsset } from "./media-assets.ts";

interface ImageBlock {
  image?: string;
  alt?: string;
  title?: string;
}

export function imageEditorComponent(h: CreateElement) {
  return {
    id: "image",
    label: "Gambar",
    pattern: /^!\[([^\]]*)\]\((.*?)(\s"([^"]*)")?\)/,
    fromBlock: (match: RegExpMatchArray | null): ImageBlock | null =>
      match && { image: match[2], alt: match[1], title: match[4] },
    toBlock: ({ alt, image, title }: ImageBlock) =>
      `![${(alt ?? "").replace(/[[\]]/g, "")}](${image ?? ""}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`,
    toPreview: (
      { alt, image, title }: ImageBlock,
      getAsset: (path: string, field?: unknown) => unknown,
      fields?: { get(key: string): unknown }[],
    ) => {
      const field = fields?.find((f) => f.get("widget") === "image");
      return h("img", {
        src: String(resolvingGetAsset(getAsset)(image ?? "", field) ?? ""),
        alt: alt ?? "",
        title: title ?? "",
      });
    },
    fields: [
      {
        label: "Gambar",
        name: "image",
        widget: "image",
        choose_url: false,
        media_library: { allow_multiple: false, config: { multiple: false, max_file_size: LIMITS.imageBytes } },
      },
      {
        label: "Teks alternatif (wajib)",
        name: "alt",
        widget: "string",
        hint: "Jelaskan isi gambar untuk pembaca tunanetra.",
      },
      { label: "Judul (muncul saat kursor di atas gambar)", name: "title", widget: "string", required: false },
    ],
  };
}
