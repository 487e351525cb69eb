import { PageArticle } from "../components/PageArticle.tsx";
import { htmlDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { PageView } from "../view.ts";

export const data = perItem("pages");

export function render({ warta, item }: TemplateData & { item: PageView }) {
  return htmlDocument(
    warta,
    { path: item.url, title: item.title, description: item.summary, crumbs: warta.pageCrumbs(item.url), searchable: true },
    <PageArticle item={item} timeZone={warta.site.timeZone} />,
  );
}
