/**
 * Images inside an entry's body (`![alt](/media/foto.jpg)`) get what the cover gets: AVIF/WebP
 * renditions, a srcset, and width/height so the page does not jump while they load.
 */
import { renderToString } from "preact-render-to-string";
import { Picture } from "./components/Picture.tsx";
import type { ResponsiveImage } from "./view.ts";

export const BODY_IMAGE_SIZES = "(min-width: 48rem) 46rem, 100vw";
const RASTER = /\.(jpe?g|png|webp|avif|gif)$/i;

/** Text of an attribute value as the sanitiser's serializer wrote it. */
function decodeAttribute(value: string): string {
  return value.replace(
    /&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos));/gi,
    (_, dec?: string, hex?: string, name?: string) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[name!.toLowerCase()]!;
    },
  );
}

/** `resolve` gets the `src` as the page has it (URL-encoded): the caller decides which file that is. */
export async function responsiveBodyImages(
  html: string,
  resolve: (src: string, alt: string) => Promise<ResponsiveImage>,
): Promise<string> {
  const tags = [...html.matchAll(/<img\b[^>]*>/g)];
  if (tags.length === 0) return html;
  const replacements = await Promise.all(
    tags.map(async ([tag]) => {
      const src = /\ssrc="(\/media\/[^"]+)"/.exec(tag)?.[1];
      if (!src || !RASTER.test(src.replace(/[?#].*$/, ""))) return tag;
      const alt = decodeAttribute(/\salt="([^"]*)"/.exec(tag)?.[1] ?? "");
      return renderToString(<Picture image={await resolve(decodeAttribute(src), alt)} sizes={BODY_IMAGE_SIZES} />);
    }),
  );
  let i = 0;
  return html.replace(/<img\b[^>]*>/g, () => replacements[i++]!);
}
