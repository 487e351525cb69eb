import { HOME_URL } from "../../content/urls.ts";
import { HomePage } from "../components/HomePage.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: HOME_URL };

export function render({ warta }: TemplateData) {
  const { site } = warta;
  const home = warta.home;
  return htmlDocument(
    warta,
    { path: HOME_URL, title: site.name, description: site.tagline ?? `Situs resmi ${site.agency}, ${site.government}` },
    <HomePage
      site={site}
      news={home.news}
      announcements={home.announcements}
      agenda={home.agenda}
      ppidLinks={warta.ppidLinks}
    />,
  );
}
