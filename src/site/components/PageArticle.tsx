/** A static page (`halaman`): profile, services, PPID pages. */
import type { TimeZone } from "../../content/dates.ts";
import type { PageView } from "../view.ts";
import { DateTime } from "./DateTime.tsx";
import { Prose } from "./Prose.tsx";

export function PageArticle({ item, timeZone }: { item: PageView; timeZone: TimeZone }) {
  return (
    <article class="entry">
      <header class="entry-header">
        <h1>{item.title}</h1>
        <p class="lead">{item.summary}</p>
      </header>
      <Prose html={item.html} />
      {item.updated && (
        <p class="meta">
          Terakhir diperbarui <DateTime date={item.updated} timeZone={timeZone} />
        </p>
      )}
    </article>
  );
}
