/**
 * Unique media file names. Decap's media library offers to *replace* a file with the same name,
 * and replacing deletes the old file with a commit straight on `main` — outside the editorial
 * workflow (see /work/shared/notes/decap.md). A name no other upload can have never meets that
 * dialog, so every chosen file is renamed before Decap sees it.
 */

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * `Foto Rapat Ümum.JPG` chosen on 3 December 2026 at 15:42 → `foto-rapat-umum-2026-12-03-1542.jpg`:
 * lower-case ASCII, the upload's date and minute (citizens read these names in links), and
 * `-2`, `-3` … when this page already gave that name. Two editors would need the same file name
 * in the same minute to meet Decap's replace dialog.
 */
export function uniqueMediaName(name: string, now = new Date(), taken: Set<string> = new Set()): string {
  const dot = name.lastIndexOf(".");
  const ext =
    dot > 0
      ? name
          .slice(dot + 1)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, "")
      : "";
  const base = (dot > 0 ? name.slice(0, dot) : name)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  const stem = `${base || "berkas"}-${stamp}`;
  const withExt = (s: string) => `${s}${ext ? `.${ext}` : ""}`;
  let candidate = withExt(stem);
  for (let n = 2; taken.has(candidate); n++) candidate = withExt(`${stem}-${n}`);
  taken.add(candidate);
  return candidate;
}

/**
 * Renames files as they are chosen in any `<input type=file>` of the admin page. Runs in the
 * capture phase on `window`, before React's own listener reads `input.files`.
 */
export function installUniqueMediaNames(win: Window & typeof globalThis): void {
  const given = new Set<string>();
  win.addEventListener(
    "change",
    (event) => {
      const input = event.target;
      if (!(input instanceof win.HTMLInputElement) || input.type !== "file" || !input.files?.length) return;
      const renamed = new win.DataTransfer();
      for (const file of Array.from(input.files)) {
        renamed.items.add(
          new win.File([file], uniqueMediaName(file.name, new Date(), given), {
            type: file.type,
            lastModified: file.lastModified,
          }),
        );
      }
      input.files = renamed.files;
    },
    true,
  );
}
