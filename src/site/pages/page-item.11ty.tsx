import { PageArticle } from "../components/PageArticle.tsx";
import { entryDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { PageView } from "../view.ts";

export const data = perItem("pages");

export function render({ warta, item }: TemplateData & { item: PageView }) {
  return entryDocument(
    warta,
    "halaman",
    item,
    { crumbs: warta.pageCrumbs(item.url) },
    <PageArticle item={item} timeZone={warta.site.timeZone} />,
  );
}
