/** Links between the pages of a list: previous, a window of page numbers, next. */
import type { ListPageInfo } from "../view.ts";

/** Page numbers to show: the first, the last, and two either side of the current one. */
export function pageWindow(current: number, total: number): (number | "gap")[] {
  const shown = [...new Set([1, total, current - 2, current - 1, current, current + 1, current + 2])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const n of shown) {
    const last = out[out.length - 1];
    if (typeof last === "number" && n - last > 1) out.push("gap");
    out.push(n);
  }
  return out;
}

export function Pagination({ page }: { page: ListPageInfo }) {
  if (page.total <= 1) return null;
  const { number, total, urls } = page;
  return (
    <nav class="pager" aria-label="Halaman daftar">
      <ul>
        {number > 1 && (
          <li>
            <a href={urls[number - 2]} rel="prev">
              ‹ Sebelumnya
            </a>
          </li>
        )}
        {pageWindow(number, total).map((n) =>
          n === "gap" ? (
            <li aria-hidden="true">…</li>
          ) : (
            <li>
              <a href={urls[n - 1]} aria-current={n === number ? "page" : undefined} aria-label={`Halaman ${n}`}>
                {n}
              </a>
            </li>
          ),
        )}
        {number < total && (
          <li>
            <a href={urls[number]} rel="next">
              Berikutnya ›
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
