/** A news item in a list: picture, title link, date, division, summary. */
import type { TimeZone } from "../../content/dates.ts";
import type { NewsView } from "../view.ts";
import { DateTime } from "./DateTime.tsx";
import { Picture } from "./Picture.tsx";

export const CARD_SIZES = "(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw";

export interface NewsCardProps {
  item: Pick<NewsView, "url" | "title" | "summary" | "date" | "cover" | "division">;
  timeZone: TimeZone;
  eager?: boolean | undefined;
  /** Heading level of the title inside the page's outline. */
  level?: 2 | 3 | undefined;
}

export function NewsCard({ item, timeZone, eager, level = 2 }: NewsCardProps) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <article class="card">
      <Picture image={{ ...item.cover, alt: "" }} sizes={CARD_SIZES} eager={eager} class="card-image" />
      <div class="card-body">
        <Heading class="card-title">
          <a href={item.url}>{item.title}</a>
        </Heading>
        <p class="meta">
          <DateTime date={item.date} timeZone={timeZone} /> · {item.division.name}
        </p>
        <p>{item.summary}</p>
      </div>
    </article>
  );
}
