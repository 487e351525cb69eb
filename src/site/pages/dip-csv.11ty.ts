import { DIP_CSV_URL } from "../../content/urls.ts";
import { dipCsv } from "../dip-csv.ts";
import type { TemplateData } from "../page-kit.tsx";

export const data = { permalink: DIP_CSV_URL };

export function render({ warta }: TemplateData) {
  return dipCsv(warta.dip, warta.site);
}
