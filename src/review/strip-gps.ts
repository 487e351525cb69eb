/**
 * `npm run review -- --strip-gps`: the photos a pull request adds or changes (or the files named),
 * each rewritten without metadata, so a photo taken at someone's home no longer says where it is.
 */
import { extname, join } from "node:path";
import { changedEntries } from "./changes.ts";
import { stripGps } from "./gps.ts";
import { IMAGE_EXTENSIONS_WITH_EXIF } from "./files.ts";

export interface StrippedPhoto {
  file: string;
  /** Whether GPS was there (otherwise only other metadata was removed). */
  hadGps: boolean;
}

/** Media files changed between base and head that may carry EXIF, as paths under `repoDir`. */
export async function changedPhotos(repoDir: string, base: string, head: string): Promise<string[]> {
  const changes = await changedEntries(repoDir, base, head);
  return changes
    .filter(
      (c) =>
        c.status !== "deleted" && c.role === "media" && IMAGE_EXTENSIONS_WITH_EXIF.has(extname(c.path).toLowerCase()),
    )
    .map((c) => join(repoDir, c.path));
}

/** Strips each file in turn; the first unreadable one throws, naming the file. */
export async function stripPhotos(
  files: string[],
  onStripped: (photo: StrippedPhoto) => void = () => {},
): Promise<StrippedPhoto[]> {
  const done: StrippedPhoto[] = [];
  for (const file of files) {
    let hadGps;
    try {
      hadGps = await stripGps(file);
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
    }
    done.push({ file, hadGps });
    onStripped({ file, hadGps });
  }
  return done;
}
