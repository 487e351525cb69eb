/** Where the page sits in the site: Beranda › Berita › Judul (the last step is the current page). */
import type { Crumb } from "../view.ts";

export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  return (
    <nav class="crumbs" aria-label="Lokasi" data-pagefind-ignore="">
      <ol>
        {trail.map((c) => (
          <li>
            <a href={c.url}>{c.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
