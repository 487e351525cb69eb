/**
 * The GitHub REST calls Decap's GitHub backend makes when an editor logs in and opens a
 * collection (found by running the admin against this server and recording its requests),
 * answered from a real Git repository in the shapes GitHub documents (`@octokit/openapi-types`):
 *
 * - `GET /user` (the logged-in user), `GET /repos/{o}/{r}` (`permissions.push` decides write access),
 * - `GET /repos/{o}/{r}/git/trees/{branch}:{folder}` (a folder's listing; 404 when absent),
 * - `GET /repos/{o}/{r}/git/blobs/{sha}` (base64 content), `GET /repos/{o}/{r}/commits?path&sha`,
 * - `GET /repos/{o}/{r}/branches/{branch}`, `GET /repos/{o}/{r}/pulls` (the editorial workflow's
 *   open pull requests: none here).
 *
 * Every answer carries GitHub's CORS headers (the API allows any origin); a request without a
 * token the OAuth side issued gets GitHub's 401 `Bad credentials`.
 */
import { execFile } from "node:child_process";
import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import type { components } from "@octokit/openapi-types";
import { user } from "../../forge/fake-github.ts";

const run = promisify(execFile);
type S = components["schemas"];

export interface RecordedApiRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  status: number;
}

export function gitBackedRest(options: {
  repoDir: string;
  fullName: string;
  login: string;
  validTokens: () => string[];
}) {
  const requests: RecordedApiRequest[] = [];
  const git = async (...args: string[]) =>
    (await run("git", args, { cwd: options.repoDir, maxBuffer: 64 * 1024 * 1024, encoding: "buffer" })).stdout;
  const [owner, name] = options.fullName.split("/") as [string, string];
  const repoPath = `/repos/${options.fullName}`;

  async function answer(req: IncomingMessage, url: URL): Promise<[number, unknown]> {
    const token = /^(?:token|Bearer) (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token || !options.validTokens().includes(token))
      return [401, { message: "Bad credentials", documentation_url: "https://docs.github.com/rest" }];
    const path = decodeURIComponent(url.pathname);
    if (path === "/user") return [200, { ...user(options.login), name: "Editor Uji", email: null }];
    if (path === repoPath) {
      const repo: Pick<
        S["full-repository"],
        "id" | "node_id" | "name" | "full_name" | "private" | "default_branch" | "permissions" | "fork"
      > & { owner: S["simple-user"] } = {
        id: 4242,
        node_id: "R_warta",
        name,
        full_name: options.fullName,
        private: true,
        fork: false,
        default_branch: "main",
        owner: user(owner, "Organization"),
        permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
      };
      return [200, repo];
    }
    if (!path.startsWith(`${repoPath}/`)) return [404, { message: "Not Found" }];
    const rest = path.slice(repoPath.length + 1);

    let m = /^git\/trees\/([^:]+):(.*)$/.exec(rest);
    if (m) {
      const [, ref, folder] = m as unknown as [string, string, string];
      const listing = await git(
        "ls-tree",
        "-l",
        ...(url.searchParams.get("recursive") ? ["-r"] : []),
        `${ref}:${folder}`,
      ).catch(() => undefined);
      if (!listing) return [404, { message: "Not Found" }];
      const sha = (await git("rev-parse", `${ref}:${folder}`)).toString().trim();
      const tree = listing
        .toString()
        .split("\n")
        .filter(Boolean)
        .map((line) => {
          const [meta, entryPath] = line.split("\t") as [string, string];
          const [mode, type, objectSha, size] = meta.split(/\s+/) as [string, string, string, string];
          return {
            path: entryPath,
            mode,
            type,
            sha: objectSha,
            ...(type === "blob" ? { size: Number(size) } : {}),
            url: `${url.origin}${repoPath}/git/${type}s/${objectSha}`,
          };
        });
      const body: Pick<S["git-tree"], "sha" | "url" | "truncated"> & { tree: typeof tree } = {
        sha,
        url: url.href,
        truncated: false,
        tree,
      };
      return [200, body];
    }
    m = /^git\/blobs\/([0-9a-f]{40})$/.exec(rest);
    if (m) {
      const content = await git("cat-file", "blob", m[1]!).catch(() => undefined);
      if (!content) return [404, { message: "Not Found" }];
      const blob: Pick<S["blob"], "sha" | "node_id" | "size" | "url" | "content" | "encoding"> = {
        sha: m[1]!,
        node_id: `B_${m[1]}`,
        size: content.length,
        url: url.href,
        content: content.toString("base64"),
        encoding: "base64",
      };
      return [200, blob];
    }
    if (rest === "commits") {
      const args = [
        "log",
        "-1",
        "--format=%H%x00%an%x00%ae%x00%aI",
        url.searchParams.get("sha") ?? "main",
        "--",
        url.searchParams.get("path") ?? ".",
      ];
      const [sha, authorName, email, date] = (await git(...args)).toString().trim().split("\0");
      if (!sha) return [200, []];
      return [
        200,
        [
          {
            sha,
            node_id: `C_${sha}`,
            url: `${url.origin}${repoPath}/commits/${sha}`,
            commit: {
              author: { name: authorName, email, date },
              committer: { name: authorName, email, date },
              message: "",
            },
          },
        ],
      ];
    }
    m = /^branches\/(.+)$/.exec(rest);
    if (m) {
      const sha = (await git("rev-parse", `refs/heads/${m[1]}`).catch(() => undefined))?.toString().trim();
      return sha
        ? [200, { name: m[1], commit: { sha, url: `${url.origin}${repoPath}/commits/${sha}` }, protected: true }]
        : [404, { message: "Branch not found" }];
    }
    if (rest === "pulls") return [200, []];
    return [404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" }];
  }

  const handle = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    const cors = {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Expose-Headers":
        "ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset",
    };
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...cors,
        "Access-Control-Allow-Headers":
          "Authorization, Content-Type, If-Match, If-Modified-Since, If-None-Match, If-Unmodified-Since, Accept-Encoding, X-GitHub-OTP, X-Requested-With, User-Agent, GraphQL-Features, X-Github-Next-Global-ID, X-GitHub-Api-Version",
        "Access-Control-Allow-Methods": "GET, POST, PATCH, PUT, DELETE",
        "Access-Control-Max-Age": "86400",
      });
      res.end();
      return true;
    }
    const [status, body] = await answer(req, url);
    requests.push({
      method: req.method ?? "GET",
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      status,
    });
    res.writeHead(status, { ...cors, "Content-Type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(body));
    return true;
  };
  return { handle, requests };
}
