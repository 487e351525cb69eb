import twitterText from "twitter-text";
import { describe, expect, it } from "vitest";
import { composePost, graphemeLength, hashtag, hashtags, RULES, shortUrl } from "../../src/social/compose.ts";
import { CHANNELS } from "../../src/social/types.ts";
import { makeEntry, makeSite, news } from "./entries.ts";

const site = makeSite();
const segment = (t: string) =>
  [...new Intl.Segmenter("id", { granularity: "grapheme" }).segment(t)].map((s) => s.segment);

/** Long Indonesian prose with emoji (ZWJ sequences, skin tones, flags) and combining marks. */
const LONG_SUMMARY =
  "Pemerintah Kabupaten Contoh 🇮🇩 meluncurkan layanan administrasi kependudukan keliling 👨‍👩‍👧‍👦 yang menjangkau desa-desa terpencil di wilayah pegunungan, " +
  "sehingga warga tidak perlu lagi menempuh perjalanan jauh ke kantor dinas 👍🏽. Layanan ini mencakup perekaman KTP-el, penerbitan kartu keluarga, akta kelahiran, " +
  "dan konsultasi kependudukan; jadwalnya diumumkan setiap pekan melalui kanal resmi dinas serta kantor desa masing-masing. Café de\u0301sa ikut membantu.";

const LONG_SLUG =
  "layanan-administrasi-kependudukan-keliling-menjangkau-desa-desa-terpencil-di-wilayah-pegunungan-kabupaten-contoh-tahun-2025";

function longNews() {
  return news(
    LONG_SLUG,
    {
      title: "Layanan adminduk keliling menjangkau desa terpencil 🚐",
      summary: LONG_SUMMARY.slice(0, 300),
      tags: ["administrasi kependudukan", "pelayanan publik", "desa", "KTP-el"],
    },
    `${LONG_SUMMARY}\n\n${LONG_SUMMARY}\n\n${LONG_SUMMARY}`,
  );
}

describe("composePost: limits as each channel counts them", () => {
  it("fits X's weighted 280 with emoji and a long URL counted as 23", () => {
    const post = composePost(longNews(), site, "x");
    const parsed = twitterText.parseTweet(post.text);
    expect(parsed.valid).toBe(true);
    expect(parsed.weightedLength).toBeLessThanOrEqual(280);
    // The raw text is longer than 280 code units: the URL is long but weighs 23.
    expect(post.link.length).toBeGreaterThan(140);
    expect(post.text).toContain(post.link);
    expect(post.text).toContain("…");
  });

  it("fits Mastodon's 500 with URLs counted as 23 and Bluesky's 300 graphemes", () => {
    const entry = news(LONG_SLUG, { summary: LONG_SUMMARY.slice(0, 300) }, LONG_SUMMARY);
    const mastodon = composePost(entry, site, "mastodon");
    expect(RULES.mastodon.measure(mastodon.text)).toBeLessThanOrEqual(500);
    expect(mastodon.text).toContain(mastodon.link);

    const bluesky = composePost(longNews(), site, "bluesky");
    expect(graphemeLength(bluesky.text)).toBeLessThanOrEqual(300);
    expect(bluesky.text).toContain(shortUrl(bluesky.link));
  });

  it("uses Telegram's caption limit with a photo and the message limit without", () => {
    const withPhoto = composePost(longNews(), site, "telegram");
    expect(withPhoto.imageUrl).toBe("https://diskominfo.contoh.go.id/media/2025/pelatihan.jpg");
    expect(withPhoto.text.length).toBeLessThanOrEqual(1024);
    expect(withPhoto.text.length).toBeGreaterThan(900);
    const textOnly = composePost(longNews(), site, "telegram", { withImage: false });
    expect(textOnly.imageUrl).toBeUndefined();
    expect(textOnly.text.length).toBeGreaterThan(1024);
    expect(textOnly.text.length).toBeLessThanOrEqual(4096);
  });

  it("writes the URL out for Instagram, which has no clickable links", () => {
    const post = composePost(longNews(), site, "instagram");
    expect(post.text.length).toBeLessThanOrEqual(2200);
    expect(post.text).toContain(`Selengkapnya: ${post.link}`);
    expect(post.altText).toBe("Peserta pelatihan di aula kantor dinas");
  });

  it("never cuts inside a grapheme or a URL, and cuts at a word boundary", () => {
    for (const channel of CHANNELS) {
      const post = composePost(longNews(), site, channel);
      const cut = post.text.indexOf("…");
      if (cut < 0) continue;
      const head = post.text.slice(0, cut);
      // Every grapheme of the kept prose is a whole grapheme of the source.
      const source = ["Layanan adminduk keliling menjangkau desa terpencil 🚐", LONG_SUMMARY].join("\n\n");
      const sourceGraphemes = new Set(segment(source + LONG_SUMMARY));
      for (const g of segment(head)) expect(sourceGraphemes.has(g), `${channel}: ${JSON.stringify(g)}`).toBe(true);
      // The cut falls where the source has a space or punctuation after the kept word.
      const lastWord = head.split(/\s+/).pop()!;
      expect(
        source.includes(`${lastWord} `) ||
          source.includes(`${lastWord},`) ||
          source.includes(`${lastWord}.`) ||
          source.includes(`${lastWord};`),
        `${channel}: ${lastWord}`,
      ).toBe(true);
    }
  });

  it("cuts a caption of one long word by graphemes, keeping emoji whole", () => {
    const family = "👨‍👩‍👧‍👦";
    const post = composePost(news("emoji", { social: { caption: family.repeat(180) } }), site, "x");
    expect(twitterText.parseTweet(post.text).valid).toBe(true);
    const head = post.text.split("…")[0]!;
    expect(segment(head).length).toBeGreaterThan(50);
    for (const g of segment(head)) expect(g).toBe(family);
  });
});

describe("hashtags", () => {
  it("are CamelCase ASCII letters and digits", () => {
    expect(hashtag("pelayanan publik")).toBe("#PelayananPublik");
    expect(hashtag("covid-19")).toBe("#Covid19");
    expect(hashtag("Ékonomi kreatif")).toBe("#EkonomiKreatif");
    expect(hashtag("KTP-el")).toBe("#KTPEl");
    expect(hashtag("2025")).toBeUndefined();
    expect(hashtags(["UMKM", "umkm", "desa wisata"])).toEqual(["#UMKM", "#DesaWisata"]);
  });

  it("go after the link, fewer on short channels, and as Bluesky tag facets", () => {
    const entry = news("tagar", { tags: ["umkm", "pelatihan digital", "ekonomi kreatif", "desa", "pasar daring"] });
    const x = composePost(entry, site, "x");
    expect(x.text.endsWith(`${x.link}\n\n#Umkm #PelatihanDigital #EkonomiKreatif`)).toBe(true);
    const facebook = composePost(entry, site, "facebook");
    expect(facebook.text).toContain("#PasarDaring");

    const bluesky = composePost(entry, site, "bluesky");
    const bytes = Buffer.from(bluesky.text, "utf8");
    const slices = bluesky.facets!.map((f) => bytes.subarray(f.index.byteStart, f.index.byteEnd).toString("utf8"));
    expect(slices).toEqual([shortUrl(bluesky.link), "#Umkm", "#PelatihanDigital", "#EkonomiKreatif"]);
    expect(bluesky.facets![0]!.features[0]).toEqual({ $type: "app.bsky.richtext.facet#link", uri: bluesky.link });
    expect(bluesky.facets![1]!.features[0]).toEqual({ $type: "app.bsky.richtext.facet#tag", tag: "Umkm" });
  });

  it("make way for the title on a tight channel", () => {
    const title =
      "Bupati meresmikan jembatan gantung penghubung tiga desa di kecamatan pegunungan setelah dua tahun pembangunan yang tertunda karena cuaca ekstrem";
    const entry = news("jembatan", { title, tags: ["infrastruktur desa", "jembatan gantung", "pembangunan daerah"] });
    const post = composePost(entry, site, "bluesky");
    expect(post.text.startsWith(title)).toBe(true);
    expect(graphemeLength(post.text)).toBeLessThanOrEqual(300);
  });
});

describe("plain text from Markdown", () => {
  it("lets no Markdown syntax into any post", () => {
    const entry = news(
      "markdown",
      { summary: "Ringkasan **penting** dengan [tautan](https://contoh.go.id/a) dan `kode` yang dibaca biasa." },
      "## Subjudul\n\nParagraf dengan *miring*, __tebal__ dan ~~coret~~.\n\n- butir satu\n- butir dua\n\n![foto](/media/x.jpg)\n\n> kutipan\n\n<script>alert(1)</script>",
    );
    for (const channel of CHANNELS) {
      const { text } = composePost(entry, site, channel);
      expect(text, channel).not.toMatch(/\*\*|__|~~|\]\(|!\[|`|<script|^#{1,6} |^> /m);
      expect(text, channel).toContain("Ringkasan penting dengan tautan dan kode yang dibaca biasa.");
    }
    const facebook = composePost(entry, site, "facebook").text;
    expect(facebook).toContain("Subjudul");
    expect(facebook).toContain("• butir satu");
  });

  it("uses the editor's caption instead of title and summary", () => {
    const entry = news("caption", { social: { caption: "Yuk ikut **pelatihan** gratis minggu depan! 🎉" } });
    const post = composePost(entry, site, "telegram");
    expect(post.text.startsWith("Yuk ikut pelatihan gratis minggu depan! 🎉\n\n")).toBe(true);
    expect(post.text).not.toContain(entry.data.title);
    expect(post.text).toContain(post.link);
  });

  it("prefers a channel's own caption, and falls back to the shared one elsewhere", () => {
    const entry = news("per-channel", {
      social: { caption: "Teks untuk semua akun.", captions: { instagram: "Teks khusus Instagram 📸" }, repost: false },
    });
    expect(composePost(entry, site, "instagram").text.startsWith("Teks khusus Instagram 📸")).toBe(true);
    expect(composePost(entry, site, "telegram").text.startsWith("Teks untuk semua akun.")).toBe(true);
    expect(composePost(entry, site, "telegram").text).not.toContain("Instagram");
  });
});

describe("other collections", () => {
  it("states an event's time and place in the site's time zone", () => {
    const agenda = makeEntry("agenda", "rapat", {
      title: "Rapat koordinasi kehumasan",
      date: "2025-11-02",
      start: "2025-11-10T09:00",
      end: "2025-11-10T12:00",
      place: "Ruang rapat lantai 2",
      division: "ikp",
      summary: "Rapat koordinasi kehumasan seluruh perangkat daerah.",
    });
    const post = composePost(agenda, site, "mastodon");
    expect(post.text).toContain("Agenda: Rapat koordinasi kehumasan");
    expect(post.text).toContain("Waktu: Senin, 10 November 2025, 09.00 WIB\nTempat: Ruang rapat lantai 2");
    expect(post.imageUrl).toBeUndefined();
    expect(post.link).toBe("https://diskominfo.contoh.go.id/agenda/rapat/");
  });

  it("labels urgent public information", () => {
    const warning = makeEntry("informasi-publik", "peringatan-banjir", {
      title: "Peringatan dini banjir bandang",
      category: "serta-merta",
      summary: "Warga bantaran sungai diminta mengungsi ke posko terdekat.",
      unit: "BPBD",
      responsible: "Kepala Pelaksana BPBD",
      made: "2025",
      place: "Kabupaten Contoh",
      form: ["softcopy"],
      retention: "1 tahun",
      date: "2025-11-05T06:00",
    });
    expect(
      composePost(warning, site, "x").text.startsWith("Informasi Serta Merta: Peringatan dini banjir bandang\n\n"),
    ).toBe(true);
  });
});
