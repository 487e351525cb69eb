import { NOT_FOUND_URL } from "../../content/urls.ts";
import { NotFoundPage } from "../components/NotFoundPage.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: NOT_FOUND_URL };

export function render({ warta }: TemplateData) {
  return htmlDocument(
    warta,
    {
      path: NOT_FOUND_URL,
      title: "Halaman tidak ditemukan",
      description: "Alamat yang Anda buka tidak ada di situs ini.",
      noindex: true,
    },
    <NotFoundPage />,
  );
}
