/**
 * Hole 3 of issue 10: `javascript:` in a social link passed the check and ran from the footer.
 * Every URL field of every schema goes through one type (`webAddress`, rule `linkProblem`).
 */
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "../../src/content/load.ts";
import { linkProblem, safeLink } from "../../src/content/urls.ts";
import { defaultData, defaultEntries, makeContentFixture, markdown, removeContentFixture } from "./fixture.ts";

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeContentFixture));
});
async function problemsOf(options: Parameters<typeof makeContentFixture>[0]) {
  const dir = await makeContentFixture(options);
  made.push(dir);
  return (await loadContent(dir)).problems;
}

/** Addresses that must never become a link, however they are written. */
const HOSTILE = [
  "javascript:alert(document.domain)",
  "JavaScript:alert(1)",
  "java\tscript:alert(1)",
  " javascript:alert(1)",
  "vbscript:msgbox(1)",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "http://diskominfo.contoh.go.id/",
  "//evil.example/x",
  "https://www.facebook.com@evil.example/",
  "https:evil.example",
  "mailto:humas@contoh.go.id",
];

describe("the one link rule", () => {
  it.each(HOSTILE)("refuses %j (and the render guard drops it)", (value) => {
    expect(linkProblem(value)).toBeDefined();
    expect(safeLink(value)).toBeUndefined();
  });

  it("accepts https addresses, and site paths only where asked; never //host or /\\host", () => {
    expect(linkProblem("https://www.instagram.com/diskominfo.contoh")).toBeUndefined();
    expect(linkProblem("/ppid/")).toBeDefined();
    expect(linkProblem("/ppid/", { sitePath: true })).toBeUndefined();
    expect(linkProblem("/\\evil.example", { sitePath: true })).toBeDefined();
    expect(linkProblem("//evil.example", { sitePath: true })).toBeDefined();
  });

  it("takes http:// only to this computer, and only where asked (the site address of a local preview)", () => {
    expect(linkProblem("http://127.0.0.1:8080", { loopback: true })).toBeUndefined();
    expect(linkProblem("http://localhost/", { loopback: true })).toBeUndefined();
    expect(linkProblem("http://127.0.0.1:8080")).toBeDefined();
    expect(linkProblem("http://diskominfo.contoh.go.id", { loopback: true })).toBeDefined();
    expect(linkProblem("http://127.0.0.1.evil.example/", { loopback: true })).toBeDefined();
    expect(linkProblem("http://localhost@evil.example/", { loopback: true })).toBeDefined();
  });
});

describe("every URL field refuses javascript: with file:line and an Indonesian fix", () => {
  const news = defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!;
  const cases: { name: string; options: Parameters<typeof makeContentFixture>[0]; file: string; field: string }[] = [
    {
      name: "site.social",
      options: { data: { site: { social: { facebook: "javascript:alert(document.cookie)" } } } },
      file: "content/_data/site.yml",
      field: "social.facebook",
    },
    { name: "site.authUrl", options: { data: { site: { authUrl: "javascript:alert(1)" } } }, file: "content/_data/site.yml", field: "authUrl" },
    { name: "site.url", options: { data: { site: { url: "javascript:alert(1)//" } } }, file: "content/_data/site.yml", field: "url" },
    {
      name: "menu url",
      options: { data: { menu: { items: [...(defaultData.menu.items as object[]), { label: "Jahat", url: "javascript:alert(1)" }] } } },
      file: "content/_data/menu.yml",
      field: "items.3.url",
    },
    {
      name: "submenu url (protocol-relative)",
      options: { data: { menu: { items: [{ label: "Beranda", url: "/", children: [{ label: "Luar", url: "//evil.example/" }] }] } } },
      file: "content/_data/menu.yml",
      field: "items.0.children.0.url",
    },
    {
      name: "video.youtube",
      options: {
        files: {
          "berita/2025-11-03-pelatihan-umkm.md": markdown({ ...news.frontMatter, video: { title: "Video kegiatan", youtube: "javascript:alert(1)" } }, news.body),
        },
      },
      file: "content/berita/2025-11-03-pelatihan-umkm.md",
      field: "video.youtube",
    },
  ];

  it.each(cases)("$name", async ({ options, file, field }) => {
    const problems = await problemsOf(options);
    const found = problems.filter((p) => p.file === file && p.field === field);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]!.line).toBeGreaterThan(1);
    expect(found[0]!.message).toMatch(/https:\/\//);
    expect(found[0]!.fix).toMatch(/mis\. (https:\/\/|\/)/);
  });

  it("says what is wrong with an https address that hides another host, once", async () => {
    const problems = await problemsOf({ data: { site: { social: { instagram: "https://www.instagram.com@evil.example/" } } } });
    expect(problems).toEqual([
      expect.objectContaining({
        file: "content/_data/site.yml",
        field: "social.instagram",
        message: expect.stringMatching(/^Instagram: alamat memuat nama pengguna atau sandi/),
        fix: expect.stringMatching(/salin alamat lengkap .* mis\. https:\/\/www\.instagram\.com\//),
      }),
    ]);
  });

  it("reports a video address that is neither https nor YouTube once", async () => {
    const news = defaultEntries["berita/2025-11-03-pelatihan-umkm.md"]!;
    const problems = await problemsOf({
      files: { "berita/2025-11-03-pelatihan-umkm.md": markdown({ ...news.frontMatter, video: { title: "Video kegiatan", youtube: "javascript:alert(1)" } }, news.body) },
    });
    expect(problems).toEqual([expect.objectContaining({ field: "video.youtube", message: "Alamat video YouTube harus diawali https://" })]);
  });

  it("keeps accepting the addresses the sample uses", async () => {
    expect(await problemsOf({})).toEqual([]);
  });
});
