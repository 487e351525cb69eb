import { collectionUrl, trails } from "../../content/urls.ts";
import { AgendaList } from "../components/AgendaList.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: collectionUrl("agenda") };

export function render({ warta }: TemplateData) {
  return htmlDocument(
    warta,
    {
      path: collectionUrl("agenda"),
      title: "Agenda kegiatan",
      description: `Agenda kegiatan ${warta.site.agency}`,
      crumbs: trails.top(),
    },
    <AgendaList upcoming={warta.agendaUpcoming} past={warta.agendaPast} timeZone={warta.site.timeZone} />,
  );
}
