/** An event: when, where, who organises it, and the details. */
import type { TimeZone } from "../../content/dates.ts";
import type { AgendaView } from "../view.ts";
import { EventTime } from "./EventTime.tsx";
import { Prose } from "./Prose.tsx";

export function AgendaArticle({ item, timeZone }: { item: AgendaView; timeZone: TimeZone }) {
  return (
    <article class="entry">
      <header class="entry-header">
        <h1>{item.title}</h1>
        {!item.upcoming && <p class="badge badge-expired">Kegiatan sudah berlangsung</p>}
      </header>
      <dl class="facts">
        <dt>Waktu</dt>
        <dd>
          <EventTime start={item.start} end={item.end} timeZone={timeZone} />
        </dd>
        <dt>Tempat</dt>
        <dd>{item.place}</dd>
        <dt>Penyelenggara</dt>
        <dd>{item.division.name}</dd>
      </dl>
      <p class="lead">{item.summary}</p>
      <Prose html={item.html} />
    </article>
  );
}
