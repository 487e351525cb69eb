import { DIP_CSV_URL, trails } from "../../content/urls.ts";
import { DipIndex } from "../components/DipIndex.tsx";
import type { DipTab } from "../model.ts";
import { htmlDocument, perItem, type TemplateData } from "../page-kit.tsx";

// The whole list and one page per public category: filtering that needs no JavaScript.
export const data = perItem("dipTabs", "tab");

export function render({ warta, tab }: TemplateData & { tab: DipTab }) {
  const heading = tab.category ? `Daftar Informasi Publik: ${tab.label}` : "Daftar Informasi Publik";
  return htmlDocument(
    warta,
    {
      path: tab.url,
      title: heading,
      description: `Daftar Informasi Publik ${warta.site.agency} menurut Perki 1/2021`,
      crumbs: tab.category ? trails.collection("informasi-publik") : trails.top(),
    },
    <DipIndex
      heading={heading}
      tabs={warta.dipTabs.map((t) => ({
        url: t.url,
        label: t.category ? t.label : "Semua kategori",
        count: t.items.length,
      }))}
      currentUrl={tab.url}
      items={tab.items}
      csvUrl={DIP_CSV_URL}
    />,
  );
}
