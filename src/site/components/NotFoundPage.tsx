import { collectionUrl, HOME_URL, SEARCH_URL } from "../../content/urls.ts";

/** Shown for any address the site does not have. */
export function NotFoundPage() {
  return (
    <>
      <h1>Halaman tidak ditemukan</h1>
      <p class="lead">Maaf, alamat yang Anda buka tidak ada atau sudah dipindahkan.</p>
      <ul>
        <li>
          <a href={HOME_URL}>Kembali ke beranda</a>
        </li>
        <li>
          <a href={SEARCH_URL}>Cari di situs ini</a>
        </li>
        <li>
          <a href={collectionUrl("informasi-publik")}>Daftar Informasi Publik</a>
        </li>
      </ul>
    </>
  );
}
