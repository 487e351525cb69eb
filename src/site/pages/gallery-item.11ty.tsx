import { GalleryAlbum } from "../components/GalleryAlbum.tsx";
import { entryDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { GalleryView } from "../view.ts";

export const data = perItem("galleries");

export function render({ warta, item }: TemplateData & { item: GalleryView }) {
  return entryDocument(
    warta,
    "galeri",
    item,
    {
      image: item.photos[0],
      published: item.date,
      scripts: item.videos.some((v) => v.kind === "youtube") ? [warta.assets.video] : undefined,
    },
    <GalleryAlbum item={item} timeZone={warta.site.timeZone} />,
  );
}
