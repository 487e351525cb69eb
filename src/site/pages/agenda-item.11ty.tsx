import { AgendaArticle } from "../components/AgendaArticle.tsx";
import { entryDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { AgendaView } from "../view.ts";

export const data = perItem("agenda");

export function render({ warta, item }: TemplateData & { item: AgendaView }) {
  const event = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: item.title,
    description: item.summary,
    startDate: item.start.toISOString(),
    endDate: item.end.toISOString(),
    location: { "@type": "Place", name: item.place },
    organizer: { "@type": "GovernmentOrganization", name: warta.site.agency, url: warta.site.url },
  };
  return entryDocument(
    warta,
    "agenda",
    item,
    { type: "article", published: item.date, jsonLd: [event] },
    <AgendaArticle item={item} timeZone={warta.site.timeZone} />,
  );
}
