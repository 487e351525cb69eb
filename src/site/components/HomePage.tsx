/** The home page: latest news, announcements in force, upcoming events, PPID quick links. */
import { collectionUrl } from "../../content/urls.ts";
import type { AgendaView, AnnouncementView, NewsView, SiteView } from "../view.ts";
import { AgendaItems } from "./AgendaList.tsx";
import { AnnouncementItems } from "./AnnouncementList.tsx";
import { NewsCard } from "./NewsCard.tsx";

export interface QuickLinkView {
  label: string;
  url: string;
  description?: string | undefined;
}

export interface HomePageProps {
  site: SiteView;
  news: NewsView[];
  announcements: AnnouncementView[];
  agenda: AgendaView[];
  ppidLinks: QuickLinkView[];
}

export function HomePage({ site, news, announcements, agenda, ppidLinks }: HomePageProps) {
  const tz = site.timeZone;
  return (
    <>
      <div class="intro">
        <h1>{site.name}</h1>
        {site.tagline && <p class="lead">{site.tagline}</p>}
      </div>
      <section aria-labelledby="berita-terbaru">
        <h2 id="berita-terbaru">Berita terbaru</h2>
        {news.length === 0 ? (
          <p>Belum ada berita.</p>
        ) : (
          <div class="cards">
            {news.map((item, i) => (
              <NewsCard item={item} timeZone={tz} eager={i === 0} level={3} />
            ))}
          </div>
        )}
        <p class="more">
          <a href={collectionUrl("berita")}>Semua berita</a>
        </p>
      </section>
      <div class="columns">
        <section aria-labelledby="pengumuman-berlaku">
          <h2 id="pengumuman-berlaku">Pengumuman</h2>
          {announcements.length === 0 ? (
            <p>Tidak ada pengumuman yang berlaku.</p>
          ) : (
            <AnnouncementItems items={announcements} timeZone={tz} level={3} />
          )}
          <p class="more">
            <a href={collectionUrl("pengumuman")}>Semua pengumuman</a>
          </p>
        </section>
        <section aria-labelledby="agenda-mendatang">
          <h2 id="agenda-mendatang">Agenda mendatang</h2>
          {agenda.length === 0 ? <p>Belum ada kegiatan terjadwal.</p> : <AgendaItems items={agenda} timeZone={tz} />}
          <p class="more">
            <a href={collectionUrl("agenda")}>Semua agenda</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="layanan-ppid">
        <h2 id="layanan-ppid">Layanan informasi publik (PPID)</h2>
        <ul class="quick-links">
          {ppidLinks.map((l) => (
            <li>
              <a href={l.url}>{l.label}</a>
              {l.description && <span class="meta">{l.description}</span>}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
