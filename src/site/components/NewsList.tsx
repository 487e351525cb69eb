/** One page of a news list (all news, a division's, a topic's). */
import type { TimeZone } from "../../content/dates.ts";
import type { ListPageInfo, NewsView } from "../view.ts";
import { NewsCard } from "./NewsCard.tsx";
import { Pagination } from "./Pagination.tsx";

export interface NewsListProps {
  heading: string;
  intro?: string | undefined;
  items: NewsView[];
  page: ListPageInfo;
  timeZone: TimeZone;
}

export function NewsList({ heading, intro, items, page, timeZone }: NewsListProps) {
  return (
    <>
      <h1>
        {heading}
        {page.number > 1 && <span class="meta"> — halaman {page.number}</span>}
      </h1>
      {intro && <p class="lead">{intro}</p>}
      {items.length === 0 ? (
        <p>Belum ada berita.</p>
      ) : (
        <div class="cards">
          {items.map((item, i) => (
            <NewsCard item={item} timeZone={timeZone} eager={i === 0} />
          ))}
        </div>
      )}
      <Pagination page={page} />
    </>
  );
}
