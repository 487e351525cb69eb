/**
 * GPS coordinates in photo metadata: a photo taken at someone's home publishes where they live.
 * Detection reads EXIF with exifr; stripping re-encodes with sharp, which drops all metadata
 * unless told to keep it (orientation is applied first so the photo still stands upright).
 */
import { readFile, writeFile } from "node:fs/promises";
import exifr from "exifr";
import sharp from "sharp";
import type { ScreeningFinding } from "./findings.ts";

export interface GpsPosition {
  latitude: number;
  longitude: number;
}

/** The position recorded in an image's EXIF, or undefined (also for unreadable or metadata-free images). */
export async function gpsOf(image: Buffer | Uint8Array): Promise<GpsPosition | undefined> {
  try {
    const gps = await exifr.gps(image);
    if (!gps || !Number.isFinite(gps.latitude) || !Number.isFinite(gps.longitude)) return undefined;
    return { latitude: gps.latitude, longitude: gps.longitude };
  } catch {
    return undefined;
  }
}

/** "-6.21, 106.82": two decimals (~1 km) say enough to judge without publishing the exact spot on the PR. */
export function roundedPosition(position: GpsPosition): string {
  return `${position.latitude.toFixed(2)}, ${position.longitude.toFixed(2)}`;
}

/**
 * Rewrites the image without any metadata (EXIF, GPS, XMP). Returns whether GPS was there before.
 * JPEG is re-encoded at quality 90 to keep news photos sharp.
 */
export async function stripGps(path: string): Promise<boolean> {
  const input = await readFile(path);
  const had = (await gpsOf(input)) !== undefined;
  const { format, pages = 1 } = await sharp(input).metadata();
  // Animated GIF/WebP keep their frames; they carry no orientation to apply.
  const image = pages > 1 ? sharp(input, { animated: true }) : sharp(input).rotate();
  const output = await (format === "jpeg" ? image.jpeg({ quality: 90 }) : image).toBuffer();
  await writeFile(path, output);
  return had;
}

/** The finding for one changed image, if it carries GPS. */
export async function screenImage(path: string, file: string): Promise<ScreeningFinding[]> {
  const position = await gpsOf(await readFile(path));
  if (!position) return [];
  return [
    {
      file,
      line: 0,
      kind: "gps",
      severity: "medium",
      excerpt: `koordinat ± ${roundedPosition(position)}`,
      why: "Foto ini menyimpan koordinat GPS tempat foto diambil. Jika diambil di rumah warga atau petugas, koordinat itu mengungkap alamat rumah (data pribadi, UU 27/2022 Pasal 65 ayat (2)).",
      fix: `Hapus metadata lokasi: jalankan \`npm run review -- --strip-gps ${file}\` lalu commit, atau unggah ulang foto setelah fitur lokasi kamera dimatikan.`,
    },
  ];
}
