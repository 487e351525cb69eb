import { NotFoundPage } from "../components/NotFoundPage.tsx";
import { htmlDocument, type TemplateData } from "../page-kit.tsx";

export const data = { permalink: "/404.html" };

export function render({ warta }: TemplateData) {
  return htmlDocument(
    warta,
    { path: "/404.html", title: "Halaman tidak ditemukan", description: "Alamat yang Anda buka tidak ada di situs ini.", noindex: true },
    <NotFoundPage />,
  );
}
