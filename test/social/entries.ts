/** Entries and site settings for composer tests, validated by the real schema. */
import type { Entry } from "../../src/content/model.ts";
import { collections, site as siteSchema, type CollectionName, type SiteData } from "../../src/content/schema.ts";
import { toInstant } from "../../src/content/dates.ts";
import { urlFor } from "../../src/content/urls.ts";

export function makeSite(overrides: Record<string, unknown> = {}): SiteData {
  return siteSchema.parse({
    name: "Diskominfo Kabupaten Contoh",
    agency: "Dinas Komunikasi dan Informatika",
    government: "Pemerintah Kabupaten Contoh",
    url: "https://diskominfo.contoh.go.id",
    address: "Jl. Merdeka No. 1, Kabupaten Contoh",
    phone: "(0361) 123456",
    email: "diskominfo@contoh.go.id",
    serviceHours: [{ days: "Senin–Jumat", hours: "08.00–16.00 WIB" }],
    logo: "/media/logo.png",
    repo: "diskominfo-contoh/situs",
    ...overrides,
  });
}

export function makeEntry<C extends CollectionName>(
  collection: C,
  slug: string,
  frontMatter: Record<string, unknown>,
  body = "",
): Entry<C> {
  const data = collections[collection].schema.parse(frontMatter) as Entry<C>["data"];
  const date =
    "date" in data && typeof data.date === "string"
      ? toInstant(data.date, "Asia/Jakarta")
      : new Date("2025-01-01T00:00:00+07:00");
  return {
    collection,
    slug,
    file: `content/${collection}/${slug}.md`,
    url: urlFor(collection, slug),
    data,
    date,
    body,
    bodyLine: 10,
  };
}

export function news(slug: string, overrides: Record<string, unknown> = {}, body = "Isi berita."): Entry<"berita"> {
  return makeEntry(
    "berita",
    slug,
    {
      title: "Pelatihan pemasaran digital bagi UMKM",
      date: "2025-11-03T09:00",
      summary: "Dinas melatih empat puluh pelaku UMKM memasarkan produk secara daring.",
      division: "ikp",
      tags: ["umkm", "pelatihan digital"],
      cover: { src: "/media/2025/pelatihan.jpg", alt: "Peserta pelatihan di aula kantor dinas" },
      author: "Tim Humas",
      ...overrides,
    },
    body,
  );
}
