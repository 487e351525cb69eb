/** A grid of photos; each opens the full-size image. */
import type { ResponsiveImage } from "../view.ts";
import { Picture } from "./Picture.tsx";

export const GRID_SIZES = "(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw";

export function PhotoGrid({ photos }: { photos: ResponsiveImage[] }) {
  if (photos.length === 0) return null;
  return (
    <ul class="photo-grid">
      {photos.map((p) => (
        <li>
          <figure>
            <a href={p.src}>
              <Picture image={p} sizes={GRID_SIZES} />
            </a>
            {p.caption && <figcaption>{p.caption}</figcaption>}
          </figure>
        </li>
      ))}
    </ul>
  );
}
