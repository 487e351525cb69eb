/** Every announcement, newest first; those no longer in force are marked. */
import type { TimeZone } from "../../content/dates.ts";
import type { AnnouncementView } from "../view.ts";
import { ExpiredNote } from "./AnnouncementArticle.tsx";
import { DateTime } from "./DateTime.tsx";

export function AnnouncementItems({
  items,
  timeZone,
  level = 2,
}: {
  items: AnnouncementView[];
  timeZone: TimeZone;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <ul class="item-list">
      {items.map((a) => (
        <li class={a.expired ? "is-expired" : undefined}>
          <Heading class="item-title">
            <a href={a.url}>{a.title}</a>
          </Heading>
          <p class="meta">
            <DateTime date={a.date} timeZone={timeZone} />
          </p>
          <ExpiredNote item={a} timeZone={timeZone} />
          <p>{a.summary}</p>
        </li>
      ))}
    </ul>
  );
}

export function AnnouncementList({ items, timeZone }: { items: AnnouncementView[]; timeZone: TimeZone }) {
  return (
    <>
      <h1>Pengumuman</h1>
      {items.length === 0 ? <p>Belum ada pengumuman.</p> : <AnnouncementItems items={items} timeZone={timeZone} />}
    </>
  );
}
