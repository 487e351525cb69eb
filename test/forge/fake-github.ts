/**
 * A local GitHub REST server for tests: the endpoints Warta calls, answering in the shapes of
 * GitHub's OpenAPI description (`@octokit/openapi-types`), keeping state, and recording
 * every request it was sent. Listing endpoints paginate with `Link` headers like GitHub.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { components } from "@octokit/openapi-types";

type S = components["schemas"];
export type Ruleset = S["repository-ruleset"];
export type IssueComment = S["issue-comment"];
export type Review = S["pull-request-review"];
export type CheckRun = S["check-run"];
export type Environment = S["environment"];
export type BranchPolicy = S["deployment-branch-policy"];
export type Label = S["label"];
export type CommitStatus = S["simple-commit-status"];
/** The fields of a pull request Warta reads (the full object has ~80 required fields). */
export type PullRequest = Pick<
  S["pull-request"],
  "number" | "state" | "draft" | "merged" | "title" | "html_url" | "url" | "id" | "node_id"
> & {
  user: S["simple-user"];
  labels: Pick<S["label"], "id" | "node_id" | "url" | "name" | "description" | "color" | "default">[];
  head: { ref: string; sha: string; label: string; repo: { full_name: string } | null; user: S["simple-user"] };
  base: { ref: string; sha: string; label: string; repo: { full_name: string }; user: S["simple-user"] };
  requested_reviewers: S["simple-user"][];
};

export interface RecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/repos/o/r/rulesets`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
}

export interface Failure {
  method: string;
  path: RegExp;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** How many times to fail; default every time. */
  times?: number;
}

export interface FakeOptions {
  owner?: string;
  repo?: string;
  token?: string;
  defaultBranch?: string;
  private?: boolean;
}

let nextId = 1000;
const id = () => nextId++;
const now = () => new Date().toISOString();

export function user(login: string, type = "User"): S["simple-user"] {
  const api = `https://api.github.com/users/${login}`;
  return {
    login,
    id: login.length * 1000 + login.charCodeAt(0),
    node_id: `U_${login}`,
    avatar_url: `https://avatars.githubusercontent.com/${login}`,
    gravatar_id: "",
    url: api,
    html_url: `https://github.com/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type,
    site_admin: false,
  };
}
export const BOT = user("github-actions[bot]", "Bot");

export class FakeGitHub {
  readonly owner: string;
  readonly repo: string;
  token: string;
  defaultBranch: string;
  private: boolean;
  url = "";
  readonly requests: RecordedRequest[] = [];
  readonly failures: Failure[] = [];

  rulesets: Ruleset[] = [];
  /** Simulate a token without write access to rulesets: GitHub then leaves `bypass_actors` out. */
  hideBypassActors = false;
  /** Files on the default branch, by path. */
  files = new Map<string, string>();
  codeownersErrors: S["codeowners-errors"]["errors"] = [];
  comments = new Map<number, IssueComment[]>();
  pulls = new Map<number, PullRequest>();
  reviews = new Map<number, Review[]>();
  checkRuns = new Map<string, CheckRun[]>();
  statuses = new Map<string, CommitStatus[]>();
  branches = new Set<string>();
  /** Paths each pull request changes (`GET /pulls/{n}/files`). */
  pullFiles = new Map<number, string[]>();
  /** Who made each commit (`GET /commits/{sha}`): GitHub accounts of its author and committer. */
  commits = new Map<string, { author: string; committer: string; date?: string }>();
  dispatches: { workflow: string; ref: string }[] = [];
  /** Deployment environments by name, each with its branch policies. */
  environments = new Map<string, { env: Environment; policies: BranchPolicy[] }>();
  /** Repository labels by name. */
  labels = new Map<string, Label>();

  private server: Server | null = null;

  constructor(options: FakeOptions = {}) {
    this.owner = options.owner ?? "dinas-contoh";
    this.repo = options.repo ?? "situs";
    this.token = options.token ?? "ghp_test_token";
    this.defaultBranch = options.defaultBranch ?? "main";
    this.private = options.private ?? false;
    this.branches.add(this.defaultBranch);
  }

  get fullName() {
    return `${this.owner}/${this.repo}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: String(error) }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests other than reads, as `METHOD path`. */
  writes(): string[] {
    return this.requests.filter((r) => r.method !== "GET").map((r) => `${r.method} ${r.path}`);
  }

  fail(failure: Failure) {
    this.failures.push(failure);
  }

  // ── fixtures ──────────────────────────────────────────────────────────────────

  addPull(p: {
    number: number;
    author: string;
    headSha: string;
    headRef?: string;
    title?: string;
    labels?: string[];
    draft?: boolean;
    base?: string;
    files?: string[];
    pushedBy?: string;
  }): PullRequest {
    const api = `${this.url}/repos/${this.fullName}`;
    const pull: PullRequest = {
      id: id(),
      node_id: `PR_${p.number}`,
      number: p.number,
      url: `${api}/pulls/${p.number}`,
      html_url: `https://github.com/${this.fullName}/pull/${p.number}`,
      state: "open",
      draft: p.draft ?? false,
      merged: false,
      title: p.title ?? `Create Berita “contoh-${p.number}”`,
      user: user(p.author),
      labels: (p.labels ?? []).map((name) => this.label(name)),
      head: {
        ref: p.headRef ?? `cms/berita/contoh-${p.number}`,
        sha: p.headSha,
        label: `${this.owner}:cms`,
        repo: { full_name: this.fullName },
        user: user(this.owner),
      },
      base: {
        ref: p.base ?? this.defaultBranch,
        sha: "b".repeat(40),
        label: `${this.owner}:${this.defaultBranch}`,
        repo: { full_name: this.fullName },
        user: user(this.owner),
      },
      requested_reviewers: [],
    };
    this.pulls.set(p.number, pull);
    this.branches.add(pull.head.ref);
    this.pullFiles.set(p.number, p.files ?? [`content/berita/contoh-${p.number}.md`]);
    this.commits.set(p.headSha, { author: p.pushedBy ?? p.author, committer: p.pushedBy ?? p.author, date: now() });
    return pull;
  }

  addReview(
    pullNumber: number,
    r: {
      by: string;
      state: "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED";
      commit: string;
      body?: string;
    },
  ): Review {
    const review: Review = {
      id: id(),
      node_id: `PRR_${nextId}`,
      user: user(r.by),
      body: r.body ?? "",
      state: r.state,
      html_url: `https://github.com/${this.fullName}/pull/${pullNumber}#pullrequestreview-${nextId}`,
      pull_request_url: `${this.url}/repos/${this.fullName}/pulls/${pullNumber}`,
      _links: { html: { href: "" }, pull_request: { href: "" } },
      submitted_at: now(),
      commit_id: r.commit,
      author_association: "COLLABORATOR",
    };
    this.reviews.set(pullNumber, [...(this.reviews.get(pullNumber) ?? []), review]);
    return review;
  }

  addCheckRun(
    sha: string,
    name: string,
    status: "queued" | "in_progress" | "completed",
    conclusion: CheckRun["conclusion"] = null,
  ): CheckRun {
    const run: CheckRun = {
      id: id(),
      head_sha: sha,
      node_id: `CR_${nextId}`,
      external_id: "",
      url: `${this.url}/repos/${this.fullName}/check-runs/${nextId}`,
      html_url: `https://github.com/${this.fullName}/runs/${nextId}`,
      details_url: null,
      status,
      conclusion: status === "completed" ? conclusion : null,
      started_at: now(),
      completed_at: status === "completed" ? now() : null,
      output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: "" },
      name,
      check_suite: { id: 1 },
      app: null,
      pull_requests: [],
    };
    this.checkRuns.set(sha, [...(this.checkRuns.get(sha) ?? []), run]);
    return run;
  }

  addStatus(sha: string, context: string, state: "success" | "failure" | "pending" | "error"): void {
    const status: CommitStatus = {
      id: id(),
      node_id: `S_${nextId}`,
      description: null,
      state,
      context,
      target_url: null,
      avatar_url: null,
      url: `${this.url}/repos/${this.fullName}/statuses/${sha}`,
      created_at: now(),
      updated_at: now(),
    };
    this.statuses.set(sha, [...(this.statuses.get(sha) ?? []), status]);
  }

  addComment(issue: number, by: string, body: string, type = "User"): IssueComment {
    const n = id();
    const comment: IssueComment = {
      id: n,
      node_id: `IC_${n}`,
      url: `${this.url}/repos/${this.fullName}/issues/comments/${n}`,
      html_url: `https://github.com/${this.fullName}/pull/${issue}#issuecomment-${n}`,
      issue_url: `${this.url}/repos/${this.fullName}/issues/${issue}`,
      body,
      user: user(by, type),
      created_at: now(),
      updated_at: now(),
      author_association: "COLLABORATOR",
    };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  addRuleset(body: Omit<Ruleset, "id" | "source" | "source_type">): Ruleset {
    const n = id();
    const ruleset: Ruleset = {
      ...structuredClone(body),
      id: n,
      source: this.fullName,
      source_type: "Repository",
      node_id: `RRS_${n}`,
      created_at: now(),
      updated_at: now(),
    };
    this.rulesets.push(ruleset);
    return ruleset;
  }

  /** An environment as GitHub shows it; `policy` null means every branch may deploy. */
  addEnvironment(
    name: string,
    policy: Environment["deployment_branch_policy"] = null,
    branches: { name: string; type?: "branch" | "tag" }[] = [],
  ) {
    const n = id();
    const env: Environment = {
      id: n,
      node_id: `EN_${n}`,
      name,
      url: `${this.url}/repos/${this.fullName}/environments/${name}`,
      html_url: `https://github.com/${this.fullName}/deployments/activity_log?environments_filter=${name}`,
      created_at: now(),
      updated_at: now(),
      protection_rules: [],
      deployment_branch_policy: policy,
    };
    const entry = { env, policies: branches.map((b) => this.policy(b.name, b.type ?? "branch")) };
    this.environments.set(name, entry);
    return entry;
  }

  /** `protection_rules` as GET shows them: a wait_timer rule, a required_reviewers rule with the accounts. */
  protectionRules(
    waitTimer: number | undefined,
    preventSelfReview: boolean | undefined,
    reviewers: { type?: "User" | "Team"; id?: number }[],
  ): NonNullable<Environment["protection_rules"]> {
    const rules: NonNullable<Environment["protection_rules"]> = [];
    if (waitTimer) rules.push({ id: id(), node_id: `GA_${nextId}`, type: "wait_timer", wait_timer: waitTimer });
    if (reviewers.length) {
      rules.push({
        id: id(),
        node_id: `GA_${nextId}`,
        type: "required_reviewers",
        prevent_self_review: preventSelfReview ?? false,
        reviewers: reviewers.map((r) => ({
          type: r.type ?? "User",
          reviewer: { ...user(`akun-${r.id}`), id: r.id ?? 0 },
        })),
      });
    }
    return rules;
  }

  private policy(name: string, type: "branch" | "tag"): BranchPolicy {
    const n = id();
    return { id: n, node_id: `DBP_${n}`, name, type };
  }

  private label(name: string) {
    return {
      id: name.length,
      node_id: `L_${name}`,
      url: `${this.url}/repos/${this.fullName}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: "ededed",
      default: false,
    };
  }

  // ── HTTP ──────────────────────────────────────────────────────────────────────

  private async handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const body: unknown = raw ? JSON.parse(raw) : undefined;
    const method = req.method ?? "GET";
    this.requests.push({
      method,
      path: decodeURIComponent(url.pathname),
      query: Object.fromEntries(url.searchParams),
      body,
    });

    const send = (status: number, data?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, {
        "content-type": "application/json; charset=utf-8",
        "x-github-api-version-selected": "2022-11-28",
        ...headers,
      });
      res.end(data === undefined ? "" : JSON.stringify(data));
    };

    const auth = req.headers.authorization ?? "";
    if (auth !== `token ${this.token}` && auth !== `bearer ${this.token}`) {
      return send(401, {
        message: "Bad credentials",
        documentation_url: "https://docs.github.com/rest",
        status: "401",
      });
    }
    const failure = this.failures.find((f) => f.method === method && f.path.test(url.pathname) && (f.times ?? 1) > 0);
    if (failure) {
      if (failure.times !== undefined) failure.times--;
      return send(failure.status, failure.body, failure.headers);
    }

    const prefix = `/repos/${this.owner}/${this.repo}`;
    const path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix))
      return send(404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
    const rest = path.slice(prefix.length);
    const route = (pattern: RegExp) => pattern.exec(rest);
    let m: RegExpExecArray | null;

    // repository
    if (method === "GET" && rest === "") {
      return send(200, {
        id: 1,
        node_id: "R_1",
        name: this.repo,
        full_name: this.fullName,
        private: this.private,
        default_branch: this.defaultBranch,
        owner: user(this.owner, "Organization"),
        html_url: `https://github.com/${this.fullName}`,
        url: `${this.url}${prefix}`,
        permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
      } satisfies Partial<S["full-repository"]>);
    }

    // rulesets
    if (method === "GET" && rest === "/rulesets") {
      return this.page(
        url,
        send,
        this.rulesets.map(
          ({ id, name, target, source_type, source, enforcement, node_id, _links, created_at, updated_at }) => ({
            id,
            name,
            target,
            source_type,
            source,
            enforcement,
            node_id,
            _links,
            created_at,
            updated_at,
          }),
        ),
      );
    }
    if ((m = route(/^\/rulesets\/(\d+)$/))) {
      const i = this.rulesets.findIndex((r) => r.id === Number(m![1]));
      if (i < 0) return send(404, { message: "Not Found" });
      if (method === "GET") {
        const r = structuredClone(this.rulesets[i]!);
        if (this.hideBypassActors) delete r.bypass_actors;
        return send(200, { ...r, current_user_can_bypass: "never" });
      }
      if (method === "PUT") {
        const input = body as Partial<Ruleset>;
        this.rulesets[i] = { ...this.rulesets[i]!, ...structuredClone(input), updated_at: now() };
        return send(200, this.rulesets[i]);
      }
    }
    if (method === "POST" && rest === "/rulesets") {
      const input = body as Ruleset;
      if (this.rulesets.some((r) => r.name === input.name))
        return send(422, { message: "Validation Failed", errors: ["Name must be unique"] });
      return send(201, this.addRuleset(input));
    }

    // environments and their deployment branch policies (REST "Deployment environments", "Deployment branch policies")
    if ((m = route(/^\/environments\/([^/]+)$/))) {
      const name = m[1]!;
      if (method === "GET") {
        const entry = this.environments.get(name);
        return entry
          ? send(200, entry.env)
          : send(404, {
              message: "Not Found",
              documentation_url: "https://docs.github.com/rest/deployments/environments#get-an-environment",
            });
      }
      if (method === "PUT") {
        const input = (body ?? {}) as {
          deployment_branch_policy?: Environment["deployment_branch_policy"];
          wait_timer?: number;
          prevent_self_review?: boolean;
          reviewers?: { type?: "User" | "Team"; id?: number }[] | null;
        };
        const policy = input.deployment_branch_policy ?? null;
        // Documented: protected_branches and custom_branch_policies must differ.
        if (policy && policy.protected_branches === policy.custom_branch_policies) {
          return send(422, {
            message: "Validation Failed",
            errors: ["protected_branches and custom_branch_policies cannot have the same value"],
          });
        }
        const entry = this.environments.get(name) ?? this.addEnvironment(name);
        entry.env.deployment_branch_policy = policy;
        // Strict on purpose: the docs give every field of this PUT as optional and promise nothing
        // for an omitted one, so the fake takes the body as the whole protection. A client that
        // leaves out the reviewers an office set by hand loses them here.
        entry.env.protection_rules = this.protectionRules(
          input.wait_timer,
          input.prevent_self_review,
          input.reviewers ?? [],
        );
        entry.env.updated_at = now();
        if (!policy?.custom_branch_policies) entry.policies = [];
        return send(200, entry.env);
      }
    }
    if ((m = route(/^\/environments\/([^/]+)\/deployment-branch-policies(?:\/(\d+))?$/))) {
      const entry = this.environments.get(m[1]!);
      // Documented: these endpoints need deployment_branch_policy.custom_branch_policies set to true.
      if (!entry || !entry.env.deployment_branch_policy?.custom_branch_policies)
        return send(404, { message: "Not Found" });
      if (method === "GET" && !m[2]) {
        const { perPage, pageNo } = this.pageParams(url);
        return send(
          200,
          {
            total_count: entry.policies.length,
            branch_policies: entry.policies.slice((pageNo - 1) * perPage, pageNo * perPage),
          },
          this.link(url, entry.policies.length, perPage, pageNo),
        );
      }
      if (method === "POST" && !m[2]) {
        const input = body as { name: string; type?: "branch" | "tag" };
        if (entry.policies.some((p) => p.name === input.name && p.type === (input.type ?? "branch")))
          return send(303, undefined, {
            location: `${this.url}${prefix}/environments/${m[1]}/deployment-branch-policies`,
          });
        const policy = this.policy(input.name, input.type ?? "branch");
        entry.policies.push(policy);
        return send(200, policy);
      }
      if (method === "DELETE" && m[2]) {
        const before = entry.policies.length;
        entry.policies = entry.policies.filter((p) => p.id !== Number(m![2]));
        return entry.policies.length === before ? send(404, { message: "Not Found" }) : send(204);
      }
    }

    // repository labels. GitHub matches label names without regard to case: GET /labels/ditolak finds
    // "Ditolak", and creating "ditolak" beside "Ditolak" is 422 already_exists.
    const labelKey = (name: string) => [...this.labels.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
    const labelTaken = () =>
      send(422, {
        message: "Validation Failed",
        errors: [{ resource: "Label", code: "already_exists", field: "name" }],
        documentation_url: "https://docs.github.com/rest/issues/labels#create-a-label",
      });
    if (method === "GET" && (m = route(/^\/labels\/(.+)$/))) {
      const key = labelKey(m[1]!);
      return key
        ? send(200, this.labels.get(key))
        : send(404, {
            message: "Not Found",
            documentation_url: "https://docs.github.com/rest/issues/labels#get-a-label",
          });
    }
    if (method === "POST" && rest === "/labels") {
      const input = (body ?? {}) as { name?: string; color?: string; description?: string };
      if (!input.name)
        return send(422, {
          message: "Validation Failed",
          errors: [{ resource: "Label", code: "missing_field", field: "name" }],
        });
      if (labelKey(input.name)) return labelTaken();
      const label = {
        ...this.label(input.name),
        color: input.color ?? "ededed",
        description: input.description ?? null,
      };
      this.labels.set(input.name, label);
      return send(201, label);
    }
    if (method === "PATCH" && (m = route(/^\/labels\/(.+)$/))) {
      const key = labelKey(m[1]!);
      if (!key) return send(404, { message: "Not Found" });
      const input = (body ?? {}) as { new_name?: string; color?: string; description?: string };
      const other = input.new_name ? labelKey(input.new_name) : undefined;
      if (other && other !== key) return labelTaken();
      const label = {
        ...this.labels.get(key)!,
        ...(input.new_name ? { name: input.new_name } : {}),
        ...(input.color ? { color: input.color } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
      };
      this.labels.delete(key);
      this.labels.set(label.name, label);
      return send(200, label);
    }

    // contents and CODEOWNERS errors
    if (method === "GET" && (m = route(/^\/contents\/(.+)$/))) {
      const file = m[1]!;
      const text = this.files.get(file);
      if (text === undefined)
        return send(404, {
          message: "Not Found",
          documentation_url: "https://docs.github.com/rest/repos/contents#get-repository-content",
        });
      const content: S["content-file"] = {
        type: "file",
        encoding: "base64",
        size: Buffer.byteLength(text),
        name: file.split("/").pop()!,
        path: file,
        content: Buffer.from(text)
          .toString("base64")
          .replace(/(.{60})/g, "$1\n"),
        sha: "c".repeat(40),
        url: `${this.url}${prefix}/contents/${file}`,
        git_url: null,
        html_url: null,
        download_url: null,
        _links: { self: "", git: null, html: null },
      };
      return send(200, content);
    }
    if (method === "GET" && rest === "/codeowners/errors") {
      if (!this.files.has(".github/CODEOWNERS")) return send(404, { message: "Not Found" });
      return send(200, { errors: this.codeownersErrors } satisfies S["codeowners-errors"]);
    }

    // issue comments
    if ((m = route(/^\/issues\/(\d+)\/comments$/))) {
      const issue = Number(m[1]);
      if (method === "GET") return this.page(url, send, this.comments.get(issue) ?? []);
      if (method === "POST")
        return send(201, this.addComment(issue, BOT.login, (body as { body: string }).body, "Bot"));
    }
    if (method === "PATCH" && (m = route(/^\/issues\/comments\/(\d+)$/))) {
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === Number(m![1]));
        if (c) {
          c.body = (body as { body: string }).body;
          c.updated_at = now();
          return send(200, c);
        }
      }
      return send(404, { message: "Not Found" });
    }

    // labels
    if ((m = route(/^\/issues\/(\d+)\/labels(?:\/(.+))?$/))) {
      const pull = this.pulls.get(Number(m[1]));
      if (!pull) return send(404, { message: "Not Found" });
      if (method === "POST") {
        for (const name of (body as { labels: string[] }).labels)
          if (!pull.labels.some((l) => l.name === name)) pull.labels.push(this.label(name));
        return send(200, pull.labels);
      }
      if (method === "DELETE" && m[2]) {
        const before = pull.labels.length;
        pull.labels = pull.labels.filter((l) => l.name !== m![2]);
        if (pull.labels.length === before) return send(404, { message: "Label does not exist" });
        return send(200, pull.labels);
      }
    }

    // pull requests
    if ((m = route(/^\/pulls\/(\d+)$/))) {
      const pull = this.pulls.get(Number(m[1]));
      if (!pull) return send(404, { message: "Not Found" });
      if (method === "GET") return send(200, pull);
      if (method === "PATCH") {
        const input = body as { state?: "open" | "closed" };
        if (input.state) pull.state = input.state;
        return send(200, pull);
      }
    }
    if (method === "GET" && (m = route(/^\/pulls\/(\d+)\/files$/))) {
      const files = this.pullFiles.get(Number(m[1])) ?? [];
      return this.page(
        url,
        send,
        files.map(
          (filename, i) =>
            ({
              sha: "e".repeat(40),
              filename,
              status: "modified",
              additions: 1,
              deletions: 0,
              changes: 1,
              blob_url: `https://github.com/${this.fullName}/blob/x/${filename}`,
              raw_url: "",
              contents_url: `${this.url}${prefix}/contents/${filename}`,
              patch: `@@ -${i} +${i} @@`,
            }) satisfies S["diff-entry"],
        ),
      );
    }
    if (method === "GET" && (m = route(/^\/pulls\/(\d+)\/reviews$/))) {
      return this.page(url, send, this.reviews.get(Number(m[1])) ?? []);
    }
    if (method === "PUT" && (m = route(/^\/pulls\/(\d+)\/merge$/))) {
      const pull = this.pulls.get(Number(m[1]));
      if (!pull) return send(404, { message: "Not Found" });
      const input = (body ?? {}) as { sha?: string };
      if (pull.state !== "open") return send(405, { message: "Pull Request is not mergeable" });
      if (input.sha && input.sha !== pull.head.sha)
        return send(409, { message: "Head branch was modified. Review and try the merge again." });
      pull.state = "closed";
      pull.merged = true;
      const merged: S["pull-request-merge-result"] = {
        sha: "d".repeat(40),
        merged: true,
        message: "Pull Request successfully merged",
      };
      return send(200, merged);
    }
    if (method === "POST" && (m = route(/^\/pulls\/(\d+)\/requested_reviewers$/))) {
      const pull = this.pulls.get(Number(m[1]));
      if (!pull) return send(404, { message: "Not Found" });
      const input = body as { reviewers?: string[] };
      for (const login of input.reviewers ?? []) {
        if (login.toLowerCase() === pull.user.login.toLowerCase())
          return send(422, { message: "Review cannot be requested from pull request author." });
        if (!pull.requested_reviewers.some((u) => u.login === login)) pull.requested_reviewers.push(user(login));
      }
      return send(201, pull);
    }

    // checks and statuses
    if (method === "GET" && (m = route(/^\/commits\/([^/]+)\/check-runs$/))) {
      const runs = this.checkRuns.get(m[1]!) ?? [];
      const { perPage, pageNo } = this.pageParams(url);
      const slice = runs.slice((pageNo - 1) * perPage, pageNo * perPage);
      return send(200, { total_count: runs.length, check_runs: slice }, this.link(url, runs.length, perPage, pageNo));
    }
    if (method === "GET" && (m = route(/^\/commits\/([^/]+)$/))) {
      const made = this.commits.get(m[1]!);
      if (!made) return send(422, { message: `No commit found for SHA: ${m[1]}` });
      // GitHub's "commit" schema: `author`/`committer` are the accounts GitHub matched (null when none).
      return send(200, {
        sha: m[1]!,
        node_id: `C_${m[1]}`,
        url: `${this.url}${prefix}/commits/${m[1]}`,
        html_url: `https://github.com/${this.fullName}/commit/${m[1]}`,
        comments_url: "",
        parents: [],
        commit: {
          url: "",
          message: "Update",
          comment_count: 0,
          tree: { sha: "f".repeat(40), url: "" },
          author: {
            name: made.author,
            email: `${made.author}@users.noreply.github.com`,
            date: made.date ?? "2026-01-01T00:00:00Z",
          },
          committer: {
            name: made.committer,
            email: `${made.committer}@users.noreply.github.com`,
            date: made.date ?? "2026-01-01T00:00:00Z",
          },
        },
        author: user(made.author),
        committer: user(made.committer),
        files: [],
      } satisfies Partial<S["commit"]>);
    }
    if (method === "GET" && (m = route(/^\/commits\/([^/]+)\/status$/))) {
      const statuses = this.statuses.get(m[1]!) ?? [];
      const state = statuses.some((s) => s.state === "failure" || s.state === "error")
        ? "failure"
        : statuses.length === 0 || statuses.some((s) => s.state === "pending")
          ? "pending"
          : "success";
      return send(200, {
        state,
        statuses,
        sha: m[1]!,
        total_count: statuses.length,
        repository: { id: 1, node_id: "R_1", name: this.repo, full_name: this.fullName } as S["minimal-repository"],
        commit_url: `${this.url}${prefix}/commits/${m[1]}`,
        url: `${this.url}${prefix}/commits/${m[1]}/status`,
      } satisfies S["combined-commit-status"]);
    }

    // refs and workflow dispatch
    if (method === "DELETE" && (m = route(/^\/git\/refs\/heads\/(.+)$/))) {
      if (!this.branches.delete(m[1]!)) return send(422, { message: "Reference does not exist" });
      return send(204);
    }
    if (method === "POST" && (m = route(/^\/actions\/workflows\/([^/]+)\/dispatches$/))) {
      this.dispatches.push({ workflow: m[1]!, ref: (body as { ref: string }).ref });
      return send(204);
    }

    return send(404, { message: `Not Found (fake has no ${method} ${rest})` });
  }

  private pageParams(url: URL) {
    return {
      perPage: Number(url.searchParams.get("per_page") ?? 30),
      pageNo: Number(url.searchParams.get("page") ?? 1),
    };
  }

  /** GitHub's `Link` header: next and last when there are more pages. */
  private link(url: URL, total: number, perPage: number, pageNo: number): Record<string, string> {
    const last = Math.max(1, Math.ceil(total / perPage));
    if (pageNo >= last) return {};
    const at = (p: number) => {
      const u = new URL(url);
      u.searchParams.set("page", String(p));
      u.searchParams.set("per_page", String(perPage));
      return u.toString();
    };
    return { link: `<${at(pageNo + 1)}>; rel="next", <${at(last)}>; rel="last"` };
  }

  private page(
    url: URL,
    send: (status: number, data?: unknown, headers?: Record<string, string>) => void,
    items: unknown[],
  ) {
    const { perPage, pageNo } = this.pageParams(url);
    return send(
      200,
      items.slice((pageNo - 1) * perPage, pageNo * perPage),
      this.link(url, items.length, perPage, pageNo),
    );
  }
}
