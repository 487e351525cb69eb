/**
 * Where content and media live in the repository and under which URL the front matter names
 * media. Plain constants, apart from config.ts (which pulls in zod), so the admin bundle can use them.
 */

/** Repository folders: `content/<collection>/`, media under `content/media/` named `/media/…` in front matter. */
export const CONTENT_DIR = "content";
export const MEDIA_DIR = `${CONTENT_DIR}/media`;
export const PUBLIC_MEDIA = "/media";
