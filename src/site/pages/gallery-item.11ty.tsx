import { GalleryAlbum } from "../components/GalleryAlbum.tsx";
import { htmlDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { GalleryView } from "../view.ts";

export const data = perItem("galleries");

export function render({ warta, item }: TemplateData & { item: GalleryView }) {
  return htmlDocument(
    warta,
    {
      path: item.url,
      title: item.title,
      description: item.summary,
      image: item.photos[0],
      published: item.date,
      crumbs: [
        { label: "Beranda", url: "/" },
        { label: "Galeri", url: "/galeri/" },
      ],
      scripts: item.videos.some((v) => v.kind === "youtube") ? [warta.assets.video] : undefined,
      searchable: true,
    },
    <GalleryAlbum item={item} timeZone={warta.site.timeZone} />,
  );
}
