/** The components as pure functions of their props, the way the build and the admin preview call them. */
import { renderToString } from "preact-render-to-string";
import { describe, expect, it } from "vitest";
import { MainNav, currentState } from "../../src/site/components/MainNav.tsx";
import { NewsArticle } from "../../src/site/components/NewsArticle.tsx";
import { pageWindow, Pagination } from "../../src/site/components/Pagination.tsx";
import { Picture } from "../../src/site/components/Picture.tsx";
import { VideoEmbed } from "../../src/site/components/VideoEmbed.tsx";
import { EventTime } from "../../src/site/components/EventTime.tsx";
import { csvCell } from "../../src/format/csv.ts";
import { absolutizeHtml } from "../../src/site/feeds.ts";
import { describeFile, jsonForScript, youtubeId } from "../../src/site/format.ts";
import { fileSize } from "../../src/format/size.ts";
import { imageFromUrl, type NewsView, type ResponsiveImage } from "../../src/site/view.ts";

const image: ResponsiveImage = {
  alt: "Peserta rapat di aula",
  src: "/img/abc-960.jpeg",
  srcset: "/img/abc-480.jpeg 480w, /img/abc-960.jpeg 960w",
  width: 960,
  height: 640,
  sources: [
    { type: "image/avif", srcset: "/img/abc-480.avif 480w, /img/abc-960.avif 960w" },
    { type: "image/webp", srcset: "/img/abc-480.webp 480w, /img/abc-960.webp 960w" },
  ],
};

describe("Picture", () => {
  it("offers AVIF and WebP, sizes the fallback and loads lazily by default", () => {
    const html = renderToString(<Picture image={image} sizes="100vw" />);
    expect(html).toContain(
      '<source type="image/avif" srcset="/img/abc-480.avif 480w, /img/abc-960.avif 960w" sizes="100vw"/>',
    );
    expect(html).toContain('width="960" height="640" alt="Peserta rapat di aula" loading="lazy"');
    expect(html).not.toContain("fetchpriority");
  });

  it("loads the image above the fold at once", () => {
    const html = renderToString(<Picture image={image} sizes="100vw" eager />);
    expect(html).toContain('loading="eager"');
    expect(html).toContain('fetchpriority="high"');
  });

  it("works from a plain URL, as in the admin preview", () => {
    const html = renderToString(<Picture image={imageFromUrl("/media/foto.jpg", "Foto")} sizes="100vw" />);
    expect(html).toBe(
      '<picture><img src="/media/foto.jpg" width="1200" height="800" alt="Foto" loading="lazy" decoding="async"/></picture>',
    );
  });
});

describe("VideoEmbed", () => {
  it("shows YouTube as a local placeholder linking to the video, with no YouTube address in any src", () => {
    const html = renderToString(
      <VideoEmbed
        video={{
          kind: "youtube",
          id: "dQw4w9WgXcQ",
          url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
          title: "Liputan <rapat>",
        }}
      />,
    );
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(html).toContain('data-youtube="dQw4w9WgXcQ"');
    expect(html).toContain("Liputan &lt;rapat>");
    expect(html).not.toMatch(/src="[^"]*(youtube|ytimg)/);
    expect(html).not.toContain("<iframe");
  });

  it("uses the entry's own poster for YouTube when there is one", () => {
    const html = renderToString(
      <VideoEmbed
        video={{
          kind: "youtube",
          id: "dQw4w9WgXcQ",
          url: "https://youtu.be/dQw4w9WgXcQ",
          title: "Video",
          poster: image,
        }}
      />,
    );
    expect(html).toContain('src="/img/abc-960.jpeg"');
    expect(html).not.toContain("video-placeholder");
  });

  it("plays MP4 natively without preloading", () => {
    const html = renderToString(
      <VideoEmbed video={{ kind: "mp4", src: "/media/video.mp4", title: "Video", poster: image }} />,
    );
    expect(html).toMatch(/<video controls preload="none" poster="\/img\/abc-960.jpeg"/);
    expect(html).toContain('<source src="/media/video.mp4" type="video/mp4"/>');
  });

  it("reads the id of every YouTube URL form the schema accepts", () => {
    expect(youtubeId("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=10")).toBe("dQw4w9WgXcQ");
    expect(youtubeId("https://youtu.be/dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
    expect(youtubeId("https://youtube.com/shorts/dQw4w9WgXcQ")).toBe("dQw4w9WgXcQ");
  });
});

describe("navigation", () => {
  const items = [
    { label: "Beranda", url: "/" },
    { label: "Berita", url: "/berita/" },
    { label: "PPID", url: "/ppid/", children: [{ label: "Profil PPID", url: "/ppid/profil/" }] },
  ];

  it("marks the current page, and its section as current", () => {
    expect(currentState("/berita/", "/berita/")).toBe("page");
    expect(currentState("/berita/", "/berita/judul/")).toBe("true");
    expect(currentState("/", "/berita/")).toBeUndefined();
    const html = renderToString(<MainNav items={items} currentPath="/ppid/profil/" />);
    expect(html).toContain('<a href="/ppid/profil/" aria-current="page">Profil PPID</a>');
    expect(html).toContain('<a href="/">Beranda</a>');
    // The menu opens without JavaScript.
    expect(html).toMatch(/<details class="menu"><summary>Menu<\/summary>/);
  });

  it("shows the first, last and nearby pages", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, "gap", 10]);
    expect(pageWindow(6, 10)).toEqual([1, "gap", 4, 5, 6, 7, 8, "gap", 10]);
    const html = renderToString(
      <Pagination page={{ number: 2, total: 3, urls: ["/berita/", "/berita/halaman/2/", "/berita/halaman/3/"] }} />,
    );
    expect(html).toContain('<a href="/berita/" rel="prev">');
    expect(html).toContain('aria-current="page" aria-label="Halaman 2"');
    expect(renderToString(<Pagination page={{ number: 1, total: 1, urls: ["/berita/"] }} />)).toBe("");
  });
});

describe("NewsArticle", () => {
  const item: NewsView = {
    url: "/berita/uji/",
    title: 'Rapat "koordinasi" & evaluasi',
    summary: "Ringkasan berita uji.",
    date: new Date("2026-11-03T02:00:00Z"),
    html: "<p>Isi <strong>tebal</strong>.</p>",
    cover: imageFromUrl("/media/sampul.jpg", "Suasana rapat"),
    gallery: [],
    attachments: [{ title: "Notulen", href: "/media/notulen.pdf", type: "PDF", bytes: 120 * 1024 }],
    author: "Tim Humas",
    division: { id: "ikp", name: "Informasi dan Komunikasi Publik", url: "/berita/bidang/ikp/" },
    tags: [{ label: "rapat", url: "/berita/topik/rapat/" }],
  };

  it("escapes fields, keeps the sanitised body, and lists attachments with type and size", () => {
    const html = renderToString(<NewsArticle item={item} timeZone="Asia/Jakarta" />);
    expect(html).toContain("<h1>Rapat &quot;koordinasi&quot; &amp; evaluasi</h1>");
    expect(html).toContain("<p>Isi <strong>tebal</strong>.</p>");
    expect(html).toContain('<time datetime="2026-11-03">Selasa, 3 November 2026</time>');
    expect(html).toContain("(PDF, 120 KB)");
    expect(html).toContain('href="/berita/topik/rapat/"');
  });
});

describe("EventTime", () => {
  it("writes a same-day event as one date with a time range", () => {
    const html = renderToString(
      <EventTime
        start={new Date("2026-11-03T02:00:00Z")}
        end={new Date("2026-11-03T05:00:00Z")}
        timeZone="Asia/Jakarta"
      />,
    );
    expect(html.replace(/<[^>]+>/g, "")).toBe("Selasa, 3 November 2026, 09.00–12.00 WIB");
  });
});

describe("formatting helpers", () => {
  it("writes file sizes the Indonesian way", () => {
    // Binary units, as the upload limits are set (see src/format/size.ts).
    expect(fileSize(999)).toBe("999 B");
    expect(fileSize(120 * 1024)).toBe("120 KB");
    expect(fileSize(1.4 * 1024 * 1024)).toBe("1,4 MB");
    expect(describeFile("PDF", 120 * 1024)).toBe("PDF, 120 KB");
    expect(describeFile("PDF")).toBe("PDF");
  });

  it("keeps structured data from closing its script element", () => {
    expect(jsonForScript({ t: "</script><script>alert(1)</script>" })).not.toContain("</script>");
    expect(JSON.parse(jsonForScript({ t: "</script>" }))).toEqual({ t: "</script>" });
  });

  it("quotes CSV cells and stops spreadsheet formulas", () => {
    expect(csvCell("biasa")).toBe("biasa");
    expect(csvCell('kata "kutip", koma')).toBe('"kata ""kutip"", koma"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
  });

  it("makes root-relative links in feed content absolute", () => {
    expect(
      absolutizeHtml(
        '<a href="/berita/x/">x</a><img src="/img/a.jpg" srcset="/img/a.jpg 480w, /img/b.jpg 960w"><a href="//cdn.example/x">y</a>',
        "https://dinas.example/",
      ),
    ).toBe(
      '<a href="https://dinas.example/berita/x/">x</a><img src="https://dinas.example/img/a.jpg" srcset="https://dinas.example/img/a.jpg 480w, https://dinas.example/img/b.jpg 960w"><a href="//cdn.example/x">y</a>',
    );
  });
});

describe("links from data that skipped the check never reach an attribute", () => {
  // Issue 10 hole 3: a `javascript:` social link ran from the footer of every page.
  const hostile = [
    "javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example/",
  ];

  it.each(hostile)("footer and JSON-LD sameAs drop %j", async (url) => {
    const { SiteFooter } = await import("../../src/site/components/SiteFooter.tsx");
    const { JsonLd } = await import("../../src/site/components/JsonLd.tsx");
    const site = {
      name: "Diskominfo",
      agency: "Dinas",
      government: "Pemkab",
      url: "https://dinas.go.id/",
      timeZone: "Asia/Jakarta" as const,
      address: "Jl. Merdeka 1",
      phone: "(0361) 123456",
      email: "humas@dinas.go.id",
      serviceHours: [],
      menu: [],
      social: { facebook: url, instagram: "https://www.instagram.com/dinas" },
    };
    const footer = renderToString(<SiteFooter site={site} />);
    expect(footer).toContain('href="https://www.instagram.com/dinas"');
    expect(footer).not.toContain("Facebook");
    const json = renderToString(
      <JsonLd data={{ "@type": "GovernmentOrganization", url: url, sameAs: Object.values(site.social), name: url }} />,
    );
    const data = JSON.parse(json.replace(/^<script[^>]*>|<\/script>$/g, "")) as {
      url?: string;
      sameAs: string[];
      name: string;
    };
    expect(data.sameAs).toEqual(["https://www.instagram.com/dinas"]);
    expect(data.url).toBeUndefined();
    // Text is text: only address fields are filtered.
    expect(data.name).toBe(url);
  });

  it.each(hostile)("a menu item and a YouTube poster link with %j link nowhere", (url) => {
    const nav = renderToString(
      <MainNav
        items={[
          { label: "Jahat", url },
          { label: "PPID", url: "/ppid/" },
        ]}
        currentPath="/"
      />,
    );
    expect(nav).toContain('href="/ppid/"');
    expect(nav).not.toMatch(/href="(?!\/ppid\/)/);
    const video = renderToString(<VideoEmbed video={{ kind: "youtube", id: "dQw4w9WgXcQ", url, title: "Video" }} />);
    expect(video).not.toContain("href=");
  });
});
