import { DipArticle } from "../components/DipArticle.tsx";
import { htmlDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { DipView } from "../view.ts";

export const data = perItem("dip");

export function render({ warta, item }: TemplateData & { item: DipView }) {
  return htmlDocument(
    warta,
    {
      path: item.url,
      title: item.title,
      description: item.summary,
      crumbs: [
        { label: "Beranda", url: "/" },
        { label: "Daftar Informasi Publik", url: "/informasi-publik/" },
      ],
      searchable: true,
    },
    <DipArticle item={item} timeZone={warta.site.timeZone} />,
  );
}
