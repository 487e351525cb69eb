import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gpsOf, roundedPosition, stripGps } from "../../src/review/gps.ts";
import { screenFile } from "../../src/review/files.ts";
import { jpegWithGps, png } from "./fixture.ts";

describe("GPS in photos", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-gps-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("reads the coordinates sharp wrote into EXIF", async () => {
    const position = await gpsOf(await jpegWithGps());
    expect(position!.latitude).toBeCloseTo(-6.1753, 3);
    expect(position!.longitude).toBeCloseTo(106.8269, 3);
    expect(roundedPosition(position!)).toBe("-6.18, 106.83");
  });

  it("reports a changed photo with GPS, with rounded coordinates and the strip command", async () => {
    const file = join(dir, "foto.jpg");
    await writeFile(file, await jpegWithGps());
    const [finding, ...rest] = await screenFile(file, { file: "content/media/berita/foto.jpg" });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ kind: "gps", severity: "medium", line: 0, excerpt: "koordinat ± -6.18, 106.83" });
    expect(finding!.fix).toContain("npm run review -- --strip-gps content/media/berita/foto.jpg");
    expect(await screenFile(join(dir, "none.png"), { file: "x.png" }).catch(() => "threw")).not.toBe("threw");
  });

  it("stripGps removes the GPS, keeps the image and its orientation", async () => {
    const file = join(dir, "strip.jpg");
    // Orientation 6 (rotate 90°): a 16×8 sensor image that should stand as 8×16.
    const rotated = await sharp({ create: { width: 16, height: 8, channels: 3, background: "#a53" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({
        IFD3: {
          GPSLatitudeRef: "S",
          GPSLatitude: "6/1 10/1 31/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "106/1 49/1 37/1",
        },
      })
      .toBuffer();
    await writeFile(file, rotated);
    expect(await gpsOf(await readFile(file))).toBeDefined();
    expect((await sharp(rotated).metadata()).orientation).toBe(6);
    expect(await stripGps(file)).toBe(true);
    const after = await readFile(file);
    expect(await gpsOf(after)).toBeUndefined();
    const meta = await sharp(after).metadata();
    expect(meta.format).toBe("jpeg");
    expect([meta.width, meta.height]).toEqual([8, 16]);
    expect(meta.exif).toBeUndefined();
    expect(await screenFile(file, { file: "strip.jpg" })).toEqual([]);
  });

  it("stripGps on an image without GPS says so and leaves a valid image", async () => {
    const file = join(dir, "plain.png");
    await writeFile(file, await png());
    expect(await stripGps(file)).toBe(false);
    expect((await sharp(await readFile(file)).metadata()).format).toBe("png");
  });
});
