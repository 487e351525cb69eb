/** A list of groupings (divisions or topics) with how many news items each has. */
export interface TermLink {
  label: string;
  url: string;
  count: number;
  description?: string | undefined;
}

export function TermIndex({ heading, intro, terms }: { heading: string; intro: string; terms: TermLink[] }) {
  return (
    <>
      <h1>{heading}</h1>
      <p class="lead">{intro}</p>
      {terms.length === 0 ? (
        <p>Belum ada.</p>
      ) : (
        <ul class="term-list">
          {terms.map((t) => (
            <li>
              <a href={t.url}>{t.label}</a> <span class="meta">({t.count} berita)</span>
              {t.description && <p>{t.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
