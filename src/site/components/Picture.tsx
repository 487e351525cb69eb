/** A responsive image: `<picture>` with AVIF/WebP sources and a sized fallback `<img>`. */
import type { ResponsiveImage } from "../view.ts";

export interface PictureProps {
  image: ResponsiveImage;
  /** The `sizes` attribute: how wide the image is drawn, e.g. "(min-width: 48rem) 46rem, 100vw". */
  sizes: string;
  /** The first image above the fold loads at once; every other image lazily. */
  eager?: boolean | undefined;
  class?: string | undefined;
}

export function Picture({ image, sizes, eager = false, class: className }: PictureProps) {
  return (
    <picture class={className}>
      {image.sources.map((s) => (
        <source type={s.type} srcset={s.srcset} sizes={sizes} />
      ))}
      <img
        src={image.src}
        srcset={image.srcset}
        sizes={image.srcset ? sizes : undefined}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={eager ? "eager" : "lazy"}
        decoding={eager ? "auto" : "async"}
        fetchpriority={eager ? "high" : undefined}
      />
    </picture>
  );
}
