/**
 * Unique media file names. Decap's media library offers to *replace* a file with the same name,
 * and replacing deletes the old file with a commit straight on `main` — outside the editorial
 * workflow (see /work/shared/notes/decap.md). A name no other upload can have never meets that
 * dialog, so every chosen file is renamed before Decap sees it.
 */

/** `Foto Rapat Ümum.JPG` → `foto-rapat-umum-lx2k9q3a7f.jpg`: lower-case ASCII, a time-and-random suffix. */
export function uniqueMediaName(name: string, now = Date.now(), random = Math.random()): string {
  const dot = name.lastIndexOf(".");
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, "") : "";
  const base = (dot > 0 ? name.slice(0, dot) : name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  // Milliseconds plus five random base-36 digits: two uploads of one file in the same millisecond still differ.
  const suffix = `${now.toString(36)}${Math.floor(random * 36 ** 5).toString(36).padStart(5, "0")}`;
  return `${base || "berkas"}-${suffix}${ext ? `.${ext}` : ""}`;
}

/**
 * Renames files as they are chosen in any `<input type=file>` of the admin page. Runs in the
 * capture phase on `window`, before React's own listener reads `input.files`.
 */
export function installUniqueMediaNames(win: Window & typeof globalThis): void {
  win.addEventListener(
    "change",
    (event) => {
      const input = event.target;
      if (!(input instanceof win.HTMLInputElement) || input.type !== "file" || !input.files?.length) return;
      const renamed = new win.DataTransfer();
      for (const file of Array.from(input.files)) {
        renamed.items.add(new win.File([file], uniqueMediaName(file.name), { type: file.type, lastModified: file.lastModified }));
      }
      input.files = renamed.files;
    },
    true,
  );
}
