/** Every photo album, newest first, each shown by its first photo. */
import type { TimeZone } from "../../content/dates.ts";
import type { GalleryView } from "../view.ts";
import { DateTime } from "./DateTime.tsx";
import { GRID_SIZES } from "./PhotoGrid.tsx";
import { Picture } from "./Picture.tsx";

export function GalleryIndex({ items, timeZone }: { items: GalleryView[]; timeZone: TimeZone }) {
  return (
    <>
      <h1>Galeri</h1>
      {items.length === 0 ? (
        <p>Belum ada album.</p>
      ) : (
        <div class="cards">
          {items.map((g, i) => (
            <article class="card">
              <Picture image={{ ...g.photos[0]!, alt: "" }} sizes={GRID_SIZES} eager={i === 0} class="card-image" />
              <div class="card-body">
                <h2 class="card-title">
                  <a href={g.url}>{g.title}</a>
                </h2>
                <p class="meta">
                  <DateTime date={g.date} timeZone={timeZone} /> · {g.photos.length} foto
                  {g.videos.length > 0 && `, ${g.videos.length} video`}
                </p>
                <p>{g.summary}</p>
              </div>
            </article>
          ))}
        </div>
      )}
    </>
  );
}
