/** Upcoming events (soonest first), then past ones (latest first). */
import type { TimeZone } from "../../content/dates.ts";
import type { AgendaView } from "../view.ts";
import { EventTime } from "./EventTime.tsx";

export function AgendaItems({
  items,
  timeZone,
  level = 3,
}: {
  items: AgendaView[];
  timeZone: TimeZone;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <ul class="item-list">
      {items.map((a) => (
        <li>
          <Heading class="item-title">
            <a href={a.url}>{a.title}</a>
          </Heading>
          <p class="meta">
            <EventTime start={a.start} end={a.end} timeZone={timeZone} /> · {a.place}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function AgendaList({
  upcoming,
  past,
  timeZone,
}: {
  upcoming: AgendaView[];
  past: AgendaView[];
  timeZone: TimeZone;
}) {
  return (
    <>
      <h1>Agenda kegiatan</h1>
      <section aria-labelledby="agenda-mendatang">
        <h2 id="agenda-mendatang">Akan datang</h2>
        {upcoming.length === 0 ? (
          <p>Belum ada kegiatan terjadwal.</p>
        ) : (
          <AgendaItems items={upcoming} timeZone={timeZone} />
        )}
      </section>
      <section aria-labelledby="agenda-lalu">
        <h2 id="agenda-lalu">Sudah berlangsung</h2>
        {past.length === 0 ? <p>Belum ada kegiatan.</p> : <AgendaItems items={past} timeZone={timeZone} />}
      </section>
    </>
  );
}
