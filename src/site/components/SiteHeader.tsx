/** Skip link, logo and name, the search box, and the main menu. */
import { HOME_URL, SEARCH_URL } from "../../content/urls.ts";
import type { SiteView } from "../view.ts";
import { MainNav } from "./MainNav.tsx";
import { Picture } from "./Picture.tsx";

export function SiteHeader({ site, currentPath }: { site: SiteView; currentPath: string }) {
  return (
    <>
      <a class="skip-link" href="#konten">
        Langsung ke konten utama
      </a>
      <header class="site-header">
        <div class="wrap header-inner">
          <a class="brand" href={HOME_URL}>
            {site.logo && <Picture image={{ ...site.logo, alt: "" }} sizes="48px" eager class="brand-logo" />}
            <span class="brand-text">
              <span class="brand-name">{site.agency}</span>
              <span class="brand-sub">{site.government}</span>
            </span>
          </a>
          <form class="search-box" role="search" action={SEARCH_URL} method="get">
            <label for="cari-situs" class="visually-hidden">
              Cari di situs ini
            </label>
            <input id="cari-situs" type="search" name="q" placeholder="Cari berita, dokumen…" />
            <button type="submit">Cari</button>
          </form>
        </div>
        <div class="wrap">
          <MainNav items={site.menu} currentPath={currentPath} />
        </div>
      </header>
    </>
  );
}
