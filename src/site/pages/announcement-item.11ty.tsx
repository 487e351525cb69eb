import { AnnouncementArticle } from "../components/AnnouncementArticle.tsx";
import { htmlDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { AnnouncementView } from "../view.ts";

export const data = perItem("announcements");

export function render({ warta, item }: TemplateData & { item: AnnouncementView }) {
  return htmlDocument(
    warta,
    {
      path: item.url,
      title: item.title,
      description: item.summary,
      type: "article",
      published: item.date,
      crumbs: [
        { label: "Beranda", url: "/" },
        { label: "Pengumuman", url: "/pengumuman/" },
      ],
      searchable: true,
    },
    <AnnouncementArticle item={item} timeZone={warta.site.timeZone} />,
  );
}
