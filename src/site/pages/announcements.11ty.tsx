import { collectionUrl, trails } from "../../content/urls.ts";
import { AnnouncementList } from "../components/AnnouncementList.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: collectionUrl("pengumuman") };

export function render({ warta }: TemplateData) {
  return htmlDocument(
    warta,
    {
      path: collectionUrl("pengumuman"),
      title: "Pengumuman",
      description: `Pengumuman ${warta.site.agency}`,
      crumbs: trails.top(),
    },
    <AnnouncementList items={warta.announcements} timeZone={warta.site.timeZone} />,
  );
}
