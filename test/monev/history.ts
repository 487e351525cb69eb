/**
 * A recorded month of pull requests on the sample site (diskominfo-lembahhijau/situs), in
 * GitHub's REST shapes, with known timestamps (UTC; WIB = UTC+7). November 2026 in WIB:
 *
 *   #11 berita, statistik, new      edit 45 ✓  filter 15 ✓ (exactly the standard)  publish 16 ✗
 *   #12 pengumuman, aptika, new     edit 120 ✗ (review request, no label)  filter 30 ✗  scheduled: publish not judged
 *   #13 agenda, ikp, change         opened 23:30 WIB 31 Oct, merged 00:41 WIB 1 Nov (October in UTC)
 *                                   edit 50 ✓  filter 20 ✗  publish 12 ✓
 *   #14 berita, ikp                 opened 22:00 WIB 30 Nov, merged 00:30 WIB 1 Dec → December; waiting 120 min at month end
 *   #15 berita, ikp, rejected       "/tolak Foto memuat data pribadi warga (NIK terlihat)."
 *   #16 galeri, ikp, still open     opened 25 Nov 10:00 WIB
 *   #17 code change (no entry)      merged in November, not a content item
 *   #18 berita, closed unmerged without a rejection
 *   #9  merged in October (listing stops there)
 *
 * So in November: edit 2 of 3 (66,7%), filter 1 of 3 (33,3%), publish 1 of 2 (50%).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { LedgerRecord } from "../../src/social/ledger.ts";
import type { ChangedFile, ListedPull, RecordedPull, Review, TimelineEvent, WorkflowRun } from "./github-server.ts";

export const REPO = "diskominfo-lembahhijau/situs";
export const TOKEN = "ghs_recorded_history_token";
const ROOT = join(import.meta.dirname, "../..");
const HTML = `https://github.com/${REPO}`;
export const SITE_URL = "https://diskominfo.lembahhijau.example";

const PEJABAT_KADIS = "hendra-wiratama-lhj";
const PEJABAT_IKP = "ratna-kusuma-lhj";
const EDITOR = "maria-liku-lhj";
const PETUGAS = "dimas-saputra-lhj";

let ids = 5000;
const id = () => ids++;
const sample = (file: string) => readFileSync(join(ROOT, file), "utf8");
const sha = (n: number, c = "a") => `${c}${String(n).padStart(3, "0")}`.padEnd(40, c);

interface PullSpec {
  number: number;
  title: string;
  head: string;
  author?: string;
  files: { filename: string; status: "added" | "modified" | "removed"; text?: string }[];
  created: string;
  updated?: string;
  closed?: string;
  merged?: string;
  labels?: string[];
  timeline?: TimelineEvent[];
  reviews?: Review[];
}

function pull(spec: PullSpec): RecordedPull {
  const updated = spec.updated ?? spec.merged ?? spec.closed ?? spec.created;
  const listed: ListedPull = {
    id: id(),
    node_id: `PR_${spec.number}`,
    number: spec.number,
    state: spec.closed || spec.merged ? "closed" : "open",
    title: spec.title,
    html_url: `${HTML}/pull/${spec.number}`,
    url: `https://api.github.com/repos/${REPO}/pulls/${spec.number}`,
    created_at: spec.created,
    updated_at: updated,
    closed_at: spec.closed ?? spec.merged ?? null,
    merged_at: spec.merged ?? null,
    merge_commit_sha: spec.merged ? sha(spec.number, "m") : null,
    draft: false,
    user: { login: spec.author ?? PETUGAS, id: 77, type: "User" },
    labels: (spec.labels ?? []).map((name) => ({ id: id(), name, color: "ededed", default: false })),
    head: { ref: spec.head, sha: sha(spec.number, "h"), label: `diskominfo-lembahhijau:${spec.head}` },
    base: { ref: "main", sha: "b".repeat(40), label: "diskominfo-lembahhijau:main" },
  };
  const files: ChangedFile[] = spec.files.map((f) => ({
    sha: sha(spec.number, "f"),
    filename: f.filename,
    status: f.status,
    additions: 10,
    deletions: 0,
    changes: 10,
  }));
  const contents = Object.fromEntries(
    spec.files.filter((f) => f.status !== "removed").map((f) => [f.filename, f.text ?? sample(f.filename)]),
  );
  return { pull: listed, timeline: spec.timeline ?? [], reviews: spec.reviews ?? [], files, contents };
}

const label = (name: string, at: string, by = EDITOR): TimelineEvent => ({
  id: id(),
  node_id: `LE_${ids}`,
  event: "labeled",
  created_at: at,
  label: { name, color: "ededed" },
  actor: { login: by },
});
const requested = (at: string, reviewer: string): TimelineEvent => ({
  id: id(),
  node_id: `RRE_${ids}`,
  event: "review_requested",
  created_at: at,
  actor: { login: EDITOR },
  requested_reviewer: { login: reviewer },
});
const comment = (at: string, by: string, body: string): TimelineEvent => ({
  id: id(),
  node_id: `IC_${ids}`,
  event: "commented",
  created_at: at,
  updated_at: at,
  body,
  html_url: `${HTML}/pull/0#issuecomment-${ids}`,
  actor: { login: by },
  user: { login: by },
});
const reviewed = (at: string, by: string, state: string, body = ""): TimelineEvent => ({
  id: id(),
  node_id: `PRR_${ids}`,
  event: "reviewed",
  state,
  body,
  submitted_at: at,
  user: { login: by },
});
const review = (
  number: number,
  at: string,
  by: string,
  state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED",
  body = "",
): Review => ({
  id: id(),
  node_id: `PRR_${ids}`,
  state,
  body,
  submitted_at: at,
  commit_id: sha(number, "h"),
  html_url: `${HTML}/pull/${number}#pullrequestreview-${ids}`,
  user: { login: by, id: 88 },
});
/** Decap's three label steps, the last one being "Ready". */
const decap = (draft: string, inReview: string, ready: string) => [
  label("decap-cms/draft", draft, PETUGAS),
  label("decap-cms/pending_review", inReview, PETUGAS),
  label("decap-cms/pending_publish", ready),
];

const REJECTION_RECORD = [
  "<!-- warta:ditolak -->",
  "### ⛔ Ditolak — tidak diterbitkan",
  "",
  "Ditolak oleh Ratna Kusumawardani, S.Sos., M.A.P. (Kepala Bidang Informasi dan Komunikasi Publik), @ratna-kusuma-lhj pada 20 November 2026 pukul 10.00 WIB.",
  "",
  "**Alasan:** Foto memuat data pribadi warga (NIK terlihat).",
  "",
  "Pull request ditutup; konten ini tidak masuk ke `main`.",
].join("\n");

const REJECTED_ENTRY = `---
title: Penyerahan Bantuan Perangkat kepada Warga Desa Sukamaju
date: 2026-11-20T09:00
summary: Diskominfo menyerahkan bantuan perangkat komputer kepada warga desa.
division: ikp
author: Dimas
cover: { src: /media/berita/bantuan.jpg, alt: Penyerahan bantuan di balai desa }
---
Isi berita.
`;
const OPEN_ALBUM = `---
title: Lomba Video Pendek Literasi Digital Pelajar
date: 2026-11-25
division: ikp
summary: Dokumentasi lomba video pendek literasi digital tingkat SMP dan SMA.
photos: [{ src: /media/galeri/lomba.jpg, alt: Para pemenang lomba di panggung }]
---
`;

export function recordedPulls(): RecordedPull[] {
  return [
    pull({
      number: 11,
      title: "Create Berita “2026-11-02-rilis-indeks-pembangunan-tik-2025”",
      head: "cms/berita/2026-11-02-rilis-indeks-pembangunan-tik-2025",
      files: [
        { filename: "content/berita/2026-11-02-rilis-indeks-pembangunan-tik-2025.md", status: "added" },
        { filename: "content/media/berita/indeks-tik.jpg", status: "added", text: "" },
      ],
      created: "2026-11-02T02:00:00Z",
      merged: "2026-11-02T03:01:00Z",
      timeline: [
        ...decap("2026-11-02T02:00:05Z", "2026-11-02T02:10:00Z", "2026-11-02T02:45:00Z"),
        requested("2026-11-02T02:45:10Z", PEJABAT_IKP),
        reviewed("2026-11-02T03:00:00Z", PEJABAT_IKP, "approved", "Layak tayang."),
      ],
      reviews: [review(11, "2026-11-02T03:00:00Z", PEJABAT_IKP, "APPROVED", "Layak tayang.")],
    }),
    pull({
      number: 12,
      title: "Pengumuman pemeliharaan pusat data",
      head: "pemeliharaan-pusat-data",
      author: EDITOR,
      files: [{ filename: "content/pengumuman/pemeliharaan-pusat-data.md", status: "added" }],
      created: "2026-11-21T23:00:00Z",
      merged: "2026-11-22T01:31:00Z",
      timeline: [
        requested("2026-11-22T01:00:00Z", PEJABAT_KADIS),
        // An approval by the editor is not the official's filtering.
        reviewed("2026-11-22T01:10:00Z", EDITOR, "approved"),
        reviewed("2026-11-22T01:30:00Z", PEJABAT_KADIS, "approved"),
      ],
      reviews: [
        review(12, "2026-11-22T01:10:00Z", EDITOR, "APPROVED"),
        review(12, "2026-11-22T01:30:00Z", PEJABAT_KADIS, "APPROVED"),
      ],
    }),
    pull({
      number: 13,
      title: "Update Agenda “bimbingan-teknis-ppid-pelaksana”",
      head: "cms/agenda/bimbingan-teknis-ppid-pelaksana",
      files: [{ filename: "content/agenda/bimbingan-teknis-ppid-pelaksana.md", status: "modified" }],
      created: "2026-10-31T16:30:00Z",
      merged: "2026-10-31T17:41:00Z",
      timeline: [
        ...decap("2026-10-31T16:30:02Z", "2026-10-31T16:50:00Z", "2026-10-31T17:20:00Z"),
        reviewed("2026-10-31T17:30:00Z", PEJABAT_IKP, "commented", "Periksa jam mulai."),
        reviewed("2026-10-31T17:40:00Z", PEJABAT_IKP, "approved"),
      ],
      reviews: [
        review(13, "2026-10-31T17:30:00Z", PEJABAT_IKP, "COMMENTED", "Periksa jam mulai."),
        review(13, "2026-10-31T17:40:00Z", PEJABAT_IKP, "APPROVED"),
      ],
    }),
    pull({
      number: 14,
      title: "Create Berita “2026-11-23-persiapan-hari-kesetiakawanan-sosial”",
      head: "cms/berita/2026-11-23-persiapan-hari-kesetiakawanan-sosial",
      files: [{ filename: "content/berita/2026-11-23-persiapan-hari-kesetiakawanan-sosial.md", status: "added" }],
      created: "2026-11-30T15:00:00Z",
      merged: "2026-11-30T17:30:00Z",
      timeline: [
        ...decap("2026-11-30T15:00:03Z", "2026-11-30T15:30:00Z", "2026-11-30T16:00:00Z"),
        reviewed("2026-11-30T17:25:00Z", PEJABAT_IKP, "approved"),
      ],
      reviews: [review(14, "2026-11-30T17:25:00Z", PEJABAT_IKP, "APPROVED")],
    }),
    pull({
      number: 15,
      title: "Create Berita “2026-11-20-penyerahan-bantuan-perangkat”",
      head: "cms/berita/2026-11-20-penyerahan-bantuan-perangkat",
      files: [
        {
          filename: "content/berita/2026-11-20-penyerahan-bantuan-perangkat.md",
          status: "added",
          text: REJECTED_ENTRY,
        },
      ],
      created: "2026-11-20T02:00:00Z",
      closed: "2026-11-20T03:01:00Z",
      labels: ["decap-cms/pending_publish", "ditolak"],
      timeline: [
        ...decap("2026-11-20T02:00:04Z", "2026-11-20T02:20:00Z", "2026-11-20T02:40:00Z"),
        reviewed(
          "2026-11-20T03:00:00Z",
          PEJABAT_IKP,
          "changes_requested",
          "/tolak Foto memuat data pribadi warga (NIK terlihat).",
        ),
        label("ditolak", "2026-11-20T03:00:30Z", "github-actions[bot]"),
        comment("2026-11-20T03:00:40Z", "github-actions[bot]", REJECTION_RECORD),
        {
          id: id(),
          node_id: `CE_${ids}`,
          event: "closed",
          created_at: "2026-11-20T03:01:00Z",
          actor: { login: "github-actions[bot]" },
        },
      ],
      reviews: [
        review(
          15,
          "2026-11-20T03:00:00Z",
          PEJABAT_IKP,
          "CHANGES_REQUESTED",
          "/tolak Foto memuat data pribadi warga (NIK terlihat).",
        ),
      ],
    }),
    pull({
      number: 16,
      title: "Create Album “lomba-video-pendek-literasi-digital”",
      head: "cms/galeri/lomba-video-pendek-literasi-digital",
      files: [{ filename: "content/galeri/lomba-video-pendek-literasi-digital.md", status: "added", text: OPEN_ALBUM }],
      created: "2026-11-25T03:00:00Z",
      updated: "2026-11-25T03:05:00Z",
      labels: ["decap-cms/draft"],
      timeline: [label("decap-cms/draft", "2026-11-25T03:00:02Z", PETUGAS)],
    }),
    pull({
      number: 17,
      title: "Grafik baru di beranda",
      head: "fitur/grafik-beranda",
      author: "yoga-pratama-lhj",
      files: [{ filename: "src/site/components/HomePage.tsx", status: "modified", text: "export {}" }],
      created: "2026-11-14T01:00:00Z",
      merged: "2026-11-15T01:00:00Z",
    }),
    pull({
      number: 18,
      title: "Create Berita “2026-11-12-duplikat”",
      head: "cms/berita/2026-11-12-duplikat",
      files: [
        {
          filename: "content/berita/2026-11-12-duplikat.md",
          status: "added",
          text: REJECTED_ENTRY.replace("ikp", "sekretariat"),
        },
      ],
      created: "2026-11-12T04:00:00Z",
      closed: "2026-11-12T04:30:00Z",
      timeline: [comment("2026-11-12T04:29:00Z", EDITOR, "Duplikat, ditutup.")],
    }),
    pull({
      number: 9,
      title: "Create Berita “2026-10-19-internet-desa-jangkau-48-desa”",
      head: "cms/berita/2026-10-19-internet-desa-jangkau-48-desa",
      files: [{ filename: "content/berita/2026-10-19-internet-desa-jangkau-48-desa.md", status: "added" }],
      created: "2026-10-19T01:00:00Z",
      merged: "2026-10-19T02:00:00Z",
    }),
    pull({
      number: 8,
      title: "Create Berita “2026-10-12-pelatihan-jurnalistik-warga-kim”",
      head: "cms/berita/2026-10-12-pelatihan-jurnalistik-warga-kim",
      files: [{ filename: "content/berita/2026-10-12-pelatihan-jurnalistik-warga-kim.md", status: "added" }],
      created: "2026-10-12T01:00:00Z",
      merged: "2026-10-12T02:00:00Z",
    }),
  ];
}

const run = (
  n: number,
  created: string,
  completed: string,
  headSha: string,
  conclusion: "success" | "failure" = "success",
  event = "push",
): WorkflowRun => ({
  id: 90_000 + n,
  name: "Terbitkan",
  head_branch: "main",
  head_sha: headSha,
  event,
  status: "completed",
  conclusion,
  created_at: created,
  run_started_at: created,
  updated_at: completed,
  html_url: `${HTML}/actions/runs/${90_000 + n}`,
  workflow_id: 4242,
});

export function recordedRuns(): WorkflowRun[] {
  return [
    run(1, "2026-10-31T16:07:00Z", "2026-10-31T16:10:00Z", "d".repeat(40), "success", "schedule"),
    run(2, "2026-10-31T17:42:00Z", "2026-10-31T17:52:00Z", sha(13, "m")),
    run(3, "2026-11-02T03:01:10Z", "2026-11-02T03:04:00Z", sha(11, "m"), "failure"),
    run(4, "2026-11-02T03:01:30Z", "2026-11-02T03:16:00Z", sha(11, "m"), "success", "workflow_dispatch"),
    // #12 is dated 09.00 WIB: the run right after its merge built the site without it.
    run(5, "2026-11-22T01:32:00Z", "2026-11-22T01:40:00Z", sha(12, "m")),
    run(6, "2026-11-22T02:07:00Z", "2026-11-22T02:10:00Z", sha(12, "m"), "success", "schedule"),
    run(7, "2026-11-30T17:31:00Z", "2026-11-30T17:40:00Z", sha(14, "m")),
  ];
}

const item = (path: string) => `${SITE_URL}${path}`;
export const URL_11 = item("/berita/rilis-indeks-pembangunan-tik-2025/");
export const URL_13 = item("/agenda/bimbingan-teknis-ppid-pelaksana/");

/** The posting ledger of the month (and around it). */
export function ledgerRecords(): LedgerRecord[] {
  const r = (
    url: string,
    channel: LedgerRecord["channel"],
    state: LedgerRecord["state"],
    at: string,
    extra: Partial<LedgerRecord> = {},
  ): LedgerRecord => ({
    url,
    channel,
    state,
    at,
    run: "run-1",
    title: url === URL_11 ? "Indeks Pembangunan TIK Lembah Hijau 2025" : "Bimbingan Teknis PPID",
    ...extra,
  });
  return [
    r("*", "facebook", "baseline", "2026-09-01T00:00:00Z"),
    r(URL_13, "telegram", "failed", "2026-10-30T10:00:00Z", { error: "HTTP 500" }),
    r(URL_13, "x", "pending", "2026-10-31T17:55:00Z"),
    r(URL_13, "x", "posted", "2026-10-31T17:56:00Z", { remoteUrl: "https://x.example/kominfo_lhj/status/1" }),
    r(URL_11, "facebook", "pending", "2026-11-02T03:19:00Z"),
    r(URL_11, "facebook", "posted", "2026-11-02T03:20:00Z", { remoteUrl: "https://facebook.example/posts/11" }),
    r(URL_11, "mastodon", "posted", "2026-11-02T03:21:00Z", {
      remoteUrl: "https://sosial.lembahhijau.example/@diskominfo/11",
    }),
    r(URL_11, "x", "failed", "2026-11-02T03:22:00Z", { error: "HTTP 401: token ***" }),
    r(URL_11, "bluesky", "failed", "2026-11-02T03:23:00Z", { error: "HTTP 502" }),
    r(URL_11, "bluesky", "posted", "2026-11-02T04:23:00Z", { remoteUrl: "https://bsky.example/profile/x/post/11" }),
  ];
}

// ── a local repository with known history (git-only mode) ──────────────────────────

/** Git in `repo` with a fixed identity and, when given, the commit's author and committer time. */
export function gitIn(repo: string) {
  return (args: string[], at?: string, authorAt = at): string => {
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" };
    if (at) Object.assign(env, { GIT_AUTHOR_DATE: authorAt, GIT_COMMITTER_DATE: at });
    return execFileSync(
      "git",
      ["-c", "user.name=Uji", "-c", "user.email=uji@localhost", "-c", "init.defaultBranch=main", ...args],
      { cwd: repo, env, encoding: "utf8" },
    );
  };
}

/** The approval line Warta's approval workflow writes into the merge commit (src/forge/approval.ts). */
export const approvalBody = (when: string) =>
  `Disetujui oleh Ratna Kusumawardani, S.Sos., M.A.P. (Kepala Bidang Informasi dan Komunikasi Publik), @ratna-kusuma-lhj pada ${when} WIB.\nDigabung otomatis oleh alur persetujuan Warta.`;

const news = (title: string, date: string, extra = "") =>
  `---\ntitle: ${title}\ndate: ${date}\nsummary: Ringkasan berita untuk pengujian laporan bulanan.\ndivision: ikp\n${extra}---\nIsi.\n`;
const dip = (title: string, category: string) =>
  `---\ntitle: ${title}\ncategory: ${category}\nsummary: Ringkasan informasi.\ndate: 2026-11-04T09:00\n---\n`;

/**
 * November 2026 in WIB, on `main` (first-parent), with Warta's approval lines in the merges:
 *
 *   #31 "Rapat Jumat Sore"   branch commits Fri 6 Nov 16.00 and 16.30 (after service hours),
 *                            approved Mon 9 Nov 08.05, merged 08.06 → editing 0 working minutes
 *                            (30 on the clock), filtering 5 working minutes (2 days 15 h 35 min on the clock)
 *   #32 "Rapat Selasa"       commits Tue 17 Nov 09.00 and 09.40, approved 11.00 → editing 40 ✓, filtering 80 ✗
 *   #33 HKSN (draft: true)   merged 20 Nov → not shown: "tidak ditayangkan (draf)"
 *   #34 DIP dikecualikan     merged 20 Nov → never shown: "tidak ditayangkan (dikecualikan)"
 *   #35 Pojok Literasi       merged 20 Nov, dated 1 Dec 08.00 → shown in December, not in November
 *   #30 Sosialisasi          merged 20 Oct, dated 3 Nov 09.00 → shown (tayang) in November
 *   #36 Draf Oktober         added as a draft in October, made public 12 Nov → new to the public
 *   #37 menu                 menu.yml: branch Tue 10 Nov 09.00, merged 14.00 → step 3: 300 working minutes ✗
 *   cms/galeri/lomba         opened 25 Nov, not merged, Decap status "In review" → waiting
 */
export function buildLocalHistory(repo: string): void {
  const git = gitIn(repo);
  const write = (file: string, text: string) => {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), text);
  };
  const merge = (
    branch: string,
    commits: { file: string; text: string; at: string }[],
    mergedAt: string,
    subject: string,
    body = "",
  ) => {
    git(["checkout", "-q", "-b", branch, "main"]);
    for (const c of commits) {
      write(c.file, c.text);
      git(["add", "-A"]);
      git(["commit", "-q", "-m", `Update ${c.file}`], c.at);
    }
    git(["checkout", "-q", "main"]);
    git(["merge", "-q", "--no-ff", "-m", subject, ...(body ? ["-m", body] : []), branch], mergedAt);
    git(["branch", "-q", "-D", branch]);
  };
  git(["init", "-q"]);
  write("content/_data/menu.yml", "items:\n  - label: Beranda\n    url: /\n");
  write("content/berita/2026-10-01-lama.md", news("Berita Lama", "2026-10-01T09:00"));
  write("content/berita/2026-10-05-draf-oktober.md", news("Draf Oktober", "2026-10-05T09:00", "draft: true\n"));
  git(["add", "-A"]);
  git(["commit", "-q", "-m", "Awal"], "2026-10-01T09:00:00+07:00");

  merge(
    "cms/berita/2026-11-03-sosialisasi",
    [
      {
        file: "content/berita/2026-11-03-sosialisasi.md",
        text: news("Sosialisasi Terjadwal", "2026-11-03T09:00"),
        at: "2026-10-20T09:00:00+07:00",
      },
    ],
    "2026-10-20T10:00:00+07:00",
    "Terbitkan: Sosialisasi (#30)",
  );
  merge(
    "cms/berita/2026-11-06-rapat-jumat-sore",
    [
      {
        file: "content/berita/2026-11-06-rapat-jumat-sore.md",
        text: news("Rapat Jumat Sore", "2026-11-06T15:00"),
        at: "2026-11-06T16:00:00+07:00",
      },
      {
        file: "content/berita/2026-11-06-rapat-jumat-sore.md",
        text: news("Rapat Jumat Sore", "2026-11-06T15:00", "tags: [rapat]\n"),
        at: "2026-11-06T16:30:00+07:00",
      },
    ],
    "2026-11-09T08:06:00+07:00",
    "Terbitkan: Rapat Jumat Sore (#31)",
    approvalBody("9 November 2026 pukul 08.05"),
  );
  merge(
    "cms/_data/menu",
    [
      {
        file: "content/_data/menu.yml",
        text: "items:\n  - label: Beranda\n    url: /\n  - label: Berita\n    url: /berita/\n",
        at: "2026-11-10T09:00:00+07:00",
      },
    ],
    "2026-11-10T14:00:00+07:00",
    "Terbitkan: Menu Berita (#37)",
    approvalBody("10 November 2026 pukul 13.59"),
  );
  merge(
    "cms/berita/2026-10-05-draf-oktober",
    [
      {
        file: "content/berita/2026-10-05-draf-oktober.md",
        text: news("Draf Oktober", "2026-10-05T09:00"),
        at: "2026-11-12T09:00:00+07:00",
      },
    ],
    "2026-11-12T09:30:00+07:00",
    "Terbitkan: Draf Oktober (#36)",
    approvalBody("12 November 2026 pukul 09.29"),
  );
  merge(
    "cms/berita/2026-11-17-rapat-selasa",
    [
      {
        file: "content/berita/2026-11-17-rapat-selasa.md",
        text: news("Rapat Selasa", "2026-11-17T08:00"),
        at: "2026-11-17T09:00:00+07:00",
      },
      {
        file: "content/berita/2026-11-17-rapat-selasa.md",
        text: news("Rapat Selasa", "2026-11-17T08:00", "tags: [rapat]\n"),
        at: "2026-11-17T09:40:00+07:00",
      },
    ],
    "2026-11-17T11:01:00+07:00",
    "Terbitkan: Rapat Selasa (#32)",
    approvalBody("17 November 2026 pukul 11.00"),
  );
  merge(
    "cms/berita/2026-11-23-hksn",
    [
      {
        file: "content/berita/2026-11-23-hksn.md",
        text: news("Persiapan HKSN", "2026-11-23T09:00", "draft: true\n"),
        at: "2026-11-20T09:00:00+07:00",
      },
    ],
    "2026-11-20T10:00:00+07:00",
    "Terbitkan: HKSN (#33)",
  );
  merge(
    "cms/informasi-publik/data-pribadi",
    [
      {
        file: "content/informasi-publik/data-pribadi.md",
        text: dip("Data Pribadi Pemohon", "dikecualikan"),
        at: "2026-11-20T09:00:00+07:00",
      },
    ],
    "2026-11-20T10:10:00+07:00",
    "Terbitkan: Data Pribadi (#34)",
  );
  merge(
    "cms/berita/2026-12-01-pojok-literasi",
    [
      {
        file: "content/berita/2026-12-01-pojok-literasi.md",
        text: news("Pojok Literasi", "2026-12-01T08:00"),
        at: "2026-11-20T09:00:00+07:00",
      },
    ],
    "2026-11-20T10:20:00+07:00",
    "Terbitkan: Pojok Literasi (#35)",
  );

  // A draft still waiting at the month's end; the local Decap server keeps its status in the branch description.
  git(["checkout", "-q", "-b", "cms/galeri/lomba", "main"]);
  write(
    "content/galeri/lomba.md",
    `---\ntitle: Lomba Video Pendek\ndate: 2026-11-25\ndivision: ikp\nsummary: Dokumentasi lomba video pendek.\nphotos: [{ src: /media/galeri/lomba.jpg, alt: Pemenang }]\n---\n`,
  );
  git(["add", "-A"]);
  git(["commit", "-q", "-m", "Create Album “lomba”"], "2026-11-25T10:00:00+07:00");
  git(["config", "branch.cms/galeri/lomba.description", "decap-cms/pending_review"]);
  git(["checkout", "-q", "main"]);
}
