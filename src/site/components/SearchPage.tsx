import { collectionUrl } from "../../content/urls.ts";

/** The search page: Pagefind's UI, served from this site, fills `#pencarian`. */
export function SearchPage() {
  return (
    <>
      <h1>Pencarian</h1>
      <p id="pencarian-label" class="search-label">
        Ketik kata kunci untuk mencari berita, pengumuman, agenda, halaman dan dokumen:
      </p>
      <div id="pencarian" class="search-ui" />
      <noscript>
        <p>
          Pencarian memerlukan JavaScript. Anda tetap dapat menelusuri <a href={collectionUrl("berita")}>berita</a>,{" "}
          <a href={collectionUrl("pengumuman")}>pengumuman</a>, <a href={collectionUrl("agenda")}>agenda</a> dan{" "}
          <a href={collectionUrl("informasi-publik")}>Daftar Informasi Publik</a>.
        </p>
      </noscript>
    </>
  );
}
