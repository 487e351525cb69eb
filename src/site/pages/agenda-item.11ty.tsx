import { AgendaArticle } from "../components/AgendaArticle.tsx";
import { htmlDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { AgendaView } from "../view.ts";

export const data = perItem("agenda");

export function render({ warta, item }: TemplateData & { item: AgendaView }) {
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
        { label: "Agenda", url: "/agenda/" },
      ],
      jsonLd: [
        {
          "@context": "https://schema.org",
          "@type": "Event",
          name: item.title,
          description: item.summary,
          startDate: item.start.toISOString(),
          endDate: item.end.toISOString(),
          location: { "@type": "Place", name: item.place },
          organizer: { "@type": "GovernmentOrganization", name: warta.site.agency, url: warta.site.url },
        },
      ],
      searchable: true,
    },
    <AgendaArticle item={item} timeZone={warta.site.timeZone} />,
  );
}
