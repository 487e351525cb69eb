import { readdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import YAML from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { collections, type CollectionName } from "../../src/content/schema.ts";
import { dataPreviewHtml, entryPreviewHtml } from "../../src/cms/preview/pages.ts";
import { agendaView, announcementView, type PreviewContext, type PreviewData } from "../../src/cms/preview/views.ts";

const contentDir = fileURLToPath(new URL("../../content/", import.meta.url));
let ctx: PreviewContext;

beforeAll(async () => {
  const read = async (name: string) => YAML.parse(await readFile(`${contentDir}_data/${name}.yml`, "utf8"));
  const data: PreviewData = { site: await read("site"), menu: await read("menu"), divisions: await read("divisions") };
  ctx = {
    data,
    now: new Date("2026-11-24T10:00:00+07:00"),
    asset: (path) => `blob:http://127.0.0.1/${encodeURIComponent(path)}`,
  };
});

describe("admin preview", () => {
  it("renders a news draft with the site's own page: header, article, body, image from getAsset", () => {
    const html = entryPreviewHtml(
      "berita",
      "2026-11-24-uji-pratinjau",
      {
        title: "Uji pratinjau berita",
        date: "2026-11-24T09:00",
        summary: "Ringkasan berita untuk uji pratinjau di panel admin.",
        division: "ikp",
        tags: ["Keterbukaan Informasi"],
        cover: { src: "/media/berita/foto-uji.jpg", alt: "Peserta rapat di aula" },
        author: "Tim Humas",
      },
      "Paragraf **tebal** pertama.\n\n<script>alert(1)</script>",
      ctx,
    );
    expect(html).toContain('class="site-header"');
    expect(html).toMatch(/<article class="entry">[\s\S]*<h1>Uji pratinjau berita<\/h1>/);
    expect(html).toContain("<strong>tebal</strong>");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain(`src="blob:http://127.0.0.1/${encodeURIComponent("/media/berita/foto-uji.jpg")}"`);
    expect(html).toContain('alt="Peserta rapat di aula"');
    // The division's name from divisions.yml, linked like the site links it.
    expect(html).toContain('href="/berita/bidang/ikp/"');
    expect(html).toContain("Bidang Informasi dan Komunikasi Publik");
    expect(html).not.toMatch(/<head[ >]|<title/);
  });

  it("survives a half-filled entry (new, nothing typed yet)", () => {
    for (const collection of Object.keys(collections) as CollectionName[]) {
      expect(() => entryPreviewHtml(collection, "", {}, "", ctx), collection).not.toThrow();
    }
  });

  it("renders every sample entry of every collection with its title", async () => {
    for (const collection of Object.keys(collections) as CollectionName[]) {
      const folder = `${contentDir}${collections[collection].folder}/`;
      const files = (await readdir(folder, { recursive: true })).filter((f) => f.endsWith(".md"));
      expect(files.length, collection).toBeGreaterThan(0);
      for (const file of files.slice(0, 3)) {
        const { data, content } = matter(await readFile(folder + file, "utf8"));
        const html = entryPreviewHtml(collection, file.replace(/\.md$/, ""), data, content, ctx);
        const escaped = String(data.title).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
        expect(html, `${collection}/${file}`).toContain(escaped);
      }
    }
  });

  it("previews site settings and the menu on the site's frame", () => {
    const html = dataPreviewHtml("site", { ...ctx.data.site, agency: "Dinas Uji Pratinjau" }, ctx);
    expect(html).toContain("Dinas Uji Pratinjau");
    const menu = dataPreviewHtml("menu", { items: [{ label: "Menu Uji", url: "/uji/" }] }, ctx);
    expect(menu).toMatch(/href="\/uji\/"[^>]*>Menu Uji</);
  });

  // Issue 14 item 5: the preview made its own views and had drifted from the build's — a date-only
  // end was its first minute in the preview, the end of the day on the site. One builder now.
  it("makes its views with the build's builders: a date-only end lasts until the end of that day", () => {
    const fields = {
      title: "Pengumuman uji",
      date: "2026-11-20",
      summary: "Ringkasan pengumuman uji pratinjau.",
      division: "ikp",
    };
    const notice = announcementView({ ...fields, expires: "2026-11-24" }, "", "uji", ctx);
    expect(notice.expires.toISOString()).toBe("2026-11-24T16:59:59.999Z");
    expect(notice.expired).toBe(false);
    const event = agendaView({ ...fields, start: "2026-11-24", end: "2026-11-24", place: "Aula" }, "", "uji", ctx);
    expect(event.upcoming).toBe(true);
    expect(event.division).toEqual({
      id: "ikp",
      name: ctx.data.divisions.items.find((d) => d.id === "ikp")!.name,
      url: "/berita/bidang/ikp/",
    });
  });
});
