/** Shown for any address the site does not have. */
export function NotFoundPage() {
  return (
    <>
      <h1>Halaman tidak ditemukan</h1>
      <p class="lead">Maaf, alamat yang Anda buka tidak ada atau sudah dipindahkan.</p>
      <ul>
        <li>
          <a href="/">Kembali ke beranda</a>
        </li>
        <li>
          <a href="/cari/">Cari di situs ini</a>
        </li>
        <li>
          <a href="/informasi-publik/">Daftar Informasi Publik</a>
        </li>
      </ul>
    </>
  );
}
