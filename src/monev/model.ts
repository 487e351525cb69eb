/** What the monthly report is made of: one record per content item, whatever it was measured from. */
import type { CollectionName } from "../content/schema.ts";

/**
 * tayang: the built site showed it during the month (merged, and by the site's own rule public:
 * not a draft, not exempt, its date reached); tidak-tayang: merged in the month but never shown in
 * it (draft, exempt DIP item, or dated after the month); ditolak: closed by an official with a
 * reason; ditutup: closed unmerged without a rejection; menunggu: opened in the month, not
 * published by its end.
 */
export type ItemStatus = "tayang" | "tidak-tayang" | "ditolak" | "ditutup" | "menunggu";

/** Why a merged entry was not shown: the site's visibility rule (src/content/model.ts). */
export type HiddenReason = "draf" | "dikecualikan" | "terjadwal";

export interface MonevItem {
  /** Pull request number (from the merge commit's message in git-only mode, when it names one). */
  pr?: number;
  /** Pull request page on GitHub. */
  htmlUrl?: string;
  title: string;
  collection?: CollectionName;
  division?: string;
  /** Entry file from the repository root. */
  file?: string;
  /** Site path of the entry. */
  url?: string;
  /** A new entry, or a change to one that already existed. */
  change: "baru" | "perubahan";
  status: ItemStatus;
  /** GitHub login of who opened the pull request. */
  author?: string;
  /** Pull request opened (git-only: first commit of the merged branch). */
  submitted?: Date;
  /** Handed over to the team: Decap's "In review" label (GitHub only). */
  inReview?: Date;
  /** Editing done: Decap's "Ready" label (or the first review request); locally the branch's last commit. */
  ready?: Date;
  readyFrom?: "label" | "review-request" | "last-commit";
  /** First approving review by an official. */
  approved?: Date;
  /** Name of the approving official. */
  approver?: string;
  merged?: Date;
  mergeSha?: string;
  /** Completion of the deploy run that carried the merge. */
  deployed?: Date;
  deployRunUrl?: string;
  /** The item's date lies after its merge: it went live at that date on purpose (publish time not judged). */
  scheduled?: boolean;
  /** When the site first showed it: the merge, or the item's own date when that came later. */
  liveAt?: Date;
  /** For `tidak-tayang`: why the site did not show it in the month. */
  hidden?: HiddenReason;
  /** Serta-merta information (DIP category or the `serta-merta` label): times shown, not judged. */
  urgent?: boolean;
  /** First post to a social channel (ledger). */
  posted?: Date;
  closed?: Date;
  rejection?: { by?: string; reason: string };
  /** Entries beyond the first in the same pull request. */
  otherEntries?: number;
  /** For waiting items: how things stand now (e.g. published after the month ended). */
  laterState?: string;
}

/** A change to the main menu (SOP step 3, 180 minutes): the menu file merged in the month. */
export interface MenuUpdate {
  pr?: number;
  title: string;
  /** Pull request opened, or the merged branch's first commit. */
  submitted?: Date;
  merged: Date;
}

/** Where the figures came from. */
export type HistorySource = "github" | "git";

export interface MonthHistory {
  source: HistorySource;
  /** `owner/name`, or the local folder in git-only mode. */
  repo: string;
  items: MonevItem[];
  /** Changes to the main menu merged in the month. */
  menuUpdates?: MenuUpdate[];
  /** Things the reader must know about the figures (an incomplete history, an unmatched deploy). */
  warnings: string[];
}
