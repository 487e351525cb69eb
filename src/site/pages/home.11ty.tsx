import { HomePage } from "../components/HomePage.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: "/" };

export function render({ warta }: TemplateData) {
  const { site } = warta;
  const home = warta.home;
  return htmlDocument(
    warta,
    { path: "/", title: site.name, description: site.tagline ?? `Situs resmi ${site.agency}, ${site.government}` },
    <HomePage site={site} news={home.news} announcements={home.announcements} agenda={home.agenda} ppidLinks={warta.ppidLinks} />,
  );
}
