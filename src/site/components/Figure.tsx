/** An image with its caption, when it has one. */
import type { ResponsiveImage } from "../view.ts";
import { Picture } from "./Picture.tsx";

export interface FigureProps {
  image: ResponsiveImage;
  sizes: string;
  eager?: boolean | undefined;
  class?: string | undefined;
}

export function Figure({ image, sizes, eager, class: className }: FigureProps) {
  const picture = <Picture image={image} sizes={sizes} eager={eager} />;
  if (!image.caption) return <div class={className}>{picture}</div>;
  return (
    <figure class={className}>
      {picture}
      <figcaption>{image.caption}</figcaption>
    </figure>
  );
}
