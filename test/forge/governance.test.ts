import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCommand, type CommandIO } from "../../src/command/command.ts";
import { governanceCommand } from "../../src/forge/command.ts";

const runGovernanceCommand = (argv: string[], io: CommandIO) => runCommand(governanceCommand, argv, io);
import { englishWords } from "../english.ts";
import { FakeGitHub, type Ruleset } from "./fake-github.ts";
import { contentFixture, TEAM_YML } from "./team-fixture.ts";

/** What GitHub must receive, written out by hand from the issue (not computed by the code under test). */
const EXPECTED_RULESET = {
  name: "Warta: persetujuan pejabat",
  target: "branch",
  enforcement: "active",
  bypass_actors: [],
  conditions: { ref_name: { include: ["refs/heads/main"], exclude: [] } },
  rules: [
    { type: "deletion" },
    { type: "non_fast_forward" },
    {
      type: "pull_request",
      parameters: {
        required_approving_review_count: 1,
        require_code_owner_review: true,
        dismiss_stale_reviews_on_push: true,
        require_last_push_approval: true,
        required_review_thread_resolution: false,
        allowed_merge_methods: ["merge"],
      },
    },
    {
      type: "required_status_checks",
      parameters: {
        strict_required_status_checks_policy: false,
        do_not_enforce_on_create: false,
        required_status_checks: [{ context: "Pemeriksaan konten", integration_id: 15368 }],
      },
    },
  ],
};

/** The posting ledger: only fast-forward pushes, never deleted (issue 11, point 3). */
const EXPECTED_LEDGER_RULESET = {
  name: "Warta: catatan unggahan media sosial",
  target: "branch",
  enforcement: "active",
  bypass_actors: [],
  conditions: { ref_name: { include: ["refs/heads/warta-ledger"], exclude: [] } },
  rules: [{ type: "deletion" }, { type: "non_fast_forward" }],
};
const ENVIRONMENT_NAMES = ["github-pages", "warta-server", "media-sosial", "tata-kelola"];
/** REST "Create or update an environment": "Selected branches" is protected_branches false + custom_branch_policies true. */
const CUSTOM = { protected_branches: false, custom_branch_policies: true };

const EXPECTED_CODEOWNERS = `# Dibuat otomatis dari content/_data/team.yml oleh \`npm run governance -- apply\`. Jangan disunting langsung:
# ubah team.yml, jalankan apply, lalu ajukan perubahannya lewat pull request.
# SK 800/017/DISKOMINFO/2026 tanggal 2026-01-12: Pembentukan Tim Pengelola Website dan Media Sosial
# Pejabat berwenang (persetujuan salah satu dari mereka wajib sebelum terbit):
#   @Hendra-W  Drs. Hendra Wiratama, M.Si. — Kepala Dinas
#   @ratna-k   Ratna Kusumawardani — Kepala Bidang IKP

# Semua berkas (kode situs, skrip, package.json, package-lock.json): pejabat saja yang menyetujui
* @Hendra-W @ratna-k
# Konten: berita, pengumuman, agenda, galeri, halaman, informasi publik
/content/ @Hendra-W @ratna-k
# Media: foto, dokumen, video
/content/media/ @Hendra-W @ratna-k
# Data situs: pengaturan, menu, bidang, tim (SK), program kerja
/content/_data/ @Hendra-W @ratna-k
# Admin CMS dan konfigurasinya
/admin/ @Hendra-W @ratna-k
# Workflow, CODEOWNERS dan templat pull request
/.github/ @Hendra-W @ratna-k
`;

let fake: FakeGitHub;
let root: string;
let out: string[];
let err: string[];

beforeEach(async () => {
  fake = await new FakeGitHub({ owner: "dinas-contoh", repo: "situs" }).start();
  root = await contentFixture();
  out = [];
  err = [];
});
afterEach(async () => {
  await fake.stop();
  await rm(root, { recursive: true, force: true });
  // Every plan, check and apply an office admin reads is Indonesian (GitHub's own names quoted).
  expect(englishWords([...out, ...err].join("\n")), "English in the governance output").toEqual([]);
});

const run = (...argv: string[]) =>
  runGovernanceCommand([...argv, "--content", join(root, "content")], {
    env: { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url },
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    paceWrites: false,
  });

/** The live state after a correct apply and a merged CODEOWNERS pull request. */
function governed(): Ruleset {
  fake.files.set(".github/CODEOWNERS", EXPECTED_CODEOWNERS);
  fake.addRuleset(structuredClone(EXPECTED_LEDGER_RULESET) as Omit<Ruleset, "id" | "source" | "source_type">);
  for (const name of ENVIRONMENT_NAMES) fake.addEnvironment(name, { ...CUSTOM }, [{ name: "main" }]);
  for (const name of ["ditolak", "serta-merta"])
    fake.labels.set(name, { id: 1, node_id: "L", url: "", name, description: null, color: "ededed", default: false });
  return fake.addRuleset(structuredClone(EXPECTED_RULESET) as Omit<Ruleset, "id" | "source" | "source_type">);
}

describe("governance plan / apply / check", () => {
  it("plan on a bare repository shows what is missing and writes nothing", async () => {
    expect(await run("plan")).toBe(0);
    expect(out.join("\n")).toContain('Ruleset "Warta: persetujuan pejabat": belum ada → akan dibuat');
    expect(out.join("\n")).toContain(".github/CODEOWNERS di cabang main: belum ada");
    expect(fake.writes()).toEqual([]);
    await expect(readFile(join(root, ".github/CODEOWNERS"), "utf8")).rejects.toThrow();
  });

  it("apply creates exactly the rulesets, environments and labels, and writes exactly the CODEOWNERS", async () => {
    expect(await run("apply")).toBe(0);
    const R = "/repos/dinas-contoh/situs";
    expect(fake.writes()).toEqual([
      `POST ${R}/rulesets`,
      `POST ${R}/rulesets`,
      ...ENVIRONMENT_NAMES.flatMap((e) => [
        `PUT ${R}/environments/${e}`,
        `POST ${R}/environments/${e}/deployment-branch-policies`,
      ]),
      `POST ${R}/labels`,
      `POST ${R}/labels`,
    ]);
    const writes = fake.requests.filter((r) => r.method !== "GET");
    expect(writes[0]!.body).toEqual(EXPECTED_RULESET);
    expect(writes[1]!.body).toEqual(EXPECTED_LEDGER_RULESET);
    for (let i = 0; i < ENVIRONMENT_NAMES.length; i++) {
      expect(writes[2 + 2 * i]!.body).toEqual({ deployment_branch_policy: CUSTOM });
      expect(writes[3 + 2 * i]!.body).toEqual({ name: "main", type: "branch" });
    }
    expect(writes.slice(-2).map((w) => (w.body as { name: string }).name)).toEqual(["ditolak", "serta-merta"]);
    expect(out.join("\n")).toContain(
      'Environment "warta-server": belum ada → akan dibuat, hanya dapat dipakai dari cabang main',
    );
    expect(await readFile(join(root, ".github/CODEOWNERS"), "utf8")).toBe(EXPECTED_CODEOWNERS);

    // The file reaches the branch through a pull request; then check is clean.
    fake.files.set(".github/CODEOWNERS", EXPECTED_CODEOWNERS);
    out = [];
    expect(await run("check")).toBe(0);
    expect(out.join("\n")).toContain("sesuai team.yml");
  });

  it("apply twice changes nothing the second time", async () => {
    governed();
    await mkdir(join(root, ".github"));
    await writeFile(join(root, ".github/CODEOWNERS"), EXPECTED_CODEOWNERS);
    expect(await run("apply")).toBe(0);
    expect(fake.writes()).toEqual([]);
    expect(out.join("\n")).toContain('Ruleset "Warta: persetujuan pejabat" tidak berubah');
    expect(out.join("\n")).toContain(".github/CODEOWNERS sudah sesuai; tidak ada yang ditulis.");
  });

  it("check is clean when GitHub matches team.yml", async () => {
    governed();
    expect(await run("check")).toBe(0);
    expect(err).toEqual([]);
    expect(fake.writes()).toEqual([]);
  });

  it("check finds a lowered approval count and apply restores it", async () => {
    const live = governed();
    const pr = live.rules!.find((r) => r.type === "pull_request") as {
      parameters: { required_approving_review_count: number };
    };
    pr.parameters.required_approving_review_count = 0;

    expect(await run("check")).toBe(1);
    expect(out.join("\n")).toContain("rules.pull_request.required_approving_review_count: di GitHub 0 → seharusnya 1");
    expect(err.join("\n")).toMatch(/^MENYIMPANG: pengaturan GitHub berbeda/);

    expect(await run("apply")).toBe(0);
    expect(fake.writes()).toEqual([`PUT /repos/dinas-contoh/situs/rulesets/${live.id}`]);
    const put = fake.requests.find((r) => r.method === "PUT")!;
    expect(put.path).toBe(`/repos/dinas-contoh/situs/rulesets/${live.id}`);
    expect(put.body).toEqual(EXPECTED_RULESET);
  });

  it("check finds an environment any branch may deploy to, an extra branch or tag, and a missing one; apply limits each to main", async () => {
    governed();
    fake.environments.get("warta-server")!.env.deployment_branch_policy = null;
    fake.environments.get("warta-server")!.policies = [];
    fake.environments.delete("tata-kelola");
    const extra = fake.addEnvironment("media-sosial", { ...CUSTOM }, [
      { name: "main" },
      { name: "cms/*" },
      { name: "v*", type: "tag" },
    ]);

    expect(await run("check")).toBe(1);
    const text = out.join("\n");
    expect(text).toContain(
      'Environment "warta-server": semua cabang dapat memakainya; cabang main tidak termasuk yang diizinkan → MENYIMPANG',
    );
    expect(text).toContain(
      'Environment "media-sosial": cabang "cms/*" juga dapat memakainya; tag "v*" juga dapat memakainya → MENYIMPANG',
    );
    expect(text).toContain('Environment "tata-kelola": belum ada → MENYIMPANG');
    expect(text).toContain('Environment "github-pages": hanya dapat dipakai dari cabang main');
    expect(fake.writes()).toEqual([]);

    const [cmsId, tagId] = [extra.policies[1]!.id, extra.policies[2]!.id];
    expect(await run("apply")).toBe(0);
    const R = "/repos/dinas-contoh/situs";
    expect(fake.writes()).toEqual([
      `PUT ${R}/environments/warta-server`,
      `POST ${R}/environments/warta-server/deployment-branch-policies`,
      `DELETE ${R}/environments/media-sosial/deployment-branch-policies/${cmsId}`,
      `DELETE ${R}/environments/media-sosial/deployment-branch-policies/${tagId}`,
      `PUT ${R}/environments/tata-kelola`,
      `POST ${R}/environments/tata-kelola/deployment-branch-policies`,
    ]);
    for (const name of ENVIRONMENT_NAMES) {
      expect({
        name,
        policy: fake.environments.get(name)!.env.deployment_branch_policy,
        branches: fake.environments.get(name)!.policies.map((p) => `${p.type}:${p.name}`),
      }).toEqual({ name, policy: CUSTOM, branches: ["branch:main"] });
    }
    out = [];
    expect(await run("check")).toBe(0);
  });

  it("check finds a missing label and a ledger branch open to force-push; apply restores both", async () => {
    governed();
    fake.labels.delete("ditolak");
    const ledger = fake.rulesets.find((r) => r.name === "Warta: catatan unggahan media sosial")!;
    ledger.rules = ledger.rules!.filter((r) => r.type !== "non_fast_forward");
    expect(await run("check")).toBe(1);
    const text = out.join("\n");
    expect(text).toContain('Label "ditolak": belum ada → MENYIMPANG');
    expect(text).toContain('Label "serta-merta": ada');
    expect(text).toContain(
      'Ruleset "Warta: catatan unggahan media sosial" (id ' + ledger.id + "): 1 perbedaan → MENYIMPANG",
    );
    expect(text).toContain("rules.non_fast_forward: di GitHub (tidak ada) → seharusnya true");

    expect(await run("apply")).toBe(0);
    expect(fake.writes()).toEqual([
      `PUT /repos/dinas-contoh/situs/rulesets/${ledger.id}`,
      "POST /repos/dinas-contoh/situs/labels",
    ]);
    expect(fake.requests.find((r) => r.method === "PUT")!.body).toEqual(EXPECTED_LEDGER_RULESET);
    expect(fake.labels.get("ditolak")).toMatchObject({
      color: "b60205",
      description: "Ditolak pejabat: tidak diterbitkan (alasan di komentar)",
    });
  });

  // GitHub's label names ignore case (hackebrot/labels#15: POST "blocked" beside "Blocked" → 422
  // already_exists; rust-lang/triagebot#1915: GET /labels/P-HIGH finds "P-high"). The approval
  // workflow's `if:` compares case-insensitively too, but decide() reads the exact name: a hand-made
  // "Ditolak" passed check as "present" while a pejabat's "Ditolak" never stopped a merge.
  it("check reports a flow label spelt in another case; apply renames it (creating it would be 422 on GitHub)", async () => {
    governed();
    fake.labels.delete("ditolak");
    fake.labels.set("Ditolak", {
      id: 7,
      node_id: "L_7",
      url: "",
      name: "Ditolak",
      description: null,
      color: "ededed",
      default: false,
    });
    expect(await run("check")).toBe(1);
    expect(out.join("\n")).toContain(
      'Label "ditolak": tertulis "Ditolak", yang tidak dibaca alur persetujuan → MENYIMPANG',
    );

    expect(await run("apply")).toBe(0);
    expect(fake.writes()).toEqual(["PATCH /repos/dinas-contoh/situs/labels/Ditolak"]);
    expect(fake.requests.at(-1)!.body).toEqual({
      new_name: "ditolak",
      color: "b60205",
      description: "Ditolak pejabat: tidak diterbitkan (alasan di komentar)",
    });
    expect([...fake.labels.keys()].sort()).toEqual(["ditolak", "serta-merta"]);
    out = [];
    expect(await run("check")).toBe(0);
  });

  // REST "Create or update an environment": wait_timer, prevent_self_review, reviewers and
  // deployment_branch_policy are optional fields of one PUT, and nothing promises that an omitted
  // one keeps its value (the fake clears it, see fake-github.ts). An office that put required
  // reviewers on media-sosial by hand must not lose them when apply limits the branches.
  it("apply keeps the reviewers and wait timer an office set by hand on an environment it limits to main", async () => {
    governed();
    const social = fake.environments.get("media-sosial")!;
    social.env.deployment_branch_policy = null;
    social.policies = [];
    social.env.protection_rules = fake.protectionRules(30, true, [
      { type: "User", id: 4242 },
      { type: "Team", id: 77 },
    ]);

    expect(await run("apply")).toBe(0);
    const put = fake.requests.find((r) => r.method === "PUT")!;
    expect(put.path).toBe("/repos/dinas-contoh/situs/environments/media-sosial");
    expect(put.body).toEqual({
      wait_timer: 30,
      prevent_self_review: true,
      reviewers: [
        { type: "User", id: 4242 },
        { type: "Team", id: 77 },
      ],
      deployment_branch_policy: CUSTOM,
    });
    const rules = social.env.protection_rules!;
    expect(rules.find((r) => r.type === "wait_timer")).toMatchObject({ wait_timer: 30 });
    expect(rules.find((r) => r.type === "required_reviewers")).toMatchObject({
      prevent_self_review: true,
      reviewers: [
        { type: "User", reviewer: { id: 4242 } },
        { type: "Team", reviewer: { id: 77 } },
      ],
    });
  });

  it("check finds an added bypass actor", async () => {
    const live = governed();
    live.bypass_actors = [{ actor_id: 5, actor_type: "RepositoryRole", bypass_mode: "always" }];
    expect(await run("check")).toBe(1);
    expect(out.join("\n")).toMatch(
      /bypass_actors: di GitHub \[\{"actor_id":5,"actor_type":"RepositoryRole","bypass_mode":"always"\}\] → seharusnya \[\]/,
    );
  });

  it("check fails closed when the token cannot see the bypass list", async () => {
    governed();
    fake.hideBypassActors = true;
    expect(await run("check")).toBe(1);
    expect(out.join("\n")).toContain("bypass_actors: di GitHub (tidak terlihat");
  });

  it("check finds a removed rule, an extra rule and an evaluate-only ruleset", async () => {
    const live = governed();
    live.enforcement = "evaluate";
    live.rules = live.rules!.filter((r) => r.type !== "non_fast_forward");
    live.rules.push({ type: "required_linear_history" });
    expect(await run("check")).toBe(1);
    const text = out.join("\n");
    expect(text).toContain("enforcement: di GitHub evaluate → seharusnya active");
    expect(text).toContain("rules.non_fast_forward: di GitHub (tidak ada) → seharusnya true");
    expect(text).toContain("rules.required_linear_history: di GitHub true → seharusnya (tidak ada)");
  });

  it("check shows a hand-edited CODEOWNERS as a line diff", async () => {
    governed();
    fake.files.set(
      ".github/CODEOWNERS",
      EXPECTED_CODEOWNERS.replace("/content/ @Hendra-W @ratna-k", "/content/ @yoga-p"),
    );
    expect(await run("check")).toBe(1);
    const text = out.join("\n");
    expect(text).toContain(".github/CODEOWNERS di cabang main: berbeda dari team.yml → MENYIMPANG");
    expect(text).toContain("  - /content/ @yoga-p");
    expect(text).toContain("  + /content/ @Hendra-W @ratna-k");
  });

  // GitHub docs (About code owners): "Order is important; the last matching pattern takes the most
  // precedence", and with require_code_owner_review a file no pattern matches needs only one approval
  // from anyone with write access. So `*` with every official must be the FIRST rule (a later line
  // would override the specific ones), and no line may name anyone else.
  it("CODEOWNERS starts with `*` owned by every official", async () => {
    const rules = EXPECTED_CODEOWNERS.split("\n").filter((l) => l.trim() && !l.startsWith("#"));
    expect(rules[0]).toBe("* @Hendra-W @ratna-k");
    expect(await run("apply")).toBe(0);
    expect(await readFile(join(root, ".github/CODEOWNERS"), "utf8")).toBe(EXPECTED_CODEOWNERS);
  });

  it("check names a CODEOWNERS without the `*` line, or with `*` moved last or shared with an editor", async () => {
    governed();
    const withoutStar = EXPECTED_CODEOWNERS.replace("* @Hendra-W @ratna-k\n", "");
    fake.files.set(".github/CODEOWNERS", withoutStar);
    expect(await run("check")).toBe(1);
    expect(out.join("\n")).toContain(
      "! .github/CODEOWNERS di cabang main: baris aturan pertama bukan `*`: berkas yang tidak disebut (kode, skrip, package.json) cukup disetujui sesama editor",
    );

    out = [];
    fake.files.set(".github/CODEOWNERS", `${withoutStar}* @Hendra-W @ratna-k\n/src/ @yoga-p\n`);
    expect(await run("check")).toBe(1);
    const text = out.join("\n");
    expect(text).toContain("baris aturan pertama bukan `*`");
    expect(text).toMatch(/baris \d+ \(\/src\/\): tanpa pejabat @hendra-w, @ratna-k; memuat bukan-pejabat @yoga-p/);
  });

  it("check reports CODEOWNERS errors GitHub finds (an official without write access)", async () => {
    governed();
    fake.codeownersErrors = [
      {
        line: 9,
        column: 11,
        kind: "Unknown owner",
        source: "/content/ @Hendra-W @ratna-k",
        suggestion: "make sure @ratna-k exists and has write access to the repository",
        message: "Unknown owner on line 9: make sure @ratna-k exists and has write access to the repository\n",
        path: ".github/CODEOWNERS",
      },
    ];
    expect(await run("check")).toBe(1);
    expect(out.join("\n")).toContain(
      "! CODEOWNERS baris 9: GitHub melaporkan “Unknown owner on line 9: make sure @ratna-k exists",
    );
  });

  it("--repo overrides site.repo and --help explains the command", async () => {
    expect(await runGovernanceCommand(["--help"], { env: {}, out: (t) => out.push(t), err: (t) => err.push(t) })).toBe(
      0,
    );
    expect(out.join("\n")).toContain("Cara pakai: npm run governance -- <plan|apply|check>");
    expect(await run("plan", "--repo", "lain/lain")).toBe(3);
    expect(fake.requests[0]!.path).toBe("/repos/lain/lain");
    expect(await run("teleport")).toBe(2);
  });
});

describe("team.yml is refused before any request", () => {
  const cases: [string, string, RegExp][] = [
    [
      "an unknown role",
      TEAM_YML.replace("role: editor", "role: redaktur"),
      /content\/_data\/team\.yml:16 {2}members\.2\.role {2}peran harus petugas, editor atau pejabat/,
    ],
    [
      "a duplicate handle (other case)",
      TEAM_YML.replace("github: dimas-s", "github: RATNA-K"),
      /content\/_data\/team\.yml:21 {2}members\.3\.github {2}akun GitHub "RATNA-K" sudah dipakai anggota ke-2 \(Ratna Kusumawardani\).*→ tulis akun GitHub milik orang ini sendiri/,
    ],
    [
      "no pejabat",
      TEAM_YML.replaceAll("role: pejabat", "role: editor"),
      /content\/_data\/team\.yml:5 {2}members {2}tidak ada anggota dengan peran pejabat.*→ tambahkan minimal satu anggota dengan role: pejabat/,
    ],
  ];
  for (const [what, team, message] of cases) {
    it(`refuses ${what}`, async () => {
      await writeFile(join(root, "content/_data/team.yml"), team);
      for (const command of ["plan", "apply", "check"]) {
        err = [];
        expect(await run(command)).toBe(2);
        expect(err.join("\n")).toMatch(message);
      }
      expect(fake.requests).toEqual([]);
    });
  }

  it("refuses a missing token before any request", async () => {
    const code = await runGovernanceCommand(["check", "--content", join(root, "content")], {
      env: { GITHUB_API_URL: fake.url },
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    expect(code).toBe(2);
    expect(err.join("\n")).toContain("GITHUB_TOKEN");
    expect(fake.requests).toEqual([]);
  });
});

describe("GitHub errors in plain words", () => {
  it("401: the token is wrong", async () => {
    const code = await runGovernanceCommand(["plan", "--content", join(root, "content")], {
      env: { GITHUB_TOKEN: "ghp_revoked_secret", GITHUB_API_URL: fake.url },
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    expect(code).toBe(3);
    expect(fake.requests).toHaveLength(1);
    expect(err.join("\n")).toContain("GitHub menolak token saat membaca repositori (401)");
    expect(err.join("\n")).toContain("Buat token baru dan simpan di GITHUB_TOKEN");
    expect(err.join("\n")).not.toContain("ghp_revoked_secret");
  });

  it("403: the token may read but not create rulesets", async () => {
    fake.fail({
      method: "POST",
      path: /\/rulesets$/,
      status: 403,
      body: { message: "Resource not accessible by personal access token" },
    });
    expect(await run("apply")).toBe(3);
    const text = err.join("\n");
    expect(text).toContain("Token tidak diizinkan membuat ruleset di dinas-contoh/situs (403, GitHub: “");
    expect(text).toContain('"Administration: read and write');
    expect(text).toContain("GITHUB_TOKEN dari workflow tidak pernah memiliki izin ini");
  });

  it("403: rulesets on a private repository need a paid plan", async () => {
    fake.fail({
      method: "GET",
      path: /\/rulesets$/,
      status: 403,
      body: { message: "Upgrade to GitHub Pro or make this repository public to enable this feature." },
    });
    expect(await run("plan")).toBe(3);
    expect(err.join("\n")).toContain("pada repositori privat ruleset memerlukan GitHub Pro, Team atau Enterprise");
  });

  it("404: the repository is not visible to the token", async () => {
    expect(await run("check", "--repo", "dinas-contoh/situs-privat")).toBe(3);
    const text = err.join("\n");
    expect(text).toContain('periksa nama repositori "dinas-contoh/situs-privat"');
    expect(text).toContain('"Repository access"');
  });

  it("422: GitHub rejects the ruleset with its reasons", async () => {
    fake.fail({
      method: "POST",
      path: /\/rulesets$/,
      status: 422,
      body: {
        message: "Validation Failed",
        errors: ["Invalid rule 'required_status_checks': integration 15368 not installed"],
      },
    });
    expect(await run("apply")).toBe(3);
    expect(err.join("\n")).toContain(
      "GitHub menolak isian saat membuat ruleset (422, GitHub: “Validation Failed; Invalid rule 'required_status_checks'",
    );
  });
});
