/**
 * Step 1 of the SOP on GitHub: the decree (team.yml) becomes a CODEOWNERS file and one
 * branch ruleset. `codeownersFor` and `rulesetFor` are pure; `planGovernance` compares them
 * with the live repository, `applyGovernance` makes GitHub match, `hasDrift` is the daily check.
 */
import type { RestEndpointMethodTypes } from "@octokit/rest";
import type { TeamData } from "../content/schema.ts";
import { call, explainError, isStatus, op, PERMISSIONS, type GitHub } from "./github.ts";
import {
  CODEOWNERS_PATH,
  GITHUB_ACTIONS_APP_ID,
  LEDGER_BRANCH,
  LEDGER_RULESET_NAME,
  MERGE_METHOD,
  REVIEW_CHECK,
  RULESET_NAME,
} from "./names.ts";
import {
  applyEnvironments,
  applyLabels,
  DRIFT,
  formatSettings,
  planEnvironments,
  planLabels,
  type EnvironmentPlan,
  type LabelPlan,
} from "./repo-settings.ts";
import { pejabatOf, type SiteRepo } from "./team.ts";

export type RulesetBody = Pick<
  RestEndpointMethodTypes["repos"]["createRepoRuleset"]["parameters"],
  "name" | "target" | "enforcement" | "bypass_actors" | "conditions" | "rules"
>;
type LiveRuleset = RestEndpointMethodTypes["repos"]["getRepoRuleset"]["response"]["data"];
type CodeownersErrors = RestEndpointMethodTypes["repos"]["codeownersErrors"]["response"]["data"]["errors"];

// ── what the decree asks for ─────────────────────────────────────────────────────

/**
 * Paths the officials own. `*` comes first and covers every file (code, scripts, package.json, the
 * lock file): with `require_code_owner_review` a file no line matches needs only an approval from
 * anyone with write access, i.e. another editor. GitHub: the last matching line wins, so `*` must
 * stay first and no later line may name other owners; the named paths only say what each part is.
 */
const OWNED_PATHS: { path: string; what: string }[] = [
  {
    path: "*",
    what: "Semua berkas (kode situs, skrip, package.json, package-lock.json): pejabat saja yang menyetujui",
  },
  { path: "/content/", what: "Konten: berita, pengumuman, agenda, galeri, halaman, informasi publik" },
  { path: "/content/media/", what: "Media: foto, dokumen, video" },
  { path: "/content/_data/", what: "Data situs: pengaturan, menu, bidang, tim (SK), program kerja" },
  { path: "/admin/", what: "Admin CMS dan konfigurasinya" },
  { path: "/.github/", what: "Workflow, CODEOWNERS dan templat pull request" },
];

const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The `.github/CODEOWNERS` text generated from the decree. */
export function codeownersFor(team: TeamData, teamFile = "content/_data/team.yml"): string {
  const officials = pejabatOf(team);
  const owners = officials.map((m) => `@${m.github}`).join(" ");
  const width = Math.max(...officials.map((m) => m.github.length + 1));
  const lines = [
    `# Dibuat otomatis dari ${teamFile} oleh \`npm run governance -- apply\`. Jangan disunting langsung:`,
    "# ubah team.yml, jalankan apply, lalu ajukan perubahannya lewat pull request.",
    `# SK ${oneLine(team.decree.number)} tanggal ${oneLine(team.decree.date)}: ${oneLine(team.decree.title)}`,
    "# Pejabat berwenang (persetujuan salah satu dari mereka wajib sebelum terbit):",
    ...officials.map(
      (m) => `#   ${`@${m.github}`.padEnd(width)}  ${oneLine(m.name)}${m.position ? ` — ${oneLine(m.position)}` : ""}`,
    ),
    "",
  ];
  for (const { path, what } of OWNED_PATHS) lines.push(`# ${what}`, `${path} ${owners}`);
  return `${lines.join("\n")}\n`;
}

/**
 * What is wrong with a CODEOWNERS text against the rule "`*` first, every official on every line".
 * Text drift shows the lines; this says in words why a hand edit weakens the approval.
 */
export function codeownersGaps(text: string, team: TeamData): string[] {
  const officials = pejabatOf(team).map((m) => m.github.toLowerCase());
  const rules = text
    .split("\n")
    .map((line, i) => ({ line: i + 1, parts: line.replace(/#.*/, "").trim().split(/\s+/).filter(Boolean) }))
    .filter((r) => r.parts.length > 0);
  const gaps: string[] = [];
  const first = rules[0];
  if (!first || first.parts[0] !== "*") {
    gaps.push(
      "baris aturan pertama bukan `*`: berkas yang tidak disebut (kode, skrip, package.json) cukup disetujui sesama editor",
    );
  }
  for (const r of rules) {
    const owners = r.parts.slice(1).map((o) => o.replace(/^@/, "").toLowerCase());
    const missing = officials.filter((o) => !owners.includes(o));
    const others = owners.filter((o) => !officials.includes(o));
    // The last matching line wins: a later line with other owners takes the path away from the officials.
    if (missing.length || others.length) {
      gaps.push(
        `baris ${r.line} (${r.parts[0]}): ${[missing.length ? `tanpa pejabat ${missing.map((o) => `@${o}`).join(", ")}` : "", others.length ? `memuat bukan-pejabat ${others.map((o) => `@${o}`).join(", ")}` : ""].filter(Boolean).join("; ")}`,
      );
    }
  }
  return gaps;
}

/** The ruleset, in the exact body of `POST /repos/{owner}/{repo}/rulesets`. */
export function rulesetFor(site: SiteRepo, requiredChecks: readonly string[] = [REVIEW_CHECK]): RulesetBody {
  return {
    name: RULESET_NAME,
    target: "branch",
    enforcement: "active",
    // Nobody bypasses, admins included: Decap's "force merge" and every direct push are refused.
    bypass_actors: [],
    conditions: { ref_name: { include: [`refs/heads/${site.branch}`], exclude: [] } },
    rules: [
      { type: "deletion" },
      { type: "non_fast_forward" },
      {
        type: "pull_request",
        parameters: {
          required_approving_review_count: 1,
          require_code_owner_review: true,
          dismiss_stale_reviews_on_push: true,
          // An official who edits the text needs another official's approval.
          require_last_push_approval: true,
          required_review_thread_resolution: false,
          allowed_merge_methods: [MERGE_METHOD],
        },
      },
      {
        type: "required_status_checks",
        parameters: {
          // Not strict: a branch need not be rebased on every other publication; main is rebuilt on deploy.
          strict_required_status_checks_policy: false,
          do_not_enforce_on_create: false,
          required_status_checks: requiredChecks.map((context) => ({ context, integration_id: GITHUB_ACTIONS_APP_ID })),
        },
      },
    ],
  };
}

/** The posting ledger's ruleset: appends only (no force-push), never deleted; pushes stay open to the workflow. */
export function ledgerRulesetFor(): RulesetBody {
  return {
    name: LEDGER_RULESET_NAME,
    target: "branch",
    enforcement: "active",
    bypass_actors: [],
    conditions: { ref_name: { include: [`refs/heads/${LEDGER_BRANCH}`], exclude: [] } },
    rules: [{ type: "deletion" }, { type: "non_fast_forward" }],
  };
}

// ── comparing with the live repository ───────────────────────────────────────────

export interface Drift {
  /** Dotted path, e.g. `rules.pull_request.required_approving_review_count`. */
  path: string;
  live: unknown;
  wanted: unknown;
}

/** Key-sorted JSON, arrays of objects sorted too, so order never counts as drift. */
function canonical(value: unknown): string {
  const norm = (v: unknown): unknown => {
    if (Array.isArray(v))
      return v
        .map(norm)
        .map((x) => JSON.stringify(x))
        .sort()
        .map((x) => JSON.parse(x) as unknown);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, norm((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(norm(value) ?? null);
}
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

export const NOT_VISIBLE = "(tidak terlihat: token tanpa akses admin)";
export const ABSENT = "(tidak ada)";

/** Every difference between the wanted ruleset and the live one (null: it does not exist). */
export function rulesetDrift(wanted: RulesetBody, live: LiveRuleset | null): Drift[] {
  if (!live) return [{ path: "ruleset", live: ABSENT, wanted: wanted.name }];
  const drift: Drift[] = [];
  const compare = (path: string, l: unknown, w: unknown) => {
    if (!same(l, w)) drift.push({ path, live: l === undefined ? ABSENT : l, wanted: w });
  };
  compare("enforcement", live.enforcement, wanted.enforcement);
  compare("target", live.target, wanted.target);
  const liveRef = (live.conditions as { ref_name?: { include?: string[]; exclude?: string[] } } | null | undefined)
    ?.ref_name;
  compare("conditions.ref_name.include", liveRef?.include ?? [], wanted.conditions?.ref_name?.include ?? []);
  compare("conditions.ref_name.exclude", liveRef?.exclude ?? [], wanted.conditions?.ref_name?.exclude ?? []);
  // GitHub shows the bypass list only to those who may edit the ruleset: unseen is not "empty".
  if (live.bypass_actors === undefined)
    drift.push({ path: "bypass_actors", live: NOT_VISIBLE, wanted: wanted.bypass_actors });
  else
    compare(
      "bypass_actors",
      live.bypass_actors.map(({ actor_id, actor_type, bypass_mode }) => ({ actor_id, actor_type, bypass_mode })),
      wanted.bypass_actors,
    );

  const liveRules = new Map(
    (live.rules ?? []).map((r) => [r.type, r as { type: string; parameters?: Record<string, unknown> }]),
  );
  for (const rule of wanted.rules ?? []) {
    const have = liveRules.get(rule.type);
    liveRules.delete(rule.type);
    if (!have) {
      drift.push({ path: `rules.${rule.type}`, live: ABSENT, wanted: "parameters" in rule ? rule.parameters : true });
      continue;
    }
    const params = ("parameters" in rule ? rule.parameters : undefined) as Record<string, unknown> | undefined;
    // Only what we set is compared: GitHub adds defaults of its own (and new ones over time).
    for (const [key, value] of Object.entries(params ?? {}))
      compare(`rules.${rule.type}.${key}`, have.parameters?.[key], value);
  }
  for (const extra of liveRules.values())
    drift.push({ path: `rules.${extra.type}`, live: extra.parameters ?? true, wanted: ABSENT });
  return drift;
}

// ── plan, apply, check ───────────────────────────────────────────────────────────

export interface RulesetPlan {
  action: "create" | "update" | "none";
  id: number | null;
  drift: Drift[];
  wanted: RulesetBody;
}

export interface GovernancePlan {
  repo: string;
  branch: string;
  defaultBranch: string;
  ruleset: RulesetPlan;
  /** The warta-ledger branch's ruleset (no force-push, no deletion). */
  ledger: RulesetPlan;
  environments: EnvironmentPlan[];
  labels: LabelPlan[];
  codeowners: {
    wanted: string;
    /** On the site branch on GitHub; null when absent. */
    remote: string | null;
    /** In the local checkout; null when absent or not read. */
    local: string | null;
    /** What GitHub reports wrong with the file on the branch (e.g. an official without write access). */
    errors: CodeownersErrors;
    /** Why the file on the branch no longer gives every path to the officials (`codeownersGaps`). */
    gaps: string[];
  };
  warnings: string[];
}

const READ_REPO = op("membaca repositori", PERMISSIONS.metadata);
const LIST_RULESETS = op("membaca daftar ruleset", PERMISSIONS.metadata);
const GET_RULESET = op("membaca ruleset", PERMISSIONS.metadata);
const CREATE_RULESET = op("membuat ruleset", PERMISSIONS.administration);
const UPDATE_RULESET = op("memperbarui ruleset", PERMISSIONS.administration);
const READ_CODEOWNERS = op("membaca .github/CODEOWNERS", PERMISSIONS.contentsRead);
const CODEOWNERS_ERRORS = op("memeriksa kesalahan CODEOWNERS", PERMISSIONS.contentsRead);

export interface PlanInput {
  owner: string;
  repo: string;
  team: TeamData;
  site: SiteRepo;
  teamFile?: string;
  /** The local `.github/CODEOWNERS`, if read (null: absent). */
  localCodeowners?: string | null;
  requiredChecks?: readonly string[];
}

/** Read the live settings and say what `apply` would change. Read-only. */
export async function planGovernance(gh: GitHub, input: PlanInput): Promise<GovernancePlan> {
  const { owner, repo } = input;
  const full = `${owner}/${repo}`;
  const wanted = rulesetFor(input.site, input.requiredChecks);
  const warnings: string[] = [];

  const repository = await call(READ_REPO, full, () => gh.rest.repos.get({ owner, repo }));
  const defaultBranch = repository.data.default_branch;
  if (defaultBranch !== input.site.branch) {
    warnings.push(
      `Cabang utama GitHub "${defaultBranch}" berbeda dengan site.branch "${input.site.branch}" di site.yml; ruleset dipasang pada "${input.site.branch}".`,
    );
  }

  const summaries = await call(LIST_RULESETS, full, () =>
    gh.paginate(gh.rest.repos.getRepoRulesets, { owner, repo, per_page: 100, includes_parents: false }),
  );
  const planRuleset = async (want: RulesetBody): Promise<RulesetPlan> => {
    const mine = summaries.filter((r) => r.name === want.name);
    if (mine.length > 1)
      warnings.push(
        `Ada ${mine.length} ruleset bernama "${want.name}"; hanya yang pertama (id ${mine[0]!.id}) yang dikelola.`,
      );
    const live = mine[0]
      ? (await call(GET_RULESET, full, () => gh.rest.repos.getRepoRuleset({ owner, repo, ruleset_id: mine[0]!.id })))
          .data
      : null;
    const drift = rulesetDrift(want, live);
    return {
      action: !live ? "create" : drift.length > 0 ? "update" : "none",
      id: live?.id ?? null,
      drift,
      wanted: want,
    };
  };
  const ruleset = await planRuleset(wanted);
  const ledger = await planRuleset(ledgerRulesetFor());
  const environments = await planEnvironments(gh, owner, repo, input.site.branch);
  const labels = await planLabels(gh, owner, repo);

  let remote: string | null = null;
  try {
    const res = await gh.rest.repos.getContent({ owner, repo, path: CODEOWNERS_PATH, ref: input.site.branch });
    const file = res.data as { type?: string; content?: string; encoding?: string };
    if (file.type === "file" && typeof file.content === "string")
      remote = Buffer.from(file.content, (file.encoding as BufferEncoding) ?? "base64").toString("utf8");
  } catch (error) {
    // The repository was readable a moment ago, so a 404 here means the file is not on the branch yet.
    if (!isStatus(error, 404)) throw explainError(error, READ_CODEOWNERS, full);
  }
  let errors: CodeownersErrors = [];
  if (remote !== null) {
    try {
      errors = (await gh.rest.repos.codeownersErrors({ owner, repo, ref: input.site.branch })).data.errors;
    } catch (error) {
      if (!isStatus(error, 404)) throw explainError(error, CODEOWNERS_ERRORS, full);
    }
  }

  return {
    repo: full,
    branch: input.site.branch,
    defaultBranch,
    ruleset,
    ledger,
    environments,
    labels,
    codeowners: {
      wanted: codeownersFor(input.team, input.teamFile),
      remote,
      local: input.localCodeowners ?? null,
      errors,
      gaps: remote === null ? [] : codeownersGaps(remote, input.team),
    },
    warnings,
  };
}

export interface ApplyResult {
  rulesetId: number;
  ruleset: "created" | "updated" | "unchanged";
  ledger: "created" | "updated" | "unchanged";
  /** Whether the local CODEOWNERS was (re)written. */
  codeownersWritten: boolean;
}

/**
 * Make the ruleset match, and write CODEOWNERS locally through `writeLocal`. CODEOWNERS is not
 * pushed: once the ruleset is active nothing (this tool included) may write to the branch
 * without an approved pull request, so the file travels the normal way.
 */
export async function applyGovernance(
  gh: GitHub,
  plan: GovernancePlan,
  writeLocal: (text: string) => Promise<void>,
): Promise<ApplyResult> {
  const { owner, repo } = splitFull(plan.repo);
  const applyRuleset = async (r: RulesetPlan): Promise<{ id: number; state: ApplyResult["ruleset"] }> => {
    if (r.action === "create")
      return {
        id: (await call(CREATE_RULESET, plan.repo, () => gh.rest.repos.createRepoRuleset({ owner, repo, ...r.wanted })))
          .data.id,
        state: "created",
      };
    if (r.action === "update") {
      await call(UPDATE_RULESET, plan.repo, () =>
        gh.rest.repos.updateRepoRuleset({ owner, repo, ruleset_id: r.id!, ...r.wanted }),
      );
      return { id: r.id!, state: "updated" };
    }
    return { id: r.id ?? 0, state: "unchanged" };
  };
  const main = await applyRuleset(plan.ruleset);
  const ledger = await applyRuleset(plan.ledger);
  await applyEnvironments(gh, owner, repo, plan.branch, plan.environments);
  await applyLabels(gh, owner, repo, plan.labels);
  const codeownersWritten = plan.codeowners.local !== plan.codeowners.wanted;
  if (codeownersWritten) await writeLocal(plan.codeowners.wanted);
  return { rulesetId: main.id, ruleset: main.state, ledger: ledger.state, codeownersWritten };
}

function splitFull(full: string) {
  const [owner, repo] = full.split("/") as [string, string];
  return { owner, repo };
}

/** What `check` fails on: the live settings differ from what team.yml asks for. */
export function hasDrift(plan: GovernancePlan): boolean {
  return (
    plan.ruleset.drift.length > 0 ||
    plan.ledger.drift.length > 0 ||
    plan.environments.some((e) => e.action !== "none") ||
    plan.labels.some((l) => l.action !== "none") ||
    plan.codeowners.remote !== plan.codeowners.wanted ||
    plan.codeowners.errors.length > 0
  );
}

// ── the readable report ──────────────────────────────────────────────────────────

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** A line diff of two texts (small files: a plain LCS is enough). */
export function lineDiff(from: string, to: string): string[] {
  const a = from.split("\n");
  const b = to.split("\n");
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push(`+ ${b[j++]}`);
    else out.push(`- ${a[i++]}`);
  }
  return out;
}

/** The plan in words, for the office admin (GitHub's own names — ruleset, environment, label — kept as its UI shows them). */
export function formatPlan(plan: GovernancePlan, mode: "plan" | "check" = "plan"): string {
  const out: string[] = [`Repositori ${plan.repo}, cabang ${plan.branch}`];
  const verdict = (todo: string) => (mode === "plan" ? todo : DRIFT);
  for (const w of plan.warnings) out.push(`! ${w}`);
  for (const r of [plan.ruleset, plan.ledger]) {
    const name = r.wanted.name;
    if (r.action === "create") out.push(`Ruleset "${name}": belum ada → ${verdict("akan dibuat")}`);
    else if (r.action === "update") {
      out.push(`Ruleset "${name}" (id ${r.id}): ${r.drift.length} perbedaan → ${verdict("akan diperbarui")}`);
      for (const d of r.drift) out.push(`  ${d.path}: di GitHub ${show(d.live)} → seharusnya ${show(d.wanted)}`);
    } else out.push(`Ruleset "${name}" (id ${r.id}): ${r === plan.ruleset ? "sesuai team.yml" : "sesuai ketentuan"}`);
  }
  out.push(...formatSettings(plan.environments, plan.labels, plan.branch, mode));

  const c = plan.codeowners;
  const onBranch = `${CODEOWNERS_PATH} di cabang ${plan.branch}`;
  if (c.remote === c.wanted) out.push(`${onBranch}: sesuai team.yml`);
  else {
    const state = c.remote === null ? "belum ada" : "berbeda dari team.yml";
    out.push(`${onBranch}: ${state}${mode === "check" ? ` → ${DRIFT}` : ""}`);
    out.push(...lineDiff(c.remote ?? "", c.wanted).map((l) => `  ${l}`));
  }
  if (mode === "plan") {
    out.push(
      c.local === c.wanted
        ? `${CODEOWNERS_PATH} (lokal): sudah sesuai`
        : `${CODEOWNERS_PATH} (lokal): akan ditulis oleh apply; commit berkas itu lalu gabungkan lewat pull request`,
    );
  }
  for (const g of c.gaps) out.push(`! ${onBranch}: ${g}`);
  for (const e of c.errors) {
    out.push(
      `! CODEOWNERS baris ${e.line}: GitHub melaporkan “${oneLine(e.message)}”; periksa akun GitHub pejabat di team.yml dan undang dengan peran Write (docs/penyiapan-github.md, langkah 3)`,
    );
  }
  return out.join("\n");
}

const APPLIED = { created: "dibuat", updated: "diperbarui", unchanged: "tidak berubah" } as const;

/** What `apply` did, after the plan it carried out. */
export function formatApplied(result: ApplyResult, codeownersFile: string): string {
  return [
    `Ruleset "${RULESET_NAME}" ${APPLIED[result.ruleset]} (id ${result.rulesetId}); ruleset "${LEDGER_RULESET_NAME}" ${APPLIED[result.ledger]}.`,
    result.codeownersWritten
      ? `${codeownersFile} ditulis. Commit berkas itu di cabang baru lalu gabungkan lewat pull request (ruleset tidak mengizinkan cara lain).`
      : `${codeownersFile} sudah sesuai; tidak ada yang ditulis.`,
  ].join("\n");
}
