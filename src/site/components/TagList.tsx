/** Topics of a news item, each a link to its topic page. */
import type { TagRef } from "../view.ts";

export function TagList({ tags }: { tags: TagRef[] }) {
  if (tags.length === 0) return null;
  return (
    <ul class="tags" aria-label="Topik">
      {tags.map((t) => (
        <li>
          <a href={t.url}>{t.label}</a>
        </li>
      ))}
    </ul>
  );
}
