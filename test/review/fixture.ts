/** A throwaway Git repository holding a small valid site, for the change detection and review tests. */
import { execFileSync } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import sharp from "sharp";

export interface Repo {
  dir: string;
  git: (...args: string[]) => string;
  write: (path: string, content: string | Buffer) => Promise<void>;
  remove: (path: string) => Promise<void>;
  commit: (message: string, isoDate?: string) => string;
  dispose: () => Promise<void>;
}

export async function makeRepo(): Promise<Repo> {
  const dir = await mkdtemp(join(tmpdir(), "warta-review-repo-"));
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "Editor Uji",
    GIT_AUTHOR_EMAIL: "editor@example.invalid",
    GIT_COMMITTER_NAME: "Editor Uji",
    GIT_COMMITTER_EMAIL: "editor@example.invalid",
    GIT_CONFIG_NOSYSTEM: "1",
  };
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, env, encoding: "utf8" });
  git("init", "-q", "-b", "main");
  return {
    dir,
    git,
    write: async (path, content) => {
      await mkdir(dirname(join(dir, path)), { recursive: true });
      await writeFile(join(dir, path), content);
    },
    remove: async (path) => rm(join(dir, path)),
    commit: (message, isoDate) => {
      git("add", "-A");
      const dated = isoDate ? { GIT_AUTHOR_DATE: isoDate, GIT_COMMITTER_DATE: isoDate } : {};
      execFileSync("git", ["commit", "-q", "-m", message], { cwd: dir, env: { ...env, ...dated } });
      return git("rev-parse", "HEAD").trim();
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

export const png = (color = "#1b6") =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: color } })
    .png()
    .toBuffer();

/** A JPEG carrying GPS coordinates in EXIF (Jakarta, Monas: 6°10'31"S 106°49'37"E). */
export const jpegWithGps = () =>
  sharp({ create: { width: 16, height: 16, channels: 3, background: "#a53" } })
    .jpeg()
    .withExif({
      IFD0: { Make: "Kamera Uji" },
      IFD3: {
        GPSLatitudeRef: "S",
        GPSLatitude: "6/1 10/1 31/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "106/1 49/1 37/1",
      },
    })
    .toBuffer();

export const SITE_YML = `name: Diskominfo Contoh
agency: Dinas Komunikasi dan Informatika Kabupaten Contoh
government: Pemerintah Kabupaten Contoh
url: https://diskominfo.contohkab.go.id
address: Jl. Merdeka No. 1, Kota Contoh 55111
phone: (0274) 512345
email: diskominfo@contohkab.go.id
serviceHours:
  - days: Senin–Jumat
    hours: 08.00–15.00 WIB
logo: /media/site/logo.png
social:
  facebook: https://facebook.example/diskominfocontoh
  mastodon: https://sosial.contohkab.example/@diskominfo
repo: contoh/situs
`;

const DATA: Record<string, string> = {
  "content/_data/site.yml": SITE_YML,
  "content/_data/menu.yml": "items:\n  - label: Beranda\n    url: /\n  - label: Berita\n    url: /berita/\n",
  "content/_data/divisions.yml": "items:\n  - id: ikp\n    name: Bidang Informasi dan Komunikasi Publik\n",
  "content/_data/team.yml": `decree:
  number: 800/12/2026
  date: 2026-01-05
  title: Tim Pengelola Website dan Media Sosial
members:
  - name: Kepala Dinas Contoh
    role: pejabat
    github: kadis-contoh
`,
  "content/_data/programme.yml": "year: 2026\nitems: []\n",
};

export function berita(title: string, body: string, extra = ""): string {
  return `---
title: ${title}
date: 2026-11-03T09:00
summary: Ringkasan berita uji yang cukup panjang untuk memenuhi skema konten.
division: ikp
cover:
  src: /media/berita/sampul.png
  alt: Sampul berita uji berwarna hijau
author: Tim Humas
${extra}---
${body}
`;
}

export function halaman(title: string, body: string): string {
  // A dated page: an undated one takes its file's time, which a fixed test clock may see as the future.
  return `---\ntitle: ${title}\nsummary: Halaman uji untuk pemeriksaan tautan.\ndate: 2026-09-01T08:00\n---\n${body}\n`;
}

/** The base commit on main: data files, the logo and a cover image, one news item and one page. */
export async function seedSite(repo: Repo): Promise<string> {
  for (const [path, text] of Object.entries(DATA)) await repo.write(path, text);
  await repo.write("content/media/site/logo.png", await png());
  await repo.write("content/media/berita/sampul.png", await png("#39c"));
  await repo.write("content/berita/2026-11-01-berita-lama.md", berita("Berita lama yang akan diubah", "Isi awal."));
  await repo.write("content/berita/2026-11-02-berita-dihapus.md", berita("Berita yang akan dihapus", "Isi."));
  await repo.write("content/halaman/profil.md", halaman("Profil Dinas", "Tentang kami."));
  return repo.commit("Situs awal", "2026-11-01T08:00:00+07:00");
}
