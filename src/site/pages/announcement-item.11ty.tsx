import { AnnouncementArticle } from "../components/AnnouncementArticle.tsx";
import { entryDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { AnnouncementView } from "../view.ts";

export const data = perItem("announcements");

export function render({ warta, item }: TemplateData & { item: AnnouncementView }) {
  return entryDocument(
    warta,
    "pengumuman",
    item,
    { type: "article", published: item.date },
    <AnnouncementArticle item={item} timeZone={warta.site.timeZone} />,
  );
}
