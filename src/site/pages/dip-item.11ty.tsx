import { DipArticle } from "../components/DipArticle.tsx";
import { entryDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { DipView } from "../view.ts";

export const data = perItem("dip");

export function render({ warta, item }: TemplateData & { item: DipView }) {
  return entryDocument(warta, "informasi-publik", item, {}, <DipArticle item={item} timeZone={warta.site.timeZone} />);
}
