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
