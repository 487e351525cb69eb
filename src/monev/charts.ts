/**
 * Bar charts as inline SVG: no chart library, no CDN, sharp in print. Each chart is an image
 * to assistive technology (`role="img"`, `<title>`, `<desc>` with the figures in words), and
 * prints its values as text beside the bars so the hardcopy reads without colour.
 */
import { html, type Markup } from "./html.ts";

export interface Bar {
  label: string;
  value: number;
  /** The text printed at the bar's end, e.g. "66,7%" or "3". */
  text: string;
  tone?: "ok" | "bad" | "neutral";
}

export interface BarSeries {
  name: string;
  tone: "plan" | "actual";
}

export interface BarGroup {
  label: string;
  values: number[];
}

const COLORS = { ok: "#1b7f3b", bad: "#b3261e", neutral: "#1f5fa8", plan: "#9aa7b4", actual: "#1f5fa8" };
const WIDTH = 640;
const LABEL_WIDTH = 190;
const VALUE_WIDTH = 110;
const BAR_AREA = WIDTH - LABEL_WIDTH - VALUE_WIDTH;

/** Horizontal bars against `max` (e.g. 1 for shares); a dashed line can mark a target. */
export function barChart(options: {
  id: string;
  title: string;
  description: string;
  bars: readonly Bar[];
  max: number;
  target?: { value: number; label: string };
}): Markup {
  const { bars, max } = options;
  const id = options.id;
  const row = 30;
  const top = 8;
  const height = top + bars.length * row + (options.target ? 22 : 8);
  const scale = (v: number) => (max > 0 ? Math.min(1, v / max) : 0) * BAR_AREA;
  return html`<svg class="grafik" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-t">${options.title}</title>
<desc id="${id}-d">${options.description}</desc>
${bars.map((b, i) => {
  const y = top + i * row;
  return html`<g>
<text x="${LABEL_WIDTH - 8}" y="${y + 18}" text-anchor="end" font-size="13">${b.label}</text>
<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_AREA}" height="20" fill="#eef1f4"/>
<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${scale(b.value).toFixed(1)}" height="20" fill="${COLORS[b.tone ?? "neutral"]}"/>
<text x="${LABEL_WIDTH + BAR_AREA + 6}" y="${y + 18}" font-size="13" font-weight="bold">${b.text}</text>
</g>`;
})}
${
  options.target
    ? html`<line x1="${LABEL_WIDTH + scale(options.target.value)}" x2="${LABEL_WIDTH + scale(options.target.value)}" y1="${top}" y2="${top + bars.length * row}" stroke="#333" stroke-dasharray="4 3"/>
<text x="${LABEL_WIDTH + scale(options.target.value)}" y="${top + bars.length * row + 15}" text-anchor="middle" font-size="11">${options.target.label}</text>`
    : ""
}
</svg>`;
}

/** Groups of bars (plan and actual per menu or division), each group's label on its own line above its bars. */
export function groupedBarChart(options: {
  id: string;
  title: string;
  description: string;
  series: readonly BarSeries[];
  groups: readonly BarGroup[];
}): Markup {
  const { series, groups, id } = options;
  // No groups: no chart at all (a legend over nothing reads as a broken figure).
  if (!groups.length) return html``;
  const barHeight = 13;
  const labelHeight = 16;
  const row = labelHeight + series.length * barHeight + 8;
  const top = 24;
  const area = WIDTH - 60;
  const height = top + groups.length * row;
  const max = Math.max(1, ...groups.flatMap((g) => g.values));
  const scale = (v: number) => (v / max) * area;
  return html`<svg class="grafik" role="img" aria-labelledby="${id}-t ${id}-d" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-t">${options.title}</title>
<desc id="${id}-d">${options.description}</desc>
${series.map((s, i) => html`<rect x="${i * 120}" y="4" width="12" height="12" fill="${COLORS[s.tone]}"/><text x="${i * 120 + 18}" y="14" font-size="12">${s.name}</text>`)}
${groups.map((g, gi) => {
  const y = top + gi * row;
  return html`<g>
<text x="0" y="${y + 12}" font-size="12" font-weight="bold">${g.label}</text>
${g.values.map(
  (
    v,
    si,
  ) => html`<rect x="0" y="${y + labelHeight + si * barHeight}" width="${Math.max(1, scale(v)).toFixed(1)}" height="${barHeight - 3}" fill="${COLORS[series[si]!.tone]}"/>
<text x="${scale(v) + 5}" y="${y + labelHeight + si * barHeight + 9}" font-size="10">${series[si]!.name}: ${v}</text>`,
)}
</g>`;
})}
</svg>`;
}
