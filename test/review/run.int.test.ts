/** The whole check on real throwaway repositories: changes, validation, screening, (build), report. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runReview } from "../../src/review/run.ts";
import { berita, jpegWithGps, makeRepo, seedSite, type Repo } from "./fixture.ts";

const NIK = "3201014508900012";
const now = new Date("2026-11-24T03:20:00Z");

function dip(title: string, category: string, files = ""): string {
  return `---
title: ${title}
category: ${category}
summary: Ringkasan informasi publik untuk pengujian.
unit: PPID Pelaksana
responsible: Sekretaris Dinas
made: November 2026
place: Kota Contoh
form: [softcopy]
retention: 5 tahun
date: 2026-11-24T08:00
${files}---
Isi informasi.
`;
}

let repo: Repo | undefined;
afterEach(async () => {
  await repo?.dispose();
  repo = undefined;
});

describe("runReview", () => {
  it("blocks a draft with a NIK, reports GPS and a broken link, and never prints the NIK", async () => {
    repo = await makeRepo();
    await seedSite(repo);
    repo.git("checkout", "-q", "-b", "cms/berita/bansos");
    await repo.write(
      "content/berita/2026-11-24-bansos.md",
      berita(
        "Penyaluran bantuan sosial tahap III",
        `Penerima: Siti Aminah, NIK ${NIK}.\n\nLihat [berita lama](/berita/berita-lama/) dan [ini](/berita/tidak-ada/).`,
      ),
    );
    await repo.write("content/media/berita/lokasi.jpg", await jpegWithGps());
    await repo.remove("content/berita/2026-11-02-berita-dihapus.md");
    repo.commit("Create Berita “bansos”", "2026-11-24T09:00:00+07:00");
    // The working tree is on main: the head side must come from a temporary worktree.
    repo.git("checkout", "-q", "main");

    const result = await runReview({ repoDir: repo.dir, base: "main", head: "cms/berita/bansos", build: false, now });
    expect(result.exitCode).toBe(1);
    expect(result.verdict).toBe("blocked");
    const kinds = result.report.findings.map((f) => `${f.kind}:${f.file}:${f.line}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        "nik:content/berita/2026-11-24-bansos.md:11",
        "gps:content/media/berita/lokasi.jpg:0",
        "broken-link:content/berita/2026-11-24-bansos.md:13",
      ]),
    );
    expect(result.report.findings).toHaveLength(3);
    expect(result.markdown).not.toContain(NIK);
    expect(result.markdown).toContain("3201••••••••0012");
    expect(result.markdown).toContain("| Dihapus · Berita | Berita yang akan dihapus |");
    expect(result.markdown).toContain("(commit pertama)");
    expect(result.markdown).toContain("_Build dilewati untuk laporan ini._");
    // Work tree untouched, temporary worktree removed.
    expect(repo.git("worktree", "list").trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(repo.dir, "content/berita/2026-11-24-bansos.md"))).toBe(false);
  });

  it("passes a clean change, builds the site and checks links against the build", async () => {
    repo = await makeRepo();
    await seedSite(repo);
    repo.git("checkout", "-q", "-b", "cms/berita/bersih");
    await repo.write(
      "content/berita/2026-11-24-bersih.md",
      berita("Berita yang bersih dan rapi", "Lihat [profil](/profil/) dan [berita lama](/berita/berita-lama/)."),
    );
    repo.commit("Create Berita “bersih”", "2026-11-24T09:00:00+07:00");

    const result = await runReview({
      repoDir: repo.dir,
      base: "main",
      head: "HEAD",
      now,
      artifactUrl: "https://github.example/runs/1/artifacts/2",
      pullRequest: {
        number: 7,
        owner: "contoh",
        repo: "situs",
        baseSha: "",
        headSha: "",
        labels: [],
        createdAt: new Date("2026-11-24T03:00:00Z"),
      },
    });
    expect(result.report.build).toMatchObject({
      status: "ok",
      artifactUrl: "https://github.example/runs/1/artifacts/2",
    });
    expect(existsSync(join(repo.dir, "_site/berita/bersih/index.html"))).toBe(true);
    expect(result.report.findings).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.markdown).toContain("✅ **Tidak ada temuan**");
    expect(result.markdown).toContain("(saat pull request dibuat); sudah berlalu **20 menit**");
    expect(result.markdown).toContain("[unduh situs hasil build](https://github.example/runs/1/artifacts/2)");
    // The social composer writes the preview for the accounts in site.yml (Facebook and Mastodon).
    expect(result.report.social).toMatchObject({ available: true });
    expect(result.report.social.available && result.report.social.posts.map((p) => p.channel)).toEqual([
      "Facebook",
      "Mastodon",
    ]);
    expect(result.markdown).toMatch(/<summary>Mastodon — \d+ karakter<\/summary>/);
    expect(result.markdown).toContain("https://diskominfo.contohkab.go.id/berita/bersih/");
  });

  it("fails on validation problems and lists them", async () => {
    repo = await makeRepo();
    await seedSite(repo);
    repo.git("checkout", "-q", "-b", "cms/berita/rusak");
    await repo.write(
      "content/berita/2026-11-24-rusak.md",
      berita("Abc", "Isi.").replace("alt: Sampul berita uji berwarna hijau", "alt: ''"),
    );
    repo.commit("Create Berita “rusak”");
    const result = await runReview({ repoDir: repo.dir, base: "main", head: "HEAD", now });
    expect(result.exitCode).toBe(1);
    expect(result.report.problems.map((p) => p.field).sort()).toEqual(["cover.alt", "title"]);
    expect(result.report.build.status).toBe("failed");
    expect(result.markdown).toContain("content/berita/2026-11-24-rusak.md:");
  });

  it("marks serta-merta information urgent (front matter or label) and flags exempt attachments", async () => {
    repo = await makeRepo();
    await seedSite(repo);
    repo.git("checkout", "-q", "-b", "cms/informasi-publik/peringatan");
    await repo.write("content/informasi-publik/peringatan-banjir.md", dip("Peringatan dini banjir", "serta-merta"));
    await repo.write("content/media/dip/data-pelapor.pdf", "%PDF-1.4\n% isi uji\n");
    await repo.write(
      "content/informasi-publik/data-pelapor.md",
      dip(
        "Data pribadi pelapor",
        "dikecualikan",
        "files:\n  - file: /media/dip/data-pelapor.pdf\n    title: Daftar pelapor\n",
      ),
    );
    repo.commit("Create Informasi Publik", "2026-11-24T10:00:00+07:00");
    const result = await runReview({ repoDir: repo.dir, base: "main", head: "HEAD", build: false, now });
    expect(result.report.urgentReason).toBe("kategori serta-merta pada content/informasi-publik/peringatan-banjir.md");
    expect(result.report.clock).toMatchObject({ urgent: true, stage: "unjudged", minutes: 20 });
    expect(result.markdown).toContain("🚨 **Informasi serta merta**");
    // The preview posts what the social run posts (social/items.ts isPostable): a serta-merta DIP item, not an exempt one.
    expect(
      result.report.social.available && result.report.social.posts.map((p) => `${p.entryTitle} · ${p.channel}`),
    ).toEqual(["Peringatan dini banjir · Facebook", "Peringatan dini banjir · Mastodon"]);
    const exempt = result.report.findings.find((f) => f.kind === "exempt-attachment");
    expect(exempt).toMatchObject({
      file: "content/informasi-publik/data-pelapor.md",
      severity: "high",
      excerpt: "/media/dip/data-pelapor.pdf",
    });
    expect(
      result.report.findings.some((f) => f.kind === "manual-check" && f.file === "content/media/dip/data-pelapor.pdf"),
    ).toBe(true);
    expect(result.exitCode).toBe(1);

    const labelled = await runReview({
      repoDir: repo.dir,
      base: "main",
      head: "HEAD",
      build: false,
      now,
      pullRequest: { number: 8, owner: "contoh", repo: "situs", baseSha: "", headSha: "", labels: ["serta-merta"] },
    });
    expect(labelled.report.urgentReason).toBe("label `serta-merta`");
  });
});
