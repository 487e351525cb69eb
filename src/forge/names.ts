/**
 * Names shared between the code and the workflow files. A workflow's job `name:` is the
 * check name GitHub shows and the ruleset requires: change both together (a test reads
 * the workflow files and compares).
 */

/** The ruleset Warta owns on the site branch; found again by this name. */
export const RULESET_NAME = "Warta: persetujuan pejabat";

/** The check run of `.github/workflows/review.yml` (its job's `name:`), required by the ruleset. */
export const REVIEW_CHECK = "Pemeriksaan konten";

/** The job of `.github/workflows/publish-on-approval.yml`: its own check run is not a check to wait for. */
export const APPROVAL_CHECK = "Persetujuan pejabat";

/** GitHub Actions' app id: the required check must come from Actions, not from anyone posting a status. */
export const GITHUB_ACTIONS_APP_ID = 15368;

/** The deploy workflow started after an automatic merge. */
export const DEPLOY_WORKFLOW = "deploy.yml";

/** Labels an editor or official puts on a pull request. */
export const LABEL_URGENT = "serta-merta";
export const LABEL_REJECTED = "ditolak";

/** Hidden markers that find our own comments again. */
export const REVIEW_MARKER = "<!-- warta:review -->";
export const APPROVAL_MARKER = "<!-- warta:persetujuan -->";
/** Each rejection is its own comment, kept as the record of the reason. */
export const REJECTION_MARKER = "<!-- warta:ditolak -->";

/** A pejabat rejects with a review (or comment) whose text starts with this command. */
export const REJECT_COMMAND = "/tolak";

/** Merge method of automatic merges: a merge commit keeps every draft commit as the record. */
export const MERGE_METHOD = "merge" as const;

/** Where the generated CODEOWNERS lives in the repository. */
export const CODEOWNERS_PATH = ".github/CODEOWNERS";

/**
 * The posting ledger's branch (the default of src/social/ledger.ts): a second ruleset keeps it from
 * force-push and deletion, so the record of what was posted cannot be rewritten.
 */
export const LEDGER_BRANCH = "warta-ledger";
export const LEDGER_RULESET_NAME = "Warta: catatan unggahan media sosial";

/**
 * The environments the workflows name, each holding its own secrets, deployable from the site
 * branch only. A workflow naming a missing environment makes GitHub create it WITHOUT protection,
 * so `governance apply` creates them first.
 */
export const ENVIRONMENTS = [
  { name: "github-pages", what: "GitHub Pages (deploy.yml, job pages)" },
  {
    name: "warta-server",
    what: "server dinas lewat SSH (deploy.yml, job server): WARTA_SSH_KEY, WARTA_SSH_KNOWN_HOSTS",
  },
  { name: "media-sosial", what: "unggahan media sosial (deploy.yml, job social): token tiap kanal" },
  { name: "tata-kelola", what: "pemeriksaan harian (governance.yml): WARTA_ADMIN_TOKEN" },
] as const;

/** The labels the approval flow reads; made by `governance apply` so nobody has to guess their names. */
export const LABELS = [
  { name: LABEL_REJECTED, color: "b60205", description: "Ditolak pejabat: tidak diterbitkan (alasan di komentar)" },
  {
    name: LABEL_URGENT,
    color: "fbca04",
    description: "Informasi serta-merta: semua pejabat diminta meninjau sekaligus",
  },
] as const;
