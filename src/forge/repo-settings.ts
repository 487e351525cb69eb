/**
 * The repository settings governance keeps beside the ruleset: the deployment environments (each
 * deployable from the site branch only, so their secrets never reach a pull request's code) and
 * the labels the approval flow reads. Plan reads, apply makes GitHub match, both in REST's shapes:
 * `PUT /repos/{o}/{r}/environments/{name}` with `deployment_branch_policy`, then
 * `POST …/environments/{name}/deployment-branch-policies` `{ name, type: "branch" }`.
 */
import { call, explainError, isStatus, op, PERMISSIONS, type GitHub } from "./github.ts";
import { ENVIRONMENTS, LABELS } from "./names.ts";

/** "Selected branches and tags" in the UI; `protected_branches: true` would admit any protected branch. */
export const BRANCH_POLICY = { protected_branches: false, custom_branch_policies: true } as const;

/**
 * The protection an office set by hand (required reviewers, wait timer), in the body of
 * `PUT …/environments/{name}`. The REST docs list them as optional fields of that one PUT and do not
 * promise that an omitted field keeps its value, so an update sends the live ones back.
 */
export interface EnvironmentProtection {
  wait_timer?: number;
  prevent_self_review?: boolean;
  reviewers?: { type: "User" | "Team"; id: number }[];
}

export interface EnvironmentPlan {
  name: string;
  /** create: absent; update: present but deployable from elsewhere; none: as wanted. */
  action: "create" | "update" | "none";
  /** The live `deployment_branch_policy` (null: every branch may deploy); undefined when absent. */
  livePolicy?: { protected_branches: boolean; custom_branch_policies: boolean } | null;
  /** Whether the policy naming the site branch exists. */
  hasBranchPolicy: boolean;
  /** Other name patterns (branches or tags) that may deploy; apply deletes them. */
  extraPolicies: { id: number; name: string; type: string }[];
  /** The live reviewers and wait timer, kept by apply. */
  protection?: EnvironmentProtection;
}

export interface LabelPlan {
  name: string;
  color: string;
  description: string;
  /** rename: present under another spelling (GitHub's label names ignore case, the workflows' checks do not). */
  action: "create" | "rename" | "none";
  /** The live name when it differs in case only. */
  liveName?: string;
}

const READ_ENV = op("membaca environment", PERMISSIONS.actionsRead);
const READ_POLICIES = op("membaca kebijakan cabang environment", PERMISSIONS.actionsRead);
const WRITE_ENV = op("membuat atau memperbarui environment", PERMISSIONS.administration);
const ADD_POLICY = op("menambah kebijakan cabang environment", PERMISSIONS.administration);
const DROP_POLICY = op("menghapus kebijakan cabang environment", PERMISSIONS.administration);
const READ_LABEL = op("membaca label", PERMISSIONS.metadata);
const CREATE_LABEL = op("membuat label", PERMISSIONS.issues);
const RENAME_LABEL = op("mengganti nama label", PERMISSIONS.issues);

type LiveEnvironment = Awaited<ReturnType<GitHub["rest"]["repos"]["getEnvironment"]>>["data"];

/** The hand-set protection rules of a live environment, as the PUT body takes them. */
export function protectionOf(env: LiveEnvironment): EnvironmentProtection {
  const kept: EnvironmentProtection = {};
  for (const rule of env.protection_rules ?? []) {
    if (rule.type === "wait_timer" && "wait_timer" in rule && typeof rule.wait_timer === "number")
      kept.wait_timer = rule.wait_timer;
    if (rule.type === "required_reviewers" && "reviewers" in rule) {
      if (typeof rule.prevent_self_review === "boolean") kept.prevent_self_review = rule.prevent_self_review;
      kept.reviewers = (rule.reviewers ?? [])
        .filter((r) => r.reviewer && (r.type === "User" || r.type === "Team"))
        .map((r) => ({ type: r.type as "User" | "Team", id: Number(r.reviewer!.id) }));
    }
  }
  return kept;
}

export async function planEnvironments(
  gh: GitHub,
  owner: string,
  repo: string,
  branch: string,
): Promise<EnvironmentPlan[]> {
  const full = `${owner}/${repo}`;
  const plans: EnvironmentPlan[] = [];
  for (const { name } of ENVIRONMENTS) {
    let env;
    try {
      env = (await gh.rest.repos.getEnvironment({ owner, repo, environment_name: name })).data;
    } catch (error) {
      if (!isStatus(error, 404)) throw explainError(error, READ_ENV, full);
      plans.push({ name, action: "create", hasBranchPolicy: false, extraPolicies: [] });
      continue;
    }
    const livePolicy = env.deployment_branch_policy ?? null;
    const custom = livePolicy?.custom_branch_policies === true && livePolicy.protected_branches === false;
    // The policy list exists only for custom policies; otherwise there is nothing to read.
    const policies = custom
      ? await call(READ_POLICIES, full, () =>
          gh.paginate(gh.rest.repos.listDeploymentBranchPolicies, {
            owner,
            repo,
            environment_name: name,
            per_page: 100,
          }),
        )
      : [];
    const mine = (p: { name?: string; type?: string }) => p.name === branch && (p.type ?? "branch") === "branch";
    const hasBranchPolicy = policies.some(mine);
    const extraPolicies = policies
      .filter((p) => !mine(p))
      .map((p) => ({ id: p.id ?? 0, name: p.name ?? "", type: p.type ?? "branch" }));
    plans.push({
      name,
      action: custom && hasBranchPolicy && extraPolicies.length === 0 ? "none" : "update",
      livePolicy,
      hasBranchPolicy,
      extraPolicies,
      protection: protectionOf(env),
    });
  }
  return plans;
}

export async function applyEnvironments(
  gh: GitHub,
  owner: string,
  repo: string,
  branch: string,
  plans: EnvironmentPlan[],
): Promise<void> {
  const full = `${owner}/${repo}`;
  for (const plan of plans) {
    if (plan.action === "none") continue;
    const environment_name = plan.name;
    const custom = plan.livePolicy?.custom_branch_policies === true && plan.livePolicy.protected_branches === false;
    // The branch policy changes; reviewers and wait timer set by hand go back as they were.
    if (!custom) {
      await call(WRITE_ENV, full, () =>
        gh.rest.repos.createOrUpdateEnvironment({
          owner,
          repo,
          environment_name,
          ...plan.protection,
          deployment_branch_policy: BRANCH_POLICY,
        }),
      );
    }
    if (!plan.hasBranchPolicy) {
      await call(ADD_POLICY, full, () =>
        gh.rest.repos.createDeploymentBranchPolicy({ owner, repo, environment_name, name: branch, type: "branch" }),
      );
    }
    for (const extra of plan.extraPolicies) {
      await call(DROP_POLICY, full, () =>
        gh.rest.repos.deleteDeploymentBranchPolicy({ owner, repo, environment_name, branch_policy_id: extra.id }),
      );
    }
  }
}

export async function planLabels(gh: GitHub, owner: string, repo: string): Promise<LabelPlan[]> {
  const full = `${owner}/${repo}`;
  const plans: LabelPlan[] = [];
  for (const label of LABELS) {
    // GitHub finds a label whatever its case ("Ditolak" for "ditolak") and refuses a second spelling
    // with 422; the approval workflow and decide() compare the exact name.
    let liveName: string | undefined;
    try {
      liveName = (await gh.rest.issues.getLabel({ owner, repo, name: label.name })).data.name;
    } catch (error) {
      if (!isStatus(error, 404)) throw explainError(error, READ_LABEL, full);
    }
    if (liveName === undefined) plans.push({ ...label, action: "create" });
    else if (liveName !== label.name) plans.push({ ...label, action: "rename", liveName });
    else plans.push({ ...label, action: "none" });
  }
  return plans;
}

export async function applyLabels(gh: GitHub, owner: string, repo: string, plans: LabelPlan[]): Promise<void> {
  for (const { name, color, description, action, liveName } of plans) {
    if (action === "create")
      await call(CREATE_LABEL, `${owner}/${repo}`, () =>
        gh.rest.issues.createLabel({ owner, repo, name, color, description }),
      );
    if (action === "rename") {
      await call(RENAME_LABEL, `${owner}/${repo}`, () =>
        gh.rest.issues.updateLabel({ owner, repo, name: liveName!, new_name: name, color, description }),
      );
    }
  }
}

/**
 * The word `check` puts where `plan` says what apply would do: the daily workflow's log and the
 * docs (penyiapan-github.md, langkah 10) tell the admin to look for it.
 */
export const DRIFT = "MENYIMPANG";

/** The plan in words, one line per environment and label, and what is wrong with each. */
export function formatSettings(
  environments: EnvironmentPlan[],
  labels: LabelPlan[],
  branch: string,
  mode: "plan" | "check",
): string[] {
  const out: string[] = [];
  const verdict = (todo: string) => (mode === "plan" ? todo : DRIFT);
  for (const e of environments) {
    if (e.action === "none") out.push(`Environment "${e.name}": hanya dapat dipakai dari cabang ${branch}`);
    else if (e.action === "create")
      out.push(
        `Environment "${e.name}": belum ada → ${verdict(`akan dibuat, hanya dapat dipakai dari cabang ${branch}`)}`,
      );
    else {
      const why: string[] = [];
      const p = e.livePolicy;
      if (!p) why.push("semua cabang dapat memakainya");
      else if (p.protected_branches) why.push("semua cabang terlindungi dapat memakainya");
      if (!e.hasBranchPolicy) why.push(`cabang ${branch} tidak termasuk yang diizinkan`);
      for (const x of e.extraPolicies)
        why.push(`${x.type === "tag" ? "tag" : "cabang"} "${x.name}" juga dapat memakainya`);
      out.push(`Environment "${e.name}": ${why.join("; ")} → ${verdict(`akan dibatasi ke cabang ${branch}`)}`);
    }
  }
  for (const l of labels) {
    if (l.action === "none") out.push(`Label "${l.name}": ada`);
    else if (l.action === "rename")
      out.push(
        `Label "${l.name}": tertulis "${l.liveName}", yang tidak dibaca alur persetujuan → ${verdict(`akan diganti namanya menjadi "${l.name}"`)}`,
      );
    else out.push(`Label "${l.name}": belum ada → ${verdict("akan dibuat")}`);
  }
  return out;
}
