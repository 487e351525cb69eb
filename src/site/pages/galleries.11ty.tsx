import { collectionUrl, trails } from "../../content/urls.ts";
import { GalleryIndex } from "../components/GalleryIndex.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: collectionUrl("galeri") };

export function render({ warta }: TemplateData) {
  return htmlDocument(
    warta,
    {
      path: collectionUrl("galeri"),
      title: "Galeri",
      description: `Album foto dan video ${warta.site.agency}`,
      crumbs: trails.top(),
    },
    <GalleryIndex items={warta.galleries} timeZone={warta.site.timeZone} />,
  );
}
