/**
 * Scheduled publishing: Decap has no scheduling, so an item dated in the future goes live when
 * the hourly run builds after its time. Here: a news item one hour after a fixed clock is absent
 * from the build at that clock, present in the build an hour later, and the hourly deploy of
 * each build uploads a new release only when something came due.
 */
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { deploy } from "../../src/deploy/releases.ts";
import { openSsh } from "../../src/deploy/ssh.ts";
import { parseTarget } from "../../src/deploy/target.ts";
import { buildSite } from "../../src/site/build.ts";
import { makeContentFixture, markdown, removeContentFixture } from "../content/fixture.ts";
import { startSshd } from "./sshd.ts";
import { describeWithTools, TOOLS } from "../tools.ts";

/** 09:00 WIB; the item is dated 10:00 WIB, one hour later. */
const NOW = new Date("2025-11-10T09:00:00+07:00");
const HOUR_LATER = new Date(NOW.getTime() + 3_600_000);
const SITE_URL = "https://diskominfo.contoh.go.id";
const URL_PATH = "/berita/hasil-seleksi-magang/";

let contentDir: string;
let tmp: string;
let atNow: string;
let atNowAgain: string;
let hourLater: string;

beforeAll(async () => {
  contentDir = await makeContentFixture({
    files: {
      "berita/2025-11-10-hasil-seleksi-magang.md": markdown(
        {
          title: "Hasil seleksi magang mahasiswa",
          date: "2025-11-10T10:00",
          summary: "Daftar peserta yang lolos seleksi magang mahasiswa tahun ini.",
          division: "umum",
          cover: { src: "/media/2025/pelatihan.png", alt: "Peserta seleksi magang di aula" },
          author: "Tim Humas",
        },
        "Selamat kepada peserta yang lolos.\n",
      ),
    },
  });
  tmp = await mkdtemp(join(tmpdir(), "warta-schedule-"));
  const build = async (name: string, now: Date) => {
    const outputDir = join(tmp, name);
    await buildSite({ contentDir, outputDir, now, search: false, quiet: true, cacheDir: join(tmp, ".cache") });
    return outputDir;
  };
  atNow = await build("now", NOW);
  atNowAgain = await build("now-again", new Date(NOW.getTime() + 59 * 60_000));
  hourLater = await build("hour-later", HOUR_LATER);
});

afterAll(async () => {
  if (contentDir) await removeContentFixture(contentDir);
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** Where the item shows up in a build: its page, the news index, the feeds, the sitemap. */
async function appearances(outputDir: string): Promise<Record<string, boolean>> {
  const read = (file: string) => readFile(join(outputDir, file), "utf8");
  const absolute = `${SITE_URL}${URL_PATH}`;
  return {
    page: existsSync(join(outputDir, URL_PATH, "index.html")),
    newsIndex: (await read("berita/index.html")).includes(`href="${URL_PATH}"`),
    rss: (await read("feed.xml")).includes(absolute),
    atom: (await read("atom.xml")).includes(absolute),
    json: (await read("feed.json")).includes(absolute),
    sitemap: (await read("sitemap.xml")).includes(`<loc>${absolute}</loc>`),
  };
}

it("an item dated one hour ahead is absent from the build now", async () => {
  expect(await appearances(atNow)).toEqual({
    page: false,
    newsIndex: false,
    rss: false,
    atom: false,
    json: false,
    sitemap: false,
  });
  // The other news is there: the build itself is not empty.
  expect(existsSync(join(atNow, "berita", "pelatihan-umkm", "index.html"))).toBe(true);
});

it("the build with the clock one hour later publishes it everywhere", async () => {
  expect(await appearances(hourLater)).toEqual({
    page: true,
    newsIndex: true,
    rss: true,
    atom: true,
    json: true,
    sitemap: true,
  });
  expect(await readFile(join(hourLater, URL_PATH, "index.html"), "utf8")).toContain("Hasil seleksi magang mahasiswa");
});

describeWithTools([TOOLS.sshd], "the hourly deploy", () => {
  it("uploads nothing when nothing came due, and a new release when the item did", async () => {
    const sshd = await startSshd();
    const session = await openSsh(parseTarget(sshd.target(join(sshd.dir, "srv", "warta"))), {
      WARTA_SSH_KEY: sshd.keyFile,
      WARTA_SSH_KNOWN_HOSTS: sshd.knownHostsFile,
    });
    try {
      const first = await deploy({ session, sourceDir: atNow, now: NOW });
      const quiet = await deploy({ session, sourceDir: atNowAgain, now: new Date(NOW.getTime() + 59 * 60_000) });
      expect(quiet).toMatchObject({ outcome: "unchanged", live: first.release });
      const due = await deploy({ session, sourceDir: hourLater, now: HOUR_LATER });
      expect(due.outcome).toBe("deployed");
      expect(due.changes!.files).toBeGreaterThan(0);
      const live = join(sshd.dir, "srv", "warta", "current");
      expect(await readFile(join(live, URL_PATH, "index.html"), "utf8")).toContain("Hasil seleksi magang mahasiswa");
    } finally {
      await session.dispose();
      await sshd.stop();
    }
  });
});
