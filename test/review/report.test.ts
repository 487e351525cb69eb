import { describe, expect, it } from "vitest";
import { parseNameStatus } from "../../src/review/changes.ts";
import {
  MAX_COMMENT_CHARS,
  REVIEW_MARKER,
  renderReport,
  verdictOf,
  type ReviewReport,
} from "../../src/review/report.ts";
import { screenText } from "../../src/review/screen.ts";
import { sopClock } from "../../src/review/sop.ts";

const NIK = "3201014508900012";
const now = new Date("2026-11-24T03:10:00Z");

function baseReport(overrides: Partial<ReviewReport> = {}): ReviewReport {
  const changes = parseNameStatus(
    [
      "A",
      "content/berita/2026-11-24-bantuan-sosial.md",
      "M",
      "content/pengumuman/libur.md",
      "D",
      "content/agenda/rapat-lama.md",
      "R100",
      "content/halaman/profil.md",
      "content/halaman/profil-dinas.md",
      "A",
      "content/media/berita/foto.jpg",
      "M",
      "content/_data/menu.yml",
      "M",
      ".github/workflows/review.yml",
      "",
    ].join("\0"),
  );
  return {
    changes,
    titles: new Map([
      ["content/berita/2026-11-24-bantuan-sosial.md", `Bantuan untuk warga NIK ${NIK}`],
      ["content/agenda/rapat-lama.md", "Rapat lama"],
    ]),
    problems: [],
    findings: screenText(`Penerima: Siti, NIK ${NIK}, HP 081234567890`, {
      file: "content/berita/2026-11-24-bantuan-sosial.md",
      startLine: 12,
    }),
    social: {
      available: true,
      channels: ["facebook"],
      posts: [
        {
          entryTitle: "Bantuan sosial tahap III",
          url: "/berita/bantuan-sosial/",
          channel: "Facebook",
          text: `Bantuan tahap III. Info: ${NIK}\n\nhttps://contoh.go.id/berita/bantuan-sosial/`,
        },
      ],
    },
    clock: sopClock(new Date("2026-11-24T02:00:00Z"), now, false),
    submittedFrom: "saat pull request dibuat",
    build: { status: "ok", pages: 42, artifactUrl: "https://github.com/contoh/situs/actions/runs/1/artifacts/2" },
    timeZone: "Asia/Jakarta",
    headSha: "0123456789abcdef0123456789abcdef01234567",
    now,
    ...overrides,
  };
}

describe("the PR comment", () => {
  it("carries the marker and every section, in Indonesian", () => {
    const md = renderReport(baseReport());
    expect(md.startsWith(REVIEW_MARKER)).toBe(true);
    for (const heading of [
      "### Perubahan di situs",
      "### Hasil validasi",
      "### Temuan penyaringan",
      "### Rencana unggahan media sosial",
      "### Jam SOP",
      "### Situs hasil build",
    ]) {
      expect(md).toContain(heading);
    }
    expect(md).toContain("⛔ **Belum layak disetujui**");
    expect(md).toContain("`0123456`");
  });

  it("never contains the raw NIK or phone number, anywhere (findings, titles, social preview)", () => {
    const md = renderReport(baseReport());
    expect(md).not.toContain(NIK);
    expect(md).not.toContain("081234567890");
    expect(md).toContain("3201••••••••0012");
  });

  it("lists the changed pages with their future URLs, and the old URL of a moved page", () => {
    const md = renderReport(baseReport());
    expect(md).toMatch(
      /\| Baru · Berita \| Bantuan untuk warga NIK 3201••••••••0012 \| <code>\/berita\/bantuan-sosial\/<\/code> \|/,
    );
    expect(md).toMatch(/\| Dihapus · Agenda \| Rapat lama \| ~~\/agenda\/rapat-lama\/~~/);
    expect(md).toContain("<code>/profil/</code> → <code>/profil-dinas/</code>");
    expect(md).toContain("<code>content/_data/menu.yml</code> diubah");
    expect(md).toContain("<summary>Berkas media: 1 baru</summary>");
    expect(md).toContain("Berkas lain (bukan konten situs): 1");
  });

  it("shows a finding with file:line, kind, masked excerpt, reason and fix", () => {
    const md = renderReport(baseReport());
    const row = md.split("\n").find((l) => l.includes("| NIK |"))!;
    expect(row).toContain("content/berita/2026-11-24-bantuan-sosial.md:12");
    expect(row).toContain("⛔ tinggi");
    expect(row).toContain("UU 27/2022");
    expect(row).toContain("Hapus NIK");
  });

  it("shows the SOP clock, and for urgent items the time without a standard the SOP does not set", () => {
    const normal = renderReport(baseReport());
    expect(normal).toContain("sudah berlalu **1 jam 10 menit**");
    expect(normal).toContain("⏳ Tahap penyaringan pejabat: sisa 5 menit.");
    expect(normal).toContain("pukul 09.00 WIB");
    const urgent = renderReport(
      baseReport({ clock: sopClock(new Date("2026-11-24T02:00:00Z"), now, true), urgentReason: "label `serta-merta`" }),
    );
    expect(urgent).toContain("🚨 **Informasi serta merta** (label `serta-merta`)");
    expect(urgent).toContain("sudah berlalu **1 jam 10 menit**");
    expect(urgent).toContain("waktu ditampilkan tanpa penilaian");
    expect(urgent).not.toContain("| Penyaringan oleh pejabat |");
    expect(urgent).not.toContain("Melewati standar SOP");
    const office = renderReport(
      baseReport({
        clock: sopClock(new Date("2026-11-24T02:00:00Z"), now, true, { editMinutes: 10, filterMinutes: 5 }),
        urgentReason: "label `serta-merta`",
      }),
    );
    expect(office).toContain("| Penyaringan oleh pejabat | 5 menit | 15 menit |");
    expect(office).toContain("⛔ Melewati standar SOP (15 menit) selama 55 menit.");
  });

  it("says so when the social composer or the build is not available", () => {
    const md = renderReport(
      baseReport({
        social: { available: false, reason: "modul penyusun unggahan belum tersedia." },
        build: { status: "unavailable", reason: "modul pembangun situs belum tersedia." },
      }),
    );
    expect(md).toContain("_Pratinjau unggahan tidak tersedia: modul penyusun unggahan belum tersedia._");
    expect(md).toContain("_Build tidak tersedia: modul pembangun situs belum tersedia._");
  });

  it("is all clear with no findings and no problems", () => {
    const report = baseReport({ findings: [] });
    expect(verdictOf(report)).toBe("clear");
    expect(renderReport(report)).toContain("✅ **Tidak ada temuan**");
  });

  it("lists validation problems and blocks", () => {
    const report = baseReport({
      findings: [],
      problems: [
        {
          file: "content/berita/2026-11-24-bantuan-sosial.md",
          line: 9,
          field: "cover.alt",
          message: "teks alternatif (alt) wajib diisi",
          fix: "jelaskan isi gambar",
        },
      ],
    });
    expect(verdictOf(report)).toBe("blocked");
    expect(renderReport(report)).toContain(
      "| <code>content/berita/2026-11-24-bantuan-sosial.md:9</code> | cover.alt | teks alternatif (alt) wajib diisi | jelaskan isi gambar |",
    );
  });

  it("groups many findings of one kind in one file and stays under GitHub's comment limit", () => {
    const rows = Array.from(
      { length: 3000 },
      (_, i) =>
        `| ${i} | 3201014508${String(900000 + i).slice(-6)} | 08123456${String(1000 + (i % 9000)).padStart(4, "0")} | warga${i}@gmail.com |`,
    );
    const findings = screenText(rows.join("\n"), { file: "content/halaman/daftar.md" });
    expect(findings.length).toBeGreaterThan(5000);
    const md = renderReport(baseReport({ findings }));
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(md).toMatch(/NIK \(\d{4}×\)/);
    expect(md).not.toMatch(/3201014508\d{6}/);
  });

  it("keeps table cells intact when text contains pipes and HTML", () => {
    const findings = screenText("Sifat: Rahasia | <script>alert(1)</script>", { file: "a.md" });
    const md = renderReport(baseReport({ findings }));
    expect(md).not.toContain("<script>");
    expect(md).toContain("&#124;");
  });

  it("keeps the SOP clock and build result when a huge import has thousands of pages and posts", () => {
    const names = Array.from({ length: 3000 }, (_, i) => `content/berita/2026-11-01-berita-nomor-${i}.md`);
    const changes = parseNameStatus([...names.flatMap((n) => ["A", n]), ""].join("\0"));
    const posts = names.slice(0, 400).flatMap((n, i) =>
      ["Facebook", "Instagram", "X", "Mastodon"].map((channel) => ({
        entryTitle: `Berita nomor ${i}`,
        url: `/berita/berita-nomor-${i}/`,
        channel,
        text: "Isi unggahan panjang. ".repeat(40),
      })),
    );
    const pdfs = Array.from({ length: 300 }, (_, i) => ({
      file: `content/media/lampiran/dokumen-${i}.pdf`,
      line: 0,
      kind: "manual-check" as const,
      severity: "low" as const,
      excerpt: "",
      why: "Isi PDF tidak disaring otomatis.",
      fix: "Buka PDF ini.",
    }));
    const md = renderReport(
      baseReport({ changes, social: { available: true, channels: ["facebook"], posts }, findings: pdfs }),
    );
    expect(md.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(md).toContain("### Jam SOP");
    expect(md).toContain("### Situs hasil build");
    expect(md).toContain("<sub>Diperbarui otomatis");
    expect(md).toContain("Juga diunggah");
    expect(md).toContain("… dan ");
    // 300 PDFs to check by hand are one row, not 300.
    expect(md).toContain("Perlu diperiksa manual (300×)");
    expect(md).toContain("… (300 berkas)");
  });
});
