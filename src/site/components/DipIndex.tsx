/** The DIP page of one category (or all): category links as tabs (no JavaScript), the table, the CSV. */
import type { DipView } from "../view.ts";
import { DipTable } from "./DipTable.tsx";

export interface DipTabLink {
  url: string;
  label: string;
  count: number;
}

export interface DipIndexProps {
  heading: string;
  tabs: DipTabLink[];
  currentUrl: string;
  items: DipView[];
  csvUrl: string;
}

export function DipIndex({ heading, tabs, currentUrl, items, csvUrl }: DipIndexProps) {
  const current = tabs.find((t) => t.url === currentUrl);
  return (
    <>
      <h1>{heading}</h1>
      <p class="lead">
        Informasi publik yang dikuasai badan publik ini, disusun menurut Peraturan Komisi Informasi Nomor 1 Tahun 2021.
        Informasi yang dikecualikan tidak dicantumkan.
      </p>
      <nav class="tabs" aria-label="Kategori informasi">
        <ul>
          {tabs.map((t) => (
            <li>
              <a href={t.url} aria-current={t.url === currentUrl ? "page" : undefined}>
                {t.label} <span class="count">({t.count})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {items.length === 0 ? (
        <p>Belum ada informasi dalam kategori ini.</p>
      ) : (
        <DipTable
          items={items}
          caption={current ? `${current.label}: ${items.length} informasi` : `${items.length} informasi`}
        />
      )}
      <p>
        <a class="button" href={csvUrl} download="">
          Unduh seluruh daftar (CSV)
        </a>
      </p>
    </>
  );
}
