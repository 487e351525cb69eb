import { SEARCH_URL } from "../../content/urls.ts";
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
      crumbs: [{ label: "Beranda", url: "/" }],
      styles: ["/pagefind/pagefind-ui.css"],
      scripts: ["/pagefind/pagefind-ui.js", warta.assets.search],
      noindex: true,
    },
    <SearchPage />,
  );
}
