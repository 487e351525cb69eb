// Pagefind's UI in Indonesian (from <html lang="id">), served from /pagefind/ on this site.
// `/cari/?q=kata` (the header's search box) starts a search at once.
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({ element: "#pencarian", showSubResults: true, showImages: false, resetStyles: false });
  // A visible label for the search box (the UI only gives it a placeholder).
  document.querySelector("#pencarian input")?.setAttribute("aria-labelledby", "pencarian-label");
  const query = new URLSearchParams(location.search).get("q");
  if (query) ui.triggerSearch(query);
});
