/**
 * A local GitHub REST server answering the calls the monthly report makes, with recorded
 * pull-request histories in GitHub's documented shapes (`@octokit/openapi-types`): the pull
 * request list, issue timelines (label, review-request and comment events), reviews, changed
 * files, file contents and the deploy workflow's runs. Lists are paginated with `Link` headers,
 * two per page, so every list call has to follow pages.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { components } from "@octokit/openapi-types";

type S = components["schemas"];

export type ListedPull = Pick<
  S["pull-request-simple"],
  | "id"
  | "node_id"
  | "number"
  | "state"
  | "title"
  | "html_url"
  | "url"
  | "created_at"
  | "updated_at"
  | "closed_at"
  | "merged_at"
  | "merge_commit_sha"
  | "draft"
> & {
  user: Pick<S["simple-user"], "login" | "id" | "type">;
  labels: Pick<S["label"], "id" | "name" | "color" | "default">[];
  head: { ref: string; sha: string; label: string };
  base: { ref: string; sha: string; label: string };
};
export type TimelineEvent =
  | (Pick<S["labeled-issue-event"], "id" | "node_id" | "event" | "created_at" | "label"> & {
      actor: Pick<S["simple-user"], "login">;
    })
  | (Pick<S["review-requested-issue-event"], "id" | "node_id" | "event" | "created_at"> & {
      actor: Pick<S["simple-user"], "login">;
      requested_reviewer: Pick<S["simple-user"], "login">;
    })
  | (Pick<
      S["timeline-comment-event"],
      "id" | "node_id" | "event" | "created_at" | "updated_at" | "body" | "html_url"
    > & {
      actor: Pick<S["simple-user"], "login">;
      user: Pick<S["simple-user"], "login">;
    })
  | (Pick<S["timeline-reviewed-event"], "id" | "node_id" | "event" | "state" | "body" | "submitted_at"> & {
      user: Pick<S["simple-user"], "login">;
    })
  | (Pick<S["state-change-issue-event"], "id" | "node_id" | "event" | "created_at"> & {
      actor: Pick<S["simple-user"], "login">;
    });
export type Review = Pick<
  S["pull-request-review"],
  "id" | "node_id" | "state" | "body" | "submitted_at" | "commit_id" | "html_url"
> & {
  user: Pick<S["simple-user"], "login" | "id">;
};
export type ChangedFile = Pick<S["diff-entry"], "sha" | "filename" | "status" | "additions" | "deletions" | "changes">;
export type WorkflowRun = Pick<
  S["workflow-run"],
  | "id"
  | "name"
  | "head_branch"
  | "head_sha"
  | "event"
  | "status"
  | "conclusion"
  | "created_at"
  | "updated_at"
  | "run_started_at"
  | "html_url"
  | "workflow_id"
>;

export interface RecordedPull {
  pull: ListedPull;
  timeline: TimelineEvent[];
  reviews: Review[];
  files: ChangedFile[];
  /** File contents at the pull request's head, by path. */
  contents: Record<string, string>;
}

export interface Failure {
  path: RegExp;
  status: number;
  message: string;
}

export class RecordedGitHub {
  url = "";
  readonly requests: string[] = [];
  readonly failures: Failure[] = [];
  private server: Server | null = null;

  constructor(
    readonly fullName: string,
    readonly token: string,
    readonly pulls: RecordedPull[],
    readonly runs: WorkflowRun[],
    readonly deployWorkflow = "deploy.yml",
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      try {
        this.handle(req, res);
      } catch (error) {
        send(res, 500, { message: String(error) });
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    // The host as the client sent it: `Link` URLs must point back here.
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
    this.requests.push(`${req.method} ${url.pathname}`);
    const auth = req.headers.authorization ?? "";
    if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`)
      return send(res, 401, { message: "Bad credentials" });
    const failure = this.failures.find((f) => f.path.test(url.pathname));
    if (failure)
      return send(res, failure.status, { message: failure.message, documentation_url: "https://docs.github.com/rest" });
    if (req.method !== "GET") return send(res, 404, { message: "Not Found" });

    const base = `/repos/${this.fullName}`;
    const path = url.pathname;
    const q = url.searchParams;
    if (path === `${base}/pulls`) {
      let list = this.pulls.map((p) => p.pull).filter((p) => !q.get("base") || p.base.ref === q.get("base"));
      if (q.get("state") !== "all") list = list.filter((p) => p.state === (q.get("state") ?? "open"));
      const key = q.get("sort") === "updated" ? "updated_at" : "created_at";
      list.sort((a, b) => (q.get("direction") === "asc" ? a[key].localeCompare(b[key]) : b[key].localeCompare(a[key])));
      return this.page(req, res, url, list);
    }
    let m = new RegExp(`^${base}/issues/(\\d+)/timeline$`).exec(path);
    if (m) return this.forPull(req, res, url, Number(m[1]), (p) => p.timeline);
    m = new RegExp(`^${base}/pulls/(\\d+)/reviews$`).exec(path);
    if (m) return this.forPull(req, res, url, Number(m[1]), (p) => p.reviews);
    m = new RegExp(`^${base}/pulls/(\\d+)/files$`).exec(path);
    if (m) return this.forPull(req, res, url, Number(m[1]), (p) => p.files);
    m = new RegExp(`^${base}/contents/(.+)$`).exec(path);
    if (m) {
      const file = decodeURIComponent(m[1]!);
      const owner = this.pulls.find((p) => p.pull.head.sha === q.get("ref") && file in p.contents);
      if (!owner) return send(res, 404, { message: "Not Found" });
      const text = owner.contents[file]!;
      const content: Pick<
        S["content-file"],
        "type" | "encoding" | "size" | "name" | "path" | "content" | "sha" | "url" | "html_url" | "download_url"
      > = {
        type: "file",
        encoding: "base64",
        size: Buffer.byteLength(text),
        name: file.split("/").at(-1)!,
        path: file,
        // GitHub wraps base64 at 60 characters.
        content: Buffer.from(text)
          .toString("base64")
          .replace(/(.{60})/g, "$1\n"),
        sha: "c".repeat(40),
        url: `${this.url}${path}`,
        html_url: `https://github.com/${this.fullName}/blob/${q.get("ref")}/${file}`,
        download_url: null,
      };
      return send(res, 200, content);
    }
    if (path === `${base}/actions/workflows/${this.deployWorkflow}/runs`) {
      let runs = this.runs.filter(
        (r) =>
          (!q.get("branch") || r.head_branch === q.get("branch")) &&
          (!q.get("status") || r.conclusion === q.get("status") || r.status === q.get("status")),
      );
      const created = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(q.get("created") ?? "");
      if (created)
        runs = runs.filter((r) => r.created_at.slice(0, 10) >= created[1]! && r.created_at.slice(0, 10) <= created[2]!);
      runs.sort((a, b) => b.created_at.localeCompare(a.created_at));
      const { items, links } = paginate(url, runs);
      if (links) res.setHeader("link", links);
      return send(res, 200, { total_count: runs.length, workflow_runs: items });
    }
    send(res, 404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" });
  }

  private forPull<T>(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    number: number,
    pick: (p: RecordedPull) => T[],
  ): void {
    const pull = this.pulls.find((p) => p.pull.number === number);
    if (!pull) return send(res, 404, { message: "Not Found" });
    this.page(req, res, url, pick(pull));
  }

  private page<T>(_req: IncomingMessage, res: ServerResponse, url: URL, list: T[]): void {
    const { items, links } = paginate(url, list);
    if (links) res.setHeader("link", links);
    send(res, 200, items);
  }
}

/** Two items per page (GitHub caps `per_page`; a small cap here makes every list paginate). */
const PAGE_SIZE = 2;

function paginate<T>(url: URL, list: T[]): { items: T[]; links?: string } {
  const page = Number(url.searchParams.get("page") ?? "1");
  const last = Math.max(1, Math.ceil(list.length / PAGE_SIZE));
  const items = list.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  if (page >= last) return { items };
  const next = new URL(url);
  next.searchParams.set("page", String(page + 1));
  const end = new URL(url);
  end.searchParams.set("page", String(last));
  return { items, links: `<${next.href}>; rel="next", <${end.href}>; rel="last"` };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "x-github-media-type": "github.v3; format=json",
  });
  res.end(JSON.stringify(body));
}
