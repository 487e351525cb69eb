import { absoluteUrl } from "../../content/urls.ts";
import { NewsArticle } from "../components/NewsArticle.tsx";
import { entryDocument, perItem, type TemplateData } from "../page-kit.tsx";
import type { NewsView } from "../view.ts";

export const data = perItem("news");

export function render({ warta, item }: TemplateData & { item: NewsView }) {
  const { site } = warta;
  const abs = (path: string) => absoluteUrl(site.url, path);
  const article = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: item.title,
    description: item.summary,
    datePublished: item.date.toISOString(),
    image: [abs(item.cover.src)],
    author: [{ "@type": "Person", name: item.author }],
    publisher: {
      "@type": "GovernmentOrganization",
      name: site.agency,
      logo: site.logo ? abs(site.logo.src) : undefined,
    },
    mainEntityOfPage: abs(item.url),
    articleSection: item.division.name,
    keywords: item.tags.map((t) => t.label).join(", ") || undefined,
  };
  return entryDocument(
    warta,
    "berita",
    item,
    {
      type: "article",
      image: item.cover,
      published: item.date,
      jsonLd: [article],
      scripts: item.video?.kind === "youtube" ? [warta.assets.video] : undefined,
    },
    <NewsArticle item={item} timeZone={site.timeZone} />,
  );
}
