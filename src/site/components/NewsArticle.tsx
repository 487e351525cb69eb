/** A news item in full: the page the Decap preview shows for `berita` too. */
import type { TimeZone } from "../../content/dates.ts";
import type { NewsView } from "../view.ts";
import { AttachmentList } from "./AttachmentList.tsx";
import { DateTime } from "./DateTime.tsx";
import { Figure } from "./Figure.tsx";
import { PhotoGrid } from "./PhotoGrid.tsx";
import { Prose } from "./Prose.tsx";
import { TagList } from "./TagList.tsx";
import { VideoEmbed } from "./VideoEmbed.tsx";

export const COVER_SIZES = "(min-width: 48rem) 46rem, 100vw";

export function NewsArticle({ item, timeZone }: { item: NewsView; timeZone: TimeZone }) {
  return (
    <article class="entry">
      <header class="entry-header">
        <h1>{item.title}</h1>
        <p class="meta">
          <DateTime date={item.date} timeZone={timeZone} long /> · <a href={item.division.url}>{item.division.name}</a>{" "}
          · Penulis: {item.author}
        </p>
      </header>
      <Figure image={item.cover} sizes={COVER_SIZES} eager class="cover" />
      <p class="lead">{item.summary}</p>
      <Prose html={item.html} />
      {item.video && <VideoEmbed video={item.video} />}
      {item.gallery.length > 0 && (
        <section class="gallery">
          <h2>Galeri foto</h2>
          <PhotoGrid photos={item.gallery} />
        </section>
      )}
      <AttachmentList attachments={item.attachments} />
      <TagList tags={item.tags} />
    </article>
  );
}
