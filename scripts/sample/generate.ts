/**
 * Writes every picture and PDF the sample content refers to into `content/media/`, and
 * reports media the content refers to that nothing produced. Same bytes on every run, so
 * `--check` can prove the committed files are what this script makes.
 */
import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import sharp from "sharp";
import { parse as parseYaml } from "yaml";
import { DOCUMENTS } from "./documents.ts";
import { IMAGES, SIZES } from "./images.ts";
import { renderDocument, type Letterhead } from "./pdf.ts";
import { illustrationSvg, logoSvg, orgChartSvg } from "./scenes.ts";

export interface MediaFile {
  /** Path under `content/media/`, e.g. `berita/foto.jpg`. */
  path: string;
  bytes: Uint8Array;
}

export interface SampleReport {
  /** Every generated file with its size. */
  files: { path: string; size: number; status: "written" | "unchanged" | "differs" }[];
  totalBytes: number;
  /** `/media/...` paths referenced in content that exist nowhere. */
  missing: { file: string; path: string }[];
  /** Files under content/media that no content refers to. */
  unreferenced: string[];
}

const JPEG = { quality: 72, mozjpeg: true } as const;

async function jpeg(svg: string): Promise<Uint8Array> {
  return sharp(Buffer.from(svg)).jpeg(JPEG).toBuffer();
}

async function png(svg: string): Promise<Uint8Array> {
  return sharp(Buffer.from(svg)).png({ palette: true, compressionLevel: 9, effort: 10 }).toBuffer();
}

async function letterhead(contentDir: string): Promise<Letterhead> {
  const site = parseYaml(await readFile(join(contentDir, "_data", "site.yml"), "utf8")) as Record<string, string>;
  const place = /,\s*([^,]+),\s*Kabupaten/.exec(site.address ?? "")?.[1] ?? "";
  return {
    government: site.government ?? "",
    agency: site.agency ?? "",
    address: site.address ?? "",
    contact: `Telepon ${site.phone} · Surel ${site.email} · ${site.url}`,
    place,
  };
}

/** Builds every sample media file in memory, in a fixed order. */
export async function buildSampleMedia(contentDir: string, onFile?: (path: string) => void): Promise<MediaFile[]> {
  const files: MediaFile[] = [];
  const add = (path: string, bytes: Uint8Array) => {
    files.push({ path, bytes });
    onFile?.(path);
  };

  add("site/logo.png", await png(logoSvg(512)));
  add(
    "halaman/struktur-organisasi.png",
    await png(
      orgChartSvg(
        ["Kepala Dinas"],
        ["Sekretariat"],
        ["Subbagian Umum dan Kepegawaian", "Subbagian Keuangan", "Subbagian Perencanaan"],
        ["Kelompok Jabatan", "Fungsional"],
        [
          ["Bidang IKP", "Informasi dan", "Komunikasi Publik"],
          ["Bidang Aptika", "Aplikasi Informatika"],
          ["Bidang Statistik", "Statistik Sektoral"],
          ["Bidang Persandian", "Persandian dan", "Keamanan Informasi"],
        ],
        1600,
        1000,
      ),
    ),
  );
  for (const [path, spec] of Object.entries(IMAGES)) {
    const { width, height } = SIZES[spec.size];
    add(path, await jpeg(illustrationSvg(spec, width, height)));
  }
  const head = await letterhead(contentDir);
  for (const [path, spec] of Object.entries(DOCUMENTS)) add(path, await renderDocument(spec, head));
  return files;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out.sort();
}

/** Every `/media/...` path written in the content's Markdown and data files. */
export async function findMediaReferences(contentDir: string): Promise<{ file: string; path: string }[]> {
  const refs: { file: string; path: string }[] = [];
  for (const file of await walk(contentDir)) {
    if (!/\.(md|ya?ml)$/.test(file)) continue;
    const text = await readFile(file, "utf8");
    for (const m of text.matchAll(/\/media\/[A-Za-z0-9._\-/]+/g))
      refs.push({ file: relative(contentDir, file), path: m[0] });
  }
  return refs;
}

const same = (a: Uint8Array, b: Uint8Array) => a.length === b.length && Buffer.compare(a, b) === 0;

/**
 * Generates the sample media. With `check`, writes nothing and marks files whose bytes
 * differ from (or are missing on) disk as "differs".
 */
export async function generateSample(options: {
  contentDir: string;
  check?: boolean;
  onFile?: (path: string) => void;
}): Promise<SampleReport> {
  const { contentDir, check = false } = options;
  const mediaDir = join(contentDir, "media");
  const report: SampleReport = { files: [], totalBytes: 0, missing: [], unreferenced: [] };
  for (const file of await buildSampleMedia(contentDir, options.onFile)) {
    const target = join(mediaDir, file.path);
    const current = await readFile(target).catch(() => undefined);
    let status: SampleReport["files"][number]["status"] = "unchanged";
    if (!current || !same(current, file.bytes)) {
      if (check) status = "differs";
      else {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.bytes);
        status = "written";
      }
    }
    report.files.push({ path: file.path, size: file.bytes.length, status });
    report.totalBytes += file.bytes.length;
  }

  const onDisk = new Set((await walk(mediaDir)).map((p) => relative(mediaDir, p).split("\\").join("/")));
  const refs = await findMediaReferences(contentDir);
  const referenced = new Set(refs.map((r) => r.path.slice("/media/".length)));
  report.missing = refs.filter((r) => !onDisk.has(r.path.slice("/media/".length)));
  report.unreferenced = [...onDisk].filter((p) => !referenced.has(p));
  return report;
}
