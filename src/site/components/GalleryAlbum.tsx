/** A photo album with its videos. */
import type { TimeZone } from "../../content/dates.ts";
import type { GalleryView } from "../view.ts";
import { DateTime } from "./DateTime.tsx";
import { PhotoGrid } from "./PhotoGrid.tsx";
import { Prose } from "./Prose.tsx";
import { VideoEmbed } from "./VideoEmbed.tsx";

export function GalleryAlbum({ item, timeZone }: { item: GalleryView; timeZone: TimeZone }) {
  return (
    <article class="entry entry-wide">
      <header class="entry-header">
        <h1>{item.title}</h1>
        <p class="meta">
          <DateTime date={item.date} timeZone={timeZone} long /> · {item.division.name} · {item.photos.length} foto
        </p>
      </header>
      <p class="lead">{item.summary}</p>
      <Prose html={item.html} />
      <PhotoGrid photos={item.photos} />
      {item.videos.length > 0 && (
        <section>
          <h2>Video</h2>
          {item.videos.map((v) => (
            <VideoEmbed video={v} />
          ))}
        </section>
      )}
    </article>
  );
}
