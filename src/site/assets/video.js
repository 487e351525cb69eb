// Privacy-first YouTube: the page shows a local poster linking to YouTube; only a click loads the
// player, from youtube-nocookie.com. Modified clicks (new tab) keep the plain link.
document.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest("a[data-youtube]") : null;
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  const id = link.getAttribute("data-youtube");
  if (!/^[A-Za-z0-9_-]{11}$/.test(id || "")) return;
  event.preventDefault();
  const frame = document.createElement("iframe");
  frame.src = "https://www.youtube-nocookie.com/embed/" + id + "?autoplay=1";
  frame.title = link.getAttribute("data-title") || "Video YouTube";
  frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
  frame.referrerPolicy = "strict-origin-when-cross-origin";
  link.replaceWith(frame);
  frame.focus();
});
