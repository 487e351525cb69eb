import { NEWS_TOPICS_URL, trails } from "../../content/urls.ts";
import { TermIndex } from "../components/TermIndex.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: NEWS_TOPICS_URL };

export function render({ warta }: TemplateData) {
  return htmlDocument(
    warta,
    {
      path: NEWS_TOPICS_URL,
      title: "Topik berita",
      description: `Topik berita ${warta.site.agency}`,
      crumbs: trails.collection("berita"),
    },
    <TermIndex heading="Topik berita" intro="Semua topik berita, menurut abjad." terms={warta.topics} />,
  );
}
