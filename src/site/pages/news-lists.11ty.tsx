import { NewsList } from "../components/NewsList.tsx";
import type { NewsListPage } from "../model.ts";
import { htmlDocument, perItem, type TemplateData } from "../page-kit.tsx";

export const data = perItem("newsLists", "list");

export function render({ warta, list }: TemplateData & { list: NewsListPage }) {
  const title = list.page.number > 1 ? `${list.heading} (halaman ${list.page.number})` : list.heading;
  return htmlDocument(
    warta,
    {
      path: list.url,
      title,
      description: list.intro ?? `${list.heading} — ${warta.site.agency}`,
      crumbs: list.crumbs,
    },
    <NewsList
      heading={list.heading}
      intro={list.intro}
      items={list.items}
      page={list.page}
      timeZone={warta.site.timeZone}
    />,
  );
}
