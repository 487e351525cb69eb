/** The page layout reuses its header and footer markup across pages: the result must equal rendering them afresh. */
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { SiteFooter } from "../../src/site/components/SiteFooter.tsx";
import { SiteHeader } from "../../src/site/components/SiteHeader.tsx";
import { BaseLayout, type SiteAssets } from "../../src/site/layouts/BaseLayout.tsx";
import { memoMarkup, renderPage } from "../../src/site/render.ts";
import type { SiteView } from "../../src/site/view.ts";

const site: SiteView = {
  name: "Diskominfo Contoh",
  agency: "Dinas Komunikasi dan Informatika",
  government: "Pemerintah Kabupaten Contoh",
  url: "https://diskominfo.contoh.go.id/",
  timeZone: "Asia/Jakarta",
  address: "Jl. Merdeka No. 1",
  phone: "(0361) 123456",
  email: "diskominfo@contoh.go.id",
  serviceHours: [{ days: "Senin–Jumat", hours: "08.00–16.00 WIB" }],
  social: { instagram: "https://www.instagram.com/diskominfo.contoh" },
  menu: [
    { label: "Beranda", url: "/" },
    { label: "Berita", url: "/berita/" },
    {
      label: "PPID",
      url: "/ppid/",
      children: [
        { label: "Profil PPID", url: "/ppid/profil/" },
        { label: "DIP", url: "/informasi-publik/" },
      ],
    },
  ],
};
const assets: SiteAssets = {
  css: "/assets/style.abc.css",
  video: "/assets/video.abc.js",
  search: "/assets/search.abc.js",
};

const page = (path: string) =>
  renderPage(
    <BaseLayout site={site} assets={assets} meta={{ path, title: `Halaman ${path}`, description: "Uji" }}>
      <p>Isi {path}</p>
    </BaseLayout>,
  );

describe("BaseLayout header and footer", () => {
  // Pages in different sections, in an order where a wrongly shared header would show.
  const paths = [
    "/berita/satu/",
    "/ppid/profil/",
    "/",
    "/berita/dua/",
    "/informasi-publik/",
    "/ppid/profil/",
    "/kontak/",
  ];

  it.each(paths)("%s carries exactly the header and footer a fresh render gives", (path) => {
    const html = page(path);
    const header = renderPage(<SiteHeader site={site} currentPath={path} />).replace("<!doctype html>\n", "");
    const footer = renderPage(<SiteFooter site={site} />).replace("<!doctype html>\n", "");
    expect(html).toContain(header);
    expect(html).toContain(footer);
  });

  it("marks the current section in the menu of each page", () => {
    expect(page("/berita/satu/")).toContain('<a href="/berita/" aria-current="true">Berita</a>');
    expect(page("/ppid/profil/")).toContain('<a href="/ppid/profil/" aria-current="page">Profil PPID</a>');
    expect(page("/ppid/profil/")).not.toContain('<a href="/berita/" aria-current');
    expect(page("/")).toContain('<a href="/" aria-current="page">Beranda</a>');
  });
});

describe("SiteFooter", () => {
  it("offers the news feeds with Indonesian labels, not bare format names", () => {
    const footer = renderPage(<SiteFooter site={site} />);
    expect(footer).not.toContain("RSS · Atom · JSON Feed");
    expect(footer).not.toContain(">JSON Feed<");
    expect(footer).toMatch(/Langganan berita: <a href="\/feed.xml"[^>]*>umpan RSS<\/a>/);
  });
});

describe("memoMarkup", () => {
  it("renders once per key and inserts the markup verbatim, special characters included", () => {
    const cache = new Map<string, string>();
    let renders = 0;
    const part = (label: string) => () => {
      renders++;
      return (
        <p title={`a "b" & <c>`}>
          {label} – <br />
        </p>
      );
    };
    const first = renderToString(<div>{memoMarkup(cache, "k", part("satu"))}</div>);
    const second = renderToString(<div>{memoMarkup(cache, "k", part("dua"))}</div>);
    expect(renders).toBe(1);
    expect(first).toBe(second);
    expect(first).toBe(renderToString(<div>{part("satu")()}</div>));
  });
});
