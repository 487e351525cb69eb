/**
 * The benchmark's two trees, made from the same Markdown:
 * - `content/`: the sample content's data files (`_data/`), its logo and a handful of its photos,
 *   N synthetic news items (~600 words each, from `syntheticPost` in posts.ts) spread
 *   over the divisions and a pool of tags, plus a few announcements and upcoming events so the
 *   home page is full. The items share a few cover images: encoding them is a one-time cost, as
 *   on a real site whose image encodes are cached by content.
 * - `baseline/`: every Markdown entry of that tree as a plain Eleventy `.md` file (title, date,
 *   tags, one minimal Nunjucks layout) and one paginated index, run with Eleventy's defaults
 *   (no config file: markdown-it, Liquid pre-processing of Markdown, collections).
 */
import { copyFile, cp, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import matter from "gray-matter";
import { parse, stringify } from "yaml";
import { syntheticPost } from "./posts.ts";

/** The sample site's clock in tests; synthetic news are dated before it. */
export const BENCH_NOW = new Date("2026-11-24T12:00:00+07:00");

const TAGS = (
  "SPBE;pelayanan publik;informasi publik;UMKM;pelatihan;literasi digital;statistik;Satu Data;keamanan informasi;" +
  "internet desa;KIM;media sosial;website;PPID;anggaran;perencanaan;evaluasi;sosialisasi;kecamatan;desa;" +
  "aplikasi;pusat data;jaringan;persandian;tanda tangan elektronik;hoaks;kehumasan;forum;kerja sama;inovasi"
).split(";");

const AUTHORS = ["Tim Humas", "Fajar Ramadhan", "Sari Dewi", "Andi Wijaya", "Rina Kartika"];
const SYNTHETIC_PREFIX = "sintetis-";
/** Distinct cover photos the news items share. */
const COVERS = 6;

export interface SyntheticSite {
  /** The Warta content folder. */
  contentDir: string;
  /** The plain Eleventy input folder. */
  baselineDir: string;
  items: number;
  /** Distinct cover images the synthetic items share. */
  covers: number;
  /** Markdown entries written for the baseline (every entry of `content/`). */
  baselineEntries: number;
}

/** Writes both trees under `root`. */
export async function makeSyntheticSite(
  root: string,
  options: { items: number; sampleContent: string },
): Promise<SyntheticSite> {
  const contentDir = join(root, "content");
  const baselineDir = join(root, "baseline");
  await cp(join(options.sampleContent, "_data"), join(contentDir, "_data"), { recursive: true });
  await cp(join(options.sampleContent, "media/site"), join(contentDir, "media/site"), { recursive: true });
  const photos = join(options.sampleContent, "media/berita");
  const covers = (await readdir(photos))
    .filter((f) => /\.jpe?g$/i.test(f))
    .sort()
    .slice(0, COVERS);
  if (covers.length === 0) throw new Error(`No JPEG in ${photos} to use as covers`);
  await mkdir(join(contentDir, "media/berita"), { recursive: true });
  for (const cover of covers) await copyFile(join(photos, cover), join(contentDir, "media/berita", cover));
  for (const folder of ["berita", "pengumuman", "agenda"]) await mkdir(join(contentDir, folder), { recursive: true });

  const divisions = (
    parse(await readFile(join(contentDir, "_data/divisions.yml"), "utf8")) as { items: { id: string }[] }
  ).items.map((d) => d.id);
  for (let i = 0; i < 5; i++) {
    await writeFile(join(contentDir, "pengumuman", `${SYNTHETIC_PREFIX}${i}.md`), syntheticAnnouncement(i));
    await writeFile(join(contentDir, "agenda", `${SYNTHETIC_PREFIX}${i}.md`), syntheticEvent(i, divisions));
  }

  const writes: Promise<void>[] = [];
  for (let i = 0; i < options.items; i++) {
    const date = newsDate(i);
    const file = join(contentDir, "berita", `${date.slice(0, 10)}-${SYNTHETIC_PREFIX}${String(i).padStart(5, "0")}.md`);
    writes.push(writeFile(file, syntheticNews(i, date, divisions, covers)));
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);

  const baselineEntries = await writeBaseline(contentDir, baselineDir);
  return { contentDir, baselineDir, items: options.items, covers: covers.length, baselineEntries };
}

/** One item every 11 hours back from a week before the clock: 4,000 items span about five years. */
function newsDate(index: number): string {
  const wib = new Date(BENCH_NOW.getTime() - 7 * 86_400_000 - index * 11 * 3_600_000 + 7 * 3_600_000);
  return wib.toISOString().slice(0, 16);
}

function syntheticNews(index: number, date: string, divisions: string[], covers: string[]): string {
  const tagCount = 1 + (index % 3);
  const tags = Array.from({ length: tagCount }, (_, k) => TAGS[(index * 7 + k * 11) % TAGS.length]!);
  const frontMatter = {
    title: `Berita sintetis ${index}: kegiatan ${TAGS[index % TAGS.length]} di ${divisions[index % divisions.length]}`,
    date,
    summary: `Ringkasan berita sintetis nomor ${index} untuk uji kecepatan pembangunan situs.`,
    division: divisions[index % divisions.length],
    tags: [...new Set(tags)],
    cover: {
      src: `/media/berita/${covers[index % covers.length]}`,
      alt: `Foto ilustrasi kegiatan berita sintetis ${index}`,
    },
    author: AUTHORS[index % AUTHORS.length],
  };
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${syntheticPost(index)}`;
}

const day = (offsetDays: number) =>
  new Date(BENCH_NOW.getTime() + offsetDays * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);

function syntheticAnnouncement(index: number): string {
  const frontMatter = {
    title: `Pengumuman sintetis ${index}: jadwal layanan informasi`,
    date: day(-3 - index),
    expires: day(30 + index),
    summary: `Pengumuman sintetis nomor ${index} tentang jadwal layanan informasi publik.`,
  };
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${syntheticPost(100_000 + index).slice(0, 1500)}\n`;
}

function syntheticEvent(index: number, divisions: string[]): string {
  const frontMatter = {
    title: `Agenda sintetis ${index}: rapat koordinasi`,
    date: day(-10),
    start: `${day(3 + index * 2)}T09:00`,
    end: `${day(3 + index * 2)}T12:00`,
    place: "Aula kantor dinas",
    division: divisions[index % divisions.length],
    summary: `Agenda sintetis nomor ${index}: rapat koordinasi pengelola informasi.`,
  };
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${syntheticPost(200_000 + index).slice(0, 1500)}\n`;
}

/** The baseline input: the same bodies, plain front matter, one layout, one paginated index. */
async function writeBaseline(contentDir: string, baselineDir: string): Promise<number> {
  await mkdir(join(baselineDir, "_includes"), { recursive: true });
  await writeFile(
    join(baselineDir, "_includes/post.njk"),
    `<!doctype html>\n<html lang="id">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body>\n<main>\n<h1>{{ title }}</h1>\n{{ content | safe }}\n</main>\n</body>\n</html>\n`,
  );
  await writeFile(
    join(baselineDir, "index.njk"),
    `---\npagination:\n  data: collections.post\n  size: 12\n  reverse: true\n---\n<!doctype html>\n<html lang="id">\n<head><meta charset="utf-8"><title>Berita</title></head>\n<body>\n<ul>\n{%- for item in pagination.items %}\n<li><a href="{{ item.url }}">{{ item.data.title }}</a></li>\n{%- endfor %}\n</ul>\n</body>\n</html>\n`,
  );
  let count = 0;
  const writes: Promise<void>[] = [];
  for (const file of await markdownFiles(contentDir)) {
    const parsed = matter(await readFile(file, "utf8"));
    const data = parsed.data as { title?: string; date?: unknown; tags?: string[] };
    const frontMatter: Record<string, unknown> = {
      title: data.title ?? "",
      layout: "post.njk",
      tags: ["post", ...(data.tags ?? [])],
    };
    if (typeof data.date === "string") frontMatter.date = data.date;
    else if (data.date instanceof Date) frontMatter.date = data.date.toISOString();
    const target = join(baselineDir, relative(contentDir, file));
    count++;
    writes.push(
      mkdir(join(target, ".."), { recursive: true }).then(() =>
        writeFile(target, `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n${parsed.content}`),
      ),
    );
    if (writes.length >= 256) await Promise.all(writes.splice(0));
  }
  await Promise.all(writes);
  return count;
}

async function markdownFiles(contentDir: string): Promise<string[]> {
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".md"))
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (path) =>
        !relative(contentDir, path)
          .split(sep)
          .some((part) => part.startsWith("_") || part === "media"),
    );
}
