/** The pure parts: months in the site's zone, social summary, charts, CSV and the report HTML. */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadValidContent } from "../../src/content/load.ts";
import type { Content } from "../../src/content/model.ts";
import { barChart, groupedBarChart } from "../../src/monev/charts.ts";
import { itemsCsv, socialCsv } from "../../src/monev/csv.ts";
import { csvCell } from "../../src/format/csv.ts";
import { formatMinutes } from "../../src/format/duration.ts";
import { isoInZone } from "../../src/content/dates.ts";
import { formatShare, formatShortMoment } from "../../src/monev/format.ts";
import { deployFor, planVsActual, STEPS, stepSummary } from "../../src/monev/metrics.ts";
import type { MonevItem, MonthHistory } from "../../src/monev/model.ts";
import { inMonth, MonthFormatError, parseMonth, previousMonth } from "../../src/monev/month.ts";
import { carryOver, findings, renderReport, type MonevReport } from "../../src/monev/report.ts";
import { pagesToCapture, screenshotName } from "../../src/monev/screenshots.ts";
import { firstPosted, noLedger, summarizeSocial } from "../../src/monev/social.ts";
import { ledgerRecords, URL_11 } from "./history.ts";

const ROOT = join(import.meta.dirname, "../..");
const NOVEMBER = parseMonth("2026-11", "Asia/Jakarta");
let content: Content;

beforeAll(async () => {
  content = await loadValidContent(join(ROOT, "content"));
});

function report(history: MonthHistory, extra: Partial<MonevReport> = {}): MonevReport {
  const published = history.items.filter((i) => i.status === "tayang");
  return {
    month: NOVEMBER,
    generatedAt: new Date("2026-12-01T08:00:00+07:00"),
    site: content.site,
    team: content.team,
    divisions: content.divisions,
    history,
    steps: STEPS.map((s) => stepSummary(published, s)),
    plan: planVsActual(content.programme, content.divisions, NOVEMBER, history.items),
    social: summarizeSocial(ledgerRecords(), NOVEMBER, "cabang warta-ledger"),
    screenshots: undefined,
    missingPages: [],
    files: { pdf: "monev-2026-11.pdf", csv: ["monev-2026-11-konten.csv"] },
    ...extra,
  };
}

const at = (iso: string) => new Date(iso);
const published = (over: Partial<MonevItem>): MonevItem => ({
  title: "Judul",
  change: "baru",
  status: "tayang",
  collection: "berita",
  division: "ikp",
  url: "/berita/x/",
  ...over,
});

describe("the report month", () => {
  it("starts and ends at midnight in the site's zone", () => {
    expect(NOVEMBER.start.toISOString()).toBe("2026-10-31T17:00:00.000Z");
    expect(NOVEMBER.end.toISOString()).toBe("2026-11-30T17:00:00.000Z");
    expect(NOVEMBER.label).toBe("November 2026");
    expect(parseMonth("2026-11", "Asia/Jayapura").start.toISOString()).toBe("2026-10-31T15:00:00.000Z");
    expect(parseMonth("2026-12", "Asia/Makassar").end.toISOString()).toBe("2026-12-31T16:00:00.000Z");
    expect(inMonth(at("2026-10-31T17:00:00Z"), NOVEMBER)).toBe(true);
    expect(inMonth(at("2026-10-31T16:59:59Z"), NOVEMBER)).toBe(false);
    expect(inMonth(at("2026-11-30T17:00:00Z"), NOVEMBER)).toBe(false);
  });

  it("names the expected form when the month is written wrongly", () => {
    for (const bad of ["2026-13", "11-2026", "2026/11", "2026-1", "November", ""]) {
      expect(() => parseMonth(bad, "Asia/Jakarta"), bad).toThrow(MonthFormatError);
    }
    expect(() => parseMonth("2026-13", "Asia/Jakarta")).toThrow(/YYYY-MM.*--month 2026-11/);
  });

  it("knows the previous month in WIB on the first day (still the last day in UTC)", () => {
    expect(previousMonth(at("2026-11-30T18:00:00Z"), "Asia/Jakarta").id).toBe("2026-11");
    expect(previousMonth(at("2026-11-30T16:00:00Z"), "Asia/Jakarta").id).toBe("2026-10");
    expect(previousMonth(at("2027-01-01T02:00:00Z"), "Asia/Jakarta").id).toBe("2026-12");
  });
});

describe("figures", () => {
  it("treats the standard as a limit that may be reached but not passed", () => {
    const items = [
      published({ submitted: at("2026-11-02T01:00:00Z"), ready: at("2026-11-02T02:00:00Z") }),
      published({ submitted: at("2026-11-02T01:00:00Z"), ready: at("2026-11-02T02:00:01Z") }),
    ];
    const edit = stepSummary(items, "edit");
    expect([edit.within, edit.measured]).toEqual([1, 2]);
    expect(formatShare(edit.share)).toBe("50%");
  });

  it("picks the deploy run started at or after the merge", () => {
    const runs = [
      {
        id: 1,
        headSha: "a",
        createdAt: at("2026-11-02T02:59:00Z"),
        completedAt: at("2026-11-02T03:05:00Z"),
        url: "r1",
      },
      {
        id: 3,
        headSha: "c",
        createdAt: at("2026-11-02T03:20:00Z"),
        completedAt: at("2026-11-02T03:30:00Z"),
        url: "r3",
      },
      {
        id: 2,
        headSha: "b",
        createdAt: at("2026-11-02T03:01:00Z"),
        completedAt: at("2026-11-02T03:40:00Z"),
        url: "r2",
      },
    ];
    expect(deployFor({ merged: at("2026-11-02T03:00:00Z") }, runs)?.url).toBe("r2");
    expect(deployFor({ merged: at("2026-11-02T03:00:00Z"), notBefore: at("2026-11-02T03:10:00Z") }, runs)?.url).toBe(
      "r3",
    );
    expect(deployFor({ merged: at("2026-11-02T04:00:00Z") }, runs)).toBeUndefined();
  });

  it("formats durations, shares and short times in Indonesian", () => {
    expect([
      formatMinutes(45),
      formatMinutes(120),
      formatMinutes(125.4),
      formatMinutes(8040),
      formatMinutes(undefined),
    ]).toEqual(["45 menit", "2 jam", "2 jam 5 menit", "5 hari 14 jam", "–"]);
    expect([formatShare(2 / 3), formatShare(1), formatShare(undefined)]).toEqual(["66,7%", "100%", "–"]);
    expect(formatShortMoment(at("2026-10-31T16:30:00Z"), "Asia/Jakarta")).toBe("31 Okt 23.30");
    expect(isoInZone(at("2026-10-31T17:41:00Z"), "Asia/Jakarta")).toBe("2026-11-01T00:41:00+07:00");
  });
});

describe("social media from the ledger", () => {
  it("counts posts per channel in the month and failures unresolved at its end", () => {
    const social = summarizeSocial(ledgerRecords(), NOVEMBER, "cabang warta-ledger");
    expect(social.channels.map((c) => [c.channel, c.posted, c.failed])).toEqual([
      ["facebook", 1, 0],
      ["x", 1, 1],
      ["mastodon", 1, 0],
      ["bluesky", 1, 0],
    ]);
    expect(social.failures.map((f) => [f.channel, f.error])).toEqual([["x", "HTTP 401: token ***"]]);
    expect(social.posts.map((p) => p.remoteUrl)).toContain("https://facebook.example/posts/11");
    expect(firstPosted(ledgerRecords(), URL_11)?.toISOString()).toBe("2026-11-02T03:20:00.000Z");
  });
});

describe("charts", () => {
  it("are accessible inline SVG images with the figures in words", () => {
    const svg = barChart({
      id: "g",
      title: "Sesuai standar",
      description: "Editing: 2 dari 3",
      bars: [{ label: "Editing <60>", value: 2 / 3, text: "66,7%" }],
      max: 1,
    }).value;
    expect(svg).toMatch(/^<svg class="grafik" role="img" aria-labelledby="g-t g-d"/);
    expect(svg).toContain('<title id="g-t">Sesuai standar</title>');
    expect(svg).toContain('<desc id="g-d">Editing: 2 dari 3</desc>');
    expect(svg).toContain("Editing &lt;60&gt;");
    expect(svg).toContain(`width="${((2 / 3) * 340).toFixed(1)}"`);
    const grouped = groupedBarChart({
      id: "p",
      title: "Rencana",
      description: "d",
      series: [
        { name: "Rencana", tone: "plan" },
        { name: "Tayang", tone: "actual" },
      ],
      groups: [{ label: "Berita", values: [6, 1] }],
    }).value;
    expect(grouped).toContain("Rencana: 6");
    expect(grouped).toContain("Tayang: 1");
    expect(grouped).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
  });
});

describe("CSV", () => {
  it("quotes, defuses formulas and starts with a BOM", () => {
    expect(csvCell('Rapat "SPBE", tahap 2')).toBe('"Rapat ""SPBE"", tahap 2"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    const csv = itemsCsv(
      [
        published({
          pr: 11,
          title: "A, B",
          submitted: at("2026-11-02T02:00:00Z"),
          ready: at("2026-11-02T02:45:00Z"),
          readyFrom: "label",
        }),
      ],
      NOVEMBER,
      NOVEMBER.end,
      (id) => id ?? "",
    );
    const [header, row] = csv
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const columns = header!.split(",");
    const cells = row!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ""));
    expect(cells[columns.indexOf("judul")]).toBe('"A, B"');
    expect(cells[columns.indexOf("diajukan")]).toBe("2026-11-02T09:00:00+07:00");
    expect(cells[columns.indexOf("editing_menit")]).toBe("45");
    expect(cells[columns.indexOf("editing_sesuai")]).toBe("ya");
    expect(socialCsv(summarizeSocial(ledgerRecords(), NOVEMBER, "x"), NOVEMBER).split("\r\n")).toHaveLength(1 + 5 + 1);
  });
});

describe("the report HTML", () => {
  it("says plainly when the month has no items, and stays a whole report", () => {
    const html = renderReport(
      report(
        { source: "github", repo: "o/r", items: [], warnings: [] },
        { social: noLedger("cabang warta-ledger belum ada") },
      ),
    );
    expect(html).toContain("Tidak ada konten yang tayang pada bulan November 2026.");
    expect(html).toContain("Catatan unggahan media sosial tidak tersedia: cabang warta-ledger belum ada.");
    for (const id of [
      "ringkasan",
      "waktu-sop",
      "program-kerja",
      "ditolak-menunggu",
      "media-sosial",
      "tangkapan-layar",
      "undangan-rapat",
      "daftar-hadir",
      "notulen",
      "tindak-lanjut",
    ]) {
      expect(html, id).toContain(`id="${id}"`);
    }
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  it("names the figures that need GitHub in git-only mode", () => {
    const html = renderReport(
      report({
        source: "git",
        repo: "/repo",
        items: [
          published({
            title: "Awal November",
            submitted: at("2026-11-01T00:00:00Z"),
            merged: at("2026-11-01T01:00:00Z"),
          }),
        ],
        warnings: [],
      }),
    );
    expect(html).toContain("Mode tanpa GitHub.");
    expect(html).toContain("waktu penayangan (selesainya run workflow deploy di GitHub Actions)");
    expect(html).toContain("konten yang ditolak beserta alasan pejabat");
    expect(html).toContain("Awal November");
    // Steps the local history cannot time say why, instead of a bare "perlu GitHub".
    expect(html).toContain("tidak terukur: label Decap “Ditinjau” hanya tercatat di pull request GitHub");
  });

  it("escapes what editors wrote", () => {
    const html = renderReport(
      report({
        source: "github",
        repo: "o/r",
        items: [published({ title: '<img src=x onerror="alert(1)">', submitted: at("2026-11-02T01:00:00Z") })],
        warnings: [],
      }),
    );
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("pre-fills the follow-up plan with the findings", () => {
    const items = [
      published({
        pr: 12,
        title: "Pemeliharaan Pusat Data",
        submitted: at("2026-11-22T00:00:00Z"),
        ready: at("2026-11-22T02:00:00Z"),
      }),
    ];
    const found = findings(report({ source: "github", repo: "o/r", items, warnings: [] }));
    expect(found[0]).toBe(
      "Editing (langkah 6): 1 dari 1 konten melebihi 60 menit kerja (terlama: Pemeliharaan Pusat Data, 2 jam).",
    );
    expect(found).toContain("1 unggahan media sosial gagal atau belum tuntas.");
  });
});

describe("the evaluation meeting, from the team file", () => {
  const items = [
    published({
      pr: 12,
      title: "Pemeliharaan Pusat Data",
      submitted: at("2026-11-22T00:00:00Z"),
      ready: at("2026-11-22T02:00:00Z"),
    }),
  ];
  const meetingAt = new Date("2026-12-07T09:00:00+07:00");

  it("invites every member of the decree's team with date, place and an agenda from the findings", () => {
    const r = report(
      { source: "github", repo: "o/r", items, warnings: [] },
      { meeting: { at: meetingAt, place: "Ruang Rapat Diskominfo" } },
    );
    const html = renderReport(r);
    const invitation = html.slice(html.indexOf('id="undangan-rapat"'), html.indexOf('id="daftar-hadir"'));
    expect(invitation).toContain("Undangan Rapat Evaluasi Pengelolaan Website dan Media Sosial Bulan November 2026");
    expect(invitation).toContain(`Keputusan Kepala Dinas Nomor ${content.team.decree.number}`);
    for (const m of content.team.members) expect(invitation).toContain(m.name);
    expect(invitation).toContain("Senin, 7 Desember 2026");
    expect(invitation).toContain("09.00 WIB – selesai");
    expect(invitation).toContain("Ruang Rapat Diskominfo");
    expect(invitation).toContain("Editing (langkah 6): 1 dari 1 konten melebihi 60 menit kerja");
    // Signed by the head of the office from team.yml.
    expect(invitation).toContain("Drs. Hendra Wiratama, M.Si.");
  });

  it("lists the team for attendance and pre-fills the minutes with the findings and last month's items", () => {
    const carried = carryOver(
      [
        "Pengumuman Bidang Informasi dan Komunikasi Publik: 0 dari 1 konten yang direncanakan tayang (0%).",
        "Editing (langkah 6): 2 dari 3 konten melebihi 60 menit kerja (terlama: X, 2 jam).",
      ],
      findings(report({ source: "github", repo: "o/r", items, warnings: [] })),
    );
    expect(carried.map((c) => c.open)).toEqual([true, true]);
    const html = renderReport(
      report(
        { source: "github", repo: "o/r", items, warnings: [] },
        {
          meeting: { at: meetingAt, place: "Ruang Rapat" },
          carriedOver: [...carried, { text: "Bidang tanpa konten tayang: Persandian.", open: false }],
        },
      ),
    );
    const attendance = html.slice(html.indexOf('id="daftar-hadir"'), html.indexOf('id="notulen"'));
    const rows = attendance.match(/<tr><td>\d+<\/td><td>[^<]+<\/td>/g) ?? [];
    expect(
      rows.map(
        (r) =>
          r
            .replace(/<[^>]+>/g, "|")
            .split("|")
            .filter(Boolean)[1],
      ),
    ).toEqual(content.team.members.map((m) => m.name));
    const minutes = html.slice(html.indexOf('id="notulen"'), html.indexOf('id="tindak-lanjut"'));
    expect(minutes).toContain(
      "Pimpinan rapat</td><td>Drs. Hendra Wiratama, M.Si. (Kepala Dinas Komunikasi dan Informatika)",
    );
    expect(minutes).toContain("Pemeliharaan Pusat Data, 2 jam");
    expect(minutes).toContain(
      "Tindak lanjut bulan lalu: Bidang tanpa konten tayang: Persandian. — <strong>tuntas</strong>",
    );
    const followUp = html.slice(html.indexOf('id="tindak-lanjut"'));
    expect(followUp).toContain("belum tuntas: temuan serupa masih ada");
    expect(followUp).toContain("tuntas: tidak ditemukan lagi");
  });
});

describe("what a reader must not misread", () => {
  it("fills the follow-up plan in local mode from the figures Git gives (a menu at 0 %)", () => {
    const found = findings(
      report({
        source: "git",
        repo: "/repo",
        items: [published({ collection: "berita", division: "statistik" })],
        warnings: [],
      }),
    );
    expect(found).toContain(
      "Pengumuman Bidang Informasi dan Komunikasi Publik: 0 dari 1 konten yang direncanakan tayang (0%).",
    );
  });

  it("draws no chart legend over an empty month", () => {
    const html = renderReport(
      report(
        { source: "git", repo: "/repo", items: [], warnings: [] },
        { plan: { ...planVsActual(content.programme, content.divisions, parseMonth("2026-08", "Asia/Jakarta"), []) } },
      ),
    );
    expect(html).not.toContain('id="grafik-menu"');
    expect(html).not.toContain(">Rencana</text>");
  });

  it("explains a refused social token in Indonesian: what failed and what to do", () => {
    const html = renderReport(report({ source: "github", repo: "o/r", items: [], warnings: [] }));
    expect(html).toContain(
      "X menolak unggahan karena izin akses (HTTP 401): token akun tidak berlaku, dicabut atau kedaluwarsa.",
    );
    expect(html).toContain("X_ACCESS_TOKEN");
    expect(html).toContain("Keterangan teknis: HTTP 401: token ***");
  });

  it("lists merged drafts and exempt entries apart, never as tayang", () => {
    const items = [
      published({ title: "Berita Tayang" }),
      published({
        title: "Data Pribadi Pemohon",
        status: "tidak-tayang",
        hidden: "dikecualikan",
        collection: "informasi-publik",
        merged: at("2026-11-20T03:00:00Z"),
      }),
      published({
        title: "Persiapan HKSN",
        status: "tidak-tayang",
        hidden: "draf",
        merged: at("2026-11-20T03:00:00Z"),
      }),
    ];
    const html = renderReport(report({ source: "git", repo: "/repo", items, warnings: [] }));
    expect(html).toMatch(/Konten tayang \(ditampilkan situs pada bulan ini\)<\/td><td class="angka">1</);
    expect(html).toContain("Tidak ditayangkan (dikecualikan/draf) (2)");
    expect(html).toMatch(/Data Pribadi Pemohon<\/td>.*informasi dikecualikan/);
  });
});

describe("pages to capture", () => {
  it("takes the main menus, then each updated page once, and reports pages the build lacks", () => {
    const siteDir = join(ROOT, "test/monev/no-such-site");
    const { pages, missing } = pagesToCapture(content.menu, [published({ url: "/berita/x/" })], siteDir);
    expect(pages).toEqual([]);
    expect(missing).toEqual([
      "/",
      "/profil/",
      "/berita/",
      "/pengumuman/",
      "/agenda/",
      "/galeri/",
      "/ppid/",
      "/kontak/",
      "/berita/x/",
    ]);
    expect(screenshotName(0, { path: "/", title: "Beranda", kind: "menu" })).toBe("01-menu-beranda");
    expect(screenshotName(9, { path: "/berita/rilis-indeks/", title: "x", kind: "update" })).toBe(
      "10-konten-berita-rilis-indeks",
    );
  });
});

describe("output against the work programme", () => {
  it("compares only the menus the programme plans, and lists other new entries apart", () => {
    const items = [
      published({ collection: "berita", division: "statistik" }),
      published({ collection: "berita", division: "statistik", change: "perubahan" }),
      published({ collection: "halaman", division: undefined }),
      published({ collection: "informasi-publik", division: undefined }),
      published({ collection: "informasi-publik", division: undefined }),
      { ...published({ collection: "berita", division: "ikp" }), status: "ditolak" as const },
    ];
    const plan = planVsActual(content.programme, content.divisions, NOVEMBER, items);
    expect(plan.scope.sort()).toEqual(["agenda", "berita", "galeri", "pengumuman"]);
    expect([plan.planned, plan.published]).toEqual([9, 1]);
    expect(plan.outside.map((t) => [t.key, t.published])).toEqual([
      ["halaman", 1],
      ["informasi-publik", 2],
    ]);
    expect(plan.byDivision.find((d) => d.key === "statistik")).toEqual({ key: "statistik", planned: 1, published: 1 });
    expect(plan.silentDivisions).toEqual(["sekretariat", "ikp", "aptika", "persandian"]);
    // A plan without a division meets items without one.
    const undivided = planVsActual(
      { year: 2026, items: [{ month: 11, collection: "pengumuman", planned: 2 }] },
      content.divisions,
      NOVEMBER,
      [published({ collection: "pengumuman", division: undefined })],
    );
    expect(undivided.rows).toEqual([{ collection: "pengumuman", division: "", planned: 2, published: 1 }]);
    const other = planVsActual({ ...content.programme, year: 2025 }, content.divisions, NOVEMBER, items);
    expect([other.available, other.planned, other.published]).toEqual([false, 0, 1]);
  });
});
