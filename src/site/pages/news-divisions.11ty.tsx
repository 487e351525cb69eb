import { NEWS_DIVISIONS_URL, trails } from "../../content/urls.ts";
import { TermIndex } from "../components/TermIndex.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: NEWS_DIVISIONS_URL };

export function render({ warta }: TemplateData) {
  return htmlDocument(
    warta,
    {
      path: NEWS_DIVISIONS_URL,
      title: "Berita per bidang",
      description: `Berita ${warta.site.agency} menurut bidang`,
      crumbs: trails.collection("berita"),
    },
    <TermIndex
      heading="Berita per bidang"
      intro="Pilih bidang untuk melihat beritanya."
      terms={warta.divisions.map((d) => ({ label: d.name, url: d.url, count: d.count, description: d.description }))}
    />,
  );
}
