/**
 * The GitHub client: Octokit REST with retries (5xx, network) and GitHub's rate-limit
 * rules, plus the plain-words errors every caller turns API failures into.
 */
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

const WartaOctokit = Octokit.plugin(retry, throttling);
/** The client every `src/forge` function takes. */
export type GitHub = InstanceType<typeof WartaOctokit>;

export interface GitHubOptions {
  /** A token (fine-grained, classic or the workflow's GITHUB_TOKEN). Never printed. */
  token: string;
  /** REST base URL; default `GITHUB_API_URL` (set by GitHub Actions, also on GHES), then api.github.com. */
  baseUrl?: string;
  /**
   * Space writes as GitHub asks (1 s apart, 3 s for those that notify people). Only a
   * test against a local server turns this off; rate-limit handling stays on either way.
   */
  paceWrites?: boolean;
  /** Where warnings go (retries after a rate limit); default stderr. */
  warn?: (message: string) => void;
}

/** A pass-through limiter group in the shape plugin-throttling calls (`key(id).schedule(opts, fn, ...args)`). */
const unpaced = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args)),
  }),
};

/** Octokit's throttling handler: say what GitHub limited, in Indonesian, and retry `retries` times. */
function retryNotice(warn: (message: string) => void, what: string, retries: number) {
  return (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
    warn(`GitHub membatasi ${what} (${request.method} ${request.url}); mencoba lagi dalam ${retryAfter} detik.`);
    return retryCount < retries;
  };
}

export function createGitHub(options: GitHubOptions): GitHub {
  if (!options.token) {
    throw new ForgeError(
      0,
      "Token GitHub kosong: isi variabel lingkungan GITHUB_TOKEN (di GitHub Actions: secrets.GITHUB_TOKEN atau secret admin).",
    );
  }
  const warn = options.warn ?? ((m: string) => console.warn(m));
  const pacing = options.paceWrites === false ? { write: unpaced, notifications: unpaced } : {};
  return new WartaOctokit({
    auth: options.token,
    baseUrl: (options.baseUrl ?? process.env.GITHUB_API_URL ?? "https://api.github.com").replace(/\/+$/, ""),
    userAgent: "warta-forge",
    // 405 (not mergeable) and 409 (head moved) will not heal by waiting; 429 is the throttling plugin's (it waits for the reset).
    retry: { doNotRetry: [400, 401, 403, 404, 405, 409, 410, 422, 429, 451] },
    // Failed requests surface as ForgeError; the request log's own error line would only repeat it.
    log: { debug: () => {}, info: () => {}, warn, error: () => {} },
    throttle: {
      ...(pacing as object),
      onRateLimit: retryNotice(warn, "jumlah permintaan", 2),
      onSecondaryRateLimit: retryNotice(warn, "permintaan beruntun", 1),
    },
  });
}

// ── plain-words errors ───────────────────────────────────────────────────────────

/** An API failure explained in Indonesian: what failed, why, and what to do. `status` 0: nothing was sent. */
export class ForgeError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ForgeError";
  }
}

/** What a call was doing and which permission it needs, for the error text. */
export interface Operation {
  /** Indonesian, e.g. "membaca ruleset repositori". */
  id: string;
  /** The permission, named as GitHub names it. */
  permission: Permission;
}

/** An operation as the error messages name it, and the permission it needs. */
export const op = (id: string, permission: Operation["permission"]): Operation => ({ id, permission });

export interface Permission {
  /** Fine-grained token / GitHub App permission, e.g. "Administration: read and write". */
  fineGrained: string;
  /** The workflow `permissions:` key for GITHUB_TOKEN, or null when GITHUB_TOKEN can never have it. */
  workflow: string | null;
}

export const PERMISSIONS = {
  metadata: { fineGrained: "Metadata: read", workflow: "contents: read" },
  administration: { fineGrained: "Administration: read and write (dan peran admin di repositori)", workflow: null },
  contentsRead: { fineGrained: "Contents: read", workflow: "contents: read" },
  contentsWrite: { fineGrained: "Contents: read and write", workflow: "contents: write" },
  pullRequests: { fineGrained: "Pull requests: read and write", workflow: "pull-requests: write" },
  pullRequestsRead: { fineGrained: "Pull requests: read", workflow: "pull-requests: read" },
  checks: { fineGrained: "Checks: read dan Commit statuses: read", workflow: "checks: read, statuses: read" },
  actions: { fineGrained: "Actions: read and write", workflow: "actions: write" },
  actionsRead: { fineGrained: "Actions: read", workflow: "actions: read" },
  issues: { fineGrained: "Issues: read and write", workflow: "issues: write" },
} satisfies Record<string, Permission>;

interface HttpError {
  status: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

function isHttpError(error: unknown): error is HttpError {
  return typeof error === "object" && error !== null && typeof (error as { status?: unknown }).status === "number";
}

/** GitHub's `message` and validation `errors`, flattened to one line. */
function gitHubSays(error: HttpError): string {
  const data = error.response?.data as { message?: string; errors?: unknown[] } | undefined;
  const parts = [data?.message ?? error.message];
  for (const e of data?.errors ?? []) {
    if (typeof e === "string") parts.push(e);
    else if (e && typeof e === "object") {
      const o = e as { message?: string; field?: string; code?: string; resource?: string };
      parts.push(o.message ?? [o.resource, o.field, o.code].filter(Boolean).join(" "));
    }
  }
  return parts.filter(Boolean).join("; ").replace(/\s+/g, " ").trim();
}

function permissionText(p: Permission): string {
  const workflow = p.workflow
    ? ` Di GitHub Actions: tambahkan \`permissions: ${p.workflow}\` pada job.`
    : " GITHUB_TOKEN dari workflow tidak pernah memiliki izin ini: gunakan token admin (secret).";
  return `Token memerlukan izin "${p.fineGrained}" (token fine-grained) atau scope "repo" (token classic).${workflow}`;
}

/** Turn an Octokit error into a ForgeError that says what failed and how to fix it. */
export function explainError(error: unknown, op: Operation, repo: string): ForgeError {
  if (error instanceof ForgeError) return error;
  if (!isHttpError(error)) {
    const msg = error instanceof Error ? error.message : String(error);
    return new ForgeError(0, `Gagal ${op.id} di ${repo}: ${msg}`);
  }
  const raw = gitHubSays(error);
  // GitHub's own words, in English, quoted so they read as a citation.
  const says = `GitHub: “${raw}”`;
  const perm = permissionText(op.permission);
  // No `permissions:` key gives GITHUB_TOKEN the right to change workflow files, whatever the status.
  if (/without [`']?workflows?[`']? (permission|scope)/i.test(raw)) {
    return new ForgeError(
      error.status,
      `GitHub tidak mengizinkan token workflow ${op.id} karena perubahan ini menyentuh berkas workflow (.github/workflows/): tidak ada izin \`permissions:\` yang dapat memberikannya. Seorang pejabat atau admin perlu menggabungkan pull request ini sendiri dengan tombol "Merge pull request" (${says}).`,
    );
  }
  switch (error.status) {
    case 401:
      return new ForgeError(
        401,
        `GitHub menolak token saat ${op.id} (401): token kosong, salah salin, dicabut atau kedaluwarsa. Buat token baru dan simpan di GITHUB_TOKEN.`,
      );
    case 403:
      if (/upgrade to github pro|make this repository public/i.test(raw)) {
        return new ForgeError(
          403,
          `Ruleset tidak tersedia untuk ${repo} (403): pada repositori privat ruleset memerlukan GitHub Pro, Team atau Enterprise. Jadikan repositori publik atau tingkatkan paket GitHub.`,
        );
      }
      return new ForgeError(403, `Token tidak diizinkan ${op.id} di ${repo} (403, ${says}). ${perm}`);
    case 404:
      return new ForgeError(
        404,
        `Tidak ditemukan saat ${op.id} (404): periksa nama repositori "${repo}" (site.repo di content/_data/site.yml). Pada repositori privat, 404 biasanya berarti token tidak punya akses ke repositori ini: pada token fine-grained, masukkan repositori ini di "Repository access". ${perm}`,
      );
    case 405:
      return new ForgeError(
        405,
        `GitHub belum mengizinkan ${op.id} (405, ${says}): aturan cabang belum terpenuhi: persetujuan pejabat (yang bukan pengunggah perubahan terakhir) atau pemeriksaan otomatis.`,
      );
    case 409:
      return new ForgeError(
        409,
        `Terjadi perubahan bersamaan saat ${op.id} (409, ${says}): ada commit baru; jalankan ulang setelah pemeriksaan selesai.`,
      );
    case 422:
      return new ForgeError(
        422,
        `GitHub menolak isian saat ${op.id} (422, ${says}). Periksa pengaturan yang dikirim: nama check, nama cabang, dan akun GitHub pejabat (harus kolaborator dengan akses tulis).`,
      );
    default:
      return new ForgeError(error.status, `Gagal ${op.id} di ${repo} (HTTP ${error.status}, ${says}).`);
  }
}

/** Whether an Octokit error carries this HTTP status. */
export const isStatus = (error: unknown, ...statuses: number[]) =>
  typeof error === "object" && error !== null && statuses.includes((error as { status?: number }).status ?? -1);

/** Run one API call; any failure comes out as a ForgeError in plain words. */
export async function call<T>(op: Operation, repo: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw explainError(error, op, repo);
  }
}

/** "owner/name" split, with the fix named when it is malformed. */
export function splitRepo(fullName: string): { owner: string; repo: string } {
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(fullName.trim());
  if (!m) {
    throw new ForgeError(
      0,
      `Nama repositori "${fullName}" tidak valid: tulis pemilik/nama, mis. diskominfo-contoh/situs (site.repo di content/_data/site.yml atau --repo).`,
    );
  }
  return { owner: m[1]!, repo: m[2]! };
}
