import { SEARCH_INDEX_URL, SEARCH_URL, trails } from "../../content/urls.ts";
import { SearchPage } from "../components/SearchPage.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: SEARCH_URL };

export function render({ warta }: TemplateData) {
  return htmlDocument(
    warta,
    {
      path: SEARCH_URL,
      title: "Pencarian",
      description: `Cari berita, pengumuman, agenda dan dokumen ${warta.site.agency}`,
      crumbs: trails.top(),
      styles: [`${SEARCH_INDEX_URL}pagefind-ui.css`],
      scripts: [`${SEARCH_INDEX_URL}pagefind-ui.js`, warta.assets.search],
      noindex: true,
    },
    <SearchPage />,
  );
}
