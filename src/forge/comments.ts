/**
 * One comment per pull request and purpose, updated in place: the screening report and the
 * approval status each carry a hidden marker and are found again by it, on any page.
 */
import { call, PERMISSIONS, type GitHub, type Operation } from "./github.ts";
import { REVIEW_MARKER } from "./names.ts";

export interface CommentTarget {
  owner: string;
  repo: string;
  pullNumber: number;
  /** Hidden HTML comment that identifies our comment; default the review marker. */
  marker?: string;
  /** Markdown; the marker is added at the top when it is missing. */
  body: string;
}

const LIST: Operation = { id: "membaca komentar pull request", permission: PERMISSIONS.pullRequestsRead };
const CREATE: Operation = { id: "menulis komentar pull request", permission: PERMISSIONS.pullRequests };
const UPDATE: Operation = { id: "memperbarui komentar pull request", permission: PERMISSIONS.pullRequests };

/** The first comment (oldest) whose body carries the marker, or null. Reads every page. */
export async function findMarkedComment(
  gh: GitHub,
  target: { owner: string; repo: string; pullNumber: number; marker: string },
): Promise<{ id: number; body: string } | null> {
  const full = `${target.owner}/${target.repo}`;
  return call(LIST, full, async () => {
    const pages = gh.paginate.iterator(gh.rest.issues.listComments, {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.pullNumber,
      per_page: 100,
    });
    for await (const page of pages) {
      const found = page.data.find((c) => c.body?.includes(target.marker));
      if (found) return { id: found.id, body: found.body ?? "" };
    }
    return null;
  });
}

/** Create our comment once, then update that same comment on every later call. */
export async function upsertPullRequestComment(
  gh: GitHub,
  target: CommentTarget,
): Promise<{ id: number; created: boolean }> {
  const marker = target.marker ?? REVIEW_MARKER;
  const body = target.body.includes(marker) ? target.body : `${marker}\n${target.body}`;
  const full = `${target.owner}/${target.repo}`;
  const existing = await findMarkedComment(gh, { ...target, marker });
  if (existing) {
    if (existing.body !== body) {
      await call(UPDATE, full, () =>
        gh.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body }),
      );
    }
    return { id: existing.id, created: false };
  }
  const res = await call(CREATE, full, () =>
    gh.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.pullNumber, body }),
  );
  return { id: res.data.id, created: true };
}
