/** An announcement in full, marked when it is no longer in force. */
import type { TimeZone } from "../../content/dates.ts";
import type { AnnouncementView } from "../view.ts";
import { AttachmentList } from "./AttachmentList.tsx";
import { DateTime } from "./DateTime.tsx";
import { Prose } from "./Prose.tsx";

export function ExpiredNote({
  item,
  timeZone,
}: {
  item: Pick<AnnouncementView, "expired" | "expires">;
  timeZone: TimeZone;
}) {
  return item.expired ? (
    <p class="badge badge-expired">
      Sudah tidak berlaku sejak <DateTime date={item.expires} timeZone={timeZone} />
    </p>
  ) : (
    <p class="badge">
      Berlaku sampai <DateTime date={item.expires} timeZone={timeZone} />
    </p>
  );
}

export function AnnouncementArticle({ item, timeZone }: { item: AnnouncementView; timeZone: TimeZone }) {
  return (
    <article class="entry">
      <header class="entry-header">
        <h1>{item.title}</h1>
        <p class="meta">
          Diterbitkan <DateTime date={item.date} timeZone={timeZone} long />
          {item.division && <> · {item.division.name}</>}
        </p>
        <ExpiredNote item={item} timeZone={timeZone} />
      </header>
      <p class="lead">{item.summary}</p>
      <Prose html={item.html} />
      <AttachmentList attachments={item.attachments} />
    </article>
  );
}
