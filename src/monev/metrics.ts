/**
 * The SOP figures, pure: the time each item spent in each step, the share within the standard,
 * the slowest items, and output against the work programme.
 */
import type { CollectionName, DivisionsData, ProgrammeData } from "../content/schema.ts";
import type { MenuUpdate, MonevItem } from "./model.ts";
import type { ReportMonth } from "./month.ts";

/**
 * Mutu baku of the SOP, in minutes of service time: step 3 menu update, step 5 hand-over to the
 * team, step 6 editing, step 7 filtering by the official, step 10 publishing.
 */
export const SOP_MINUTES = { menu: 180, handover: 60, edit: 60, filter: 15, publish: 15 } as const;
export type Step = keyof typeof SOP_MINUTES;
export const STEPS: readonly Step[] = ["menu", "handover", "edit", "filter", "publish"];
/** The steps each content item passes through (step 3 is measured on menu changes). */
export const ITEM_STEPS: readonly Step[] = ["handover", "edit", "filter", "publish"];

export const STEP_NAMES: Record<Step, string> = {
  menu: "Pembaruan menu (langkah 3)",
  handover: "Penyerahan ke tim (langkah 5)",
  edit: "Editing (langkah 6)",
  filter: "Penyaringan pejabat (langkah 7)",
  publish: "Penayangan (langkah 10)",
};

/** Counts minutes between two instants: service time when a work calendar is known, else wall-clock. */
export type Clock = (from: Date, to: Date) => number;
export const wallClock: Clock = (from, to) => Math.max(0, (to.getTime() - from.getTime()) / 60_000);

/**
 * The two instants that bound a step: hand-over = submitted → Decap's "In review"; editing =
 * "In review" (or the submission, when the hand-over is not recorded) → ready; filtering = ready →
 * approval; publishing = approval → completion of the deploy that carried the merge. A scheduled
 * item waits for its own date on purpose, so its publishing time is not measured.
 */
export function stepSpan(item: MonevItem, step: Step): [Date, Date] | undefined {
  const span = (from: Date | undefined, to: Date | undefined): [Date, Date] | undefined =>
    from && to ? [from, to] : undefined;
  switch (step) {
    case "menu":
      return undefined;
    case "handover":
      return span(item.submitted, item.inReview);
    case "edit":
      return span(item.inReview ?? item.submitted, item.ready);
    case "filter":
      return span(item.ready, item.approved);
    case "publish":
      return item.scheduled ? undefined : span(item.approved, item.deployed);
  }
}

/** Minutes an item spent in a step, by `clock` (default wall-clock). */
export function stepMinutes(item: MonevItem, step: Step, clock: Clock = wallClock): number | undefined {
  const span = stepSpan(item, step);
  return span ? clock(span[0], span[1]) : undefined;
}

export const withinStandard = (minutes: number, step: Step) => minutes <= SOP_MINUTES[step];

export interface SlowItem {
  item: Pick<MonevItem, "title" | "pr">;
  /** Service minutes (what is judged). */
  minutes: number;
  wallMinutes: number;
}

export interface StepSummary {
  step: Step;
  standardMinutes: number;
  /** Items with a measurement for this step (serta-merta items apart). */
  measured: number;
  within: number;
  /** within / measured, or undefined when nothing was measured. */
  share: number | undefined;
  /** Items without a measurement (no label, no approval recorded, deploy not found, scheduled). */
  unmeasured: number;
  /** Serta-merta items measured but not judged: the SOP sets no standard of its own for them. */
  urgent: SlowItem[];
  medianMinutes: number | undefined;
  /** Longest first. */
  slowest: SlowItem[];
}

/** Step figures over the published items (or, for step 3, the menu changes), judged in service time. */
export function stepSummary(
  published: readonly MonevItem[],
  step: Step,
  options: { clock?: Clock; menuUpdates?: readonly MenuUpdate[]; slowestCount?: number } = {},
): StepSummary {
  const clock = options.clock ?? wallClock;
  const subjects: {
    item: Pick<MonevItem, "title" | "pr">;
    urgent?: boolean | undefined;
    span: [Date, Date] | undefined;
  }[] =
    step === "menu"
      ? (options.menuUpdates ?? []).map((u) => ({ item: u, span: u.submitted ? [u.submitted, u.merged] : undefined }))
      : published.map((item) => ({ item, urgent: item.urgent, span: stepSpan(item, step) }));
  const timed = subjects
    .filter((s) => s.span)
    .map((s) => ({
      item: s.item,
      urgent: s.urgent,
      minutes: clock(s.span![0], s.span![1]),
      wallMinutes: wallClock(s.span![0], s.span![1]),
    }));
  const judged = timed.filter((t) => !t.urgent);
  const within = judged.filter((t) => withinStandard(t.minutes, step)).length;
  const sorted = [...judged].sort((a, b) => b.minutes - a.minutes || (a.item.pr ?? 0) - (b.item.pr ?? 0));
  const strip = ({ item, minutes, wallMinutes }: SlowItem) => ({ item, minutes, wallMinutes });
  return {
    step,
    standardMinutes: SOP_MINUTES[step],
    measured: judged.length,
    within,
    share: judged.length ? within / judged.length : undefined,
    unmeasured: subjects.length - timed.length,
    urgent: timed.filter((t) => t.urgent).map(strip),
    medianMinutes: median(judged.map((t) => t.minutes)),
    slowest: sorted.slice(0, options.slowestCount ?? 3).map(strip),
  };
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

// ── deploys ──────────────────────────────────────────────────────────────────────

export interface DeployRun {
  id: number;
  headSha: string;
  createdAt: Date;
  /** When the run finished (the run's `updated_at` once completed). */
  completedAt: Date;
  url: string;
}

/**
 * The deploy that carried a merge: the first successful run of the site branch started at or
 * after the merge (main only moves forward, so its head includes the merge), or the run of the
 * merge commit itself. `notBefore` is a scheduled item's own date: it went live with the first run after it.
 */
export function deployFor(
  merge: { merged: Date; mergeSha?: string | undefined; notBefore?: Date | undefined },
  runs: readonly DeployRun[],
): DeployRun | undefined {
  const from = Math.max(merge.merged.getTime(), merge.notBefore?.getTime() ?? 0);
  return runs
    .filter(
      (r) =>
        (merge.mergeSha !== undefined && r.headSha === merge.mergeSha && !merge.notBefore) ||
        r.createdAt.getTime() >= from,
    )
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id)[0];
}

// ── output against the work programme ────────────────────────────────────────────

export interface PlanRow {
  collection: CollectionName;
  /** Division id; "" for items without one (announcements, pages). */
  division: string;
  planned: number;
  published: number;
}

export interface PlanTotal {
  key: string;
  planned: number;
  published: number;
}

export interface PlanVsActual {
  /** The programme covers the report's year. */
  available: boolean;
  programmeYear: number;
  /** Menus (collections) the programme plans for; only their output is compared with the plan. */
  scope: CollectionName[];
  rows: PlanRow[];
  byCollection: PlanTotal[];
  byDivision: PlanTotal[];
  /** New entries of menus the programme does not plan (pages, the DIP …), per menu. */
  outside: PlanTotal[];
  /** Divisions of divisions.yml with nothing new published in the month (in any menu). */
  silentDivisions: string[];
  planned: number;
  published: number;
}

/** Output counts new entries published in the month; changes to existing entries are listed but not counted. */
export const countsAsOutput = (item: MonevItem) => item.status === "tayang" && item.change === "baru";

export function planVsActual(
  programme: ProgrammeData,
  divisions: DivisionsData,
  month: ReportMonth,
  items: readonly MonevItem[],
): PlanVsActual {
  const available = programme.year === month.year;
  const scope = [...new Set(programme.items.map((p) => p.collection))];
  const rows = new Map<string, PlanRow>();
  const row = (collection: CollectionName, division: string) => {
    const key = `${collection}\u0000${division}`;
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { collection, division, planned: 0, published: 0 }));
    return r;
  };
  if (available)
    for (const p of programme.items)
      if (p.month === month.month) row(p.collection, p.division ?? "").planned += p.planned;
  const output = items.filter((i) => countsAsOutput(i) && i.collection);
  const outside = new Map<string, PlanTotal>();
  for (const item of output) {
    if (scope.includes(item.collection!)) row(item.collection!, item.division ?? "").published++;
    else {
      const t = outside.get(item.collection!) ?? { key: item.collection!, planned: 0, published: 0 };
      t.published++;
      outside.set(item.collection!, t);
    }
  }

  const list = [...rows.values()];
  const total = (keyOf: (r: PlanRow) => string) => {
    const totals = new Map<string, PlanTotal>();
    for (const r of list) {
      const key = keyOf(r);
      const t = totals.get(key) ?? { key, planned: 0, published: 0 };
      t.planned += r.planned;
      t.published += r.published;
      totals.set(key, t);
    }
    return [...totals.values()];
  };
  const active = new Set(output.map((i) => i.division ?? ""));
  return {
    available,
    programmeYear: programme.year,
    scope,
    rows: list,
    byCollection: total((r) => r.collection),
    byDivision: total((r) => r.division),
    outside: [...outside.values()],
    silentDivisions: divisions.items.map((d) => d.id).filter((id) => !active.has(id)),
    planned: list.reduce((n, r) => n + r.planned, 0),
    published: list.reduce((n, r) => n + r.published, 0),
  };
}

/** Minutes an item has waited by the month's end (or `now`, for the current month). */
export function waitingMinutes(item: MonevItem, month: ReportMonth, now: Date): number | undefined {
  const until = Math.min(month.end.getTime(), now.getTime());
  return item.submitted ? Math.max(0, (until - item.submitted.getTime()) / 60_000) : undefined;
}
