/** The end-of-run summary: a plain table for the log and a Markdown table for `$GITHUB_STEP_SUMMARY`. */
import { graphemeLength } from "./compose.ts";
import type { Preview, RunResult, RowState, SummaryRow } from "./run.ts";
import { CHANNEL_LABELS } from "./types.ts";

export const STATE_LABELS: Record<RowState, string> = {
  posted: "terkirim",
  failed: "gagal",
  unknown: "belum pasti",
  pending: "diproses",
  baseline: "lama",
  skipped: "dilewati",
  held: "ditahan",
  waiting: "menunggu",
  "would-post": "akan dikirim",
};

function cells(row: SummaryRow): [string, string, string, string] {
  return [row.title, CHANNEL_LABELS[row.channel], STATE_LABELS[row.state], row.link ?? row.note ?? ""];
}

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - graphemeLength(text)));

function clip(text: string, width: number): string {
  return graphemeLength(text) <= width
    ? text
    : `${[...new Intl.Segmenter("id", { granularity: "grapheme" }).segment(text)]
        .slice(0, width - 1)
        .map((s) => s.segment)
        .join("")}…`;
}

/** Aligned columns; long titles are clipped, links never are. */
export function formatTable(rows: readonly SummaryRow[]): string {
  const header: [string, string, string, string] = ["Item", "Kanal", "Status", "Tautan / keterangan"];
  const body = rows.map(cells).map(([t, c, s, l]) => [clip(t, 48), c, s, l] as const);
  const widths = [0, 1, 2].map((i) => Math.max(graphemeLength(header[i]!), ...body.map((r) => graphemeLength(r[i]!))));
  const line = (r: readonly string[]) =>
    [pad(r[0]!, widths[0]!), pad(r[1]!, widths[1]!), pad(r[2]!, widths[2]!), r[3]!].join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w)).concat("─".repeat(19))), ...body.map(line)].join("\n");
}

const escapeCell = (text: string) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

export function formatMarkdown(result: RunResult, heading = "Unggahan media sosial"): string {
  const lines = [`### ${heading}`, ""];
  if (result.baselined > 0)
    lines.push(`${result.baselined} item lama ditandai sudah terkirim (kanal pertama kali dipakai).`, "");
  if (result.ledgerError) lines.push(`**Catatan unggahan gagal ditulis:** ${escapeCell(result.ledgerError)}`, "");
  if (result.rows.length === 0) {
    lines.push("Tidak ada yang perlu dikirim.");
    return lines.join("\n") + "\n";
  }
  lines.push("| Item | Kanal | Status | Tautan / keterangan |", "| --- | --- | --- | --- |");
  for (const row of result.rows) {
    const [title, channel, state] = cells(row).map(escapeCell);
    const last = row.link ? `[${escapeCell(row.link)}](${row.link})` : escapeCell(row.note ?? "");
    lines.push(`| [${title}](${row.url}) | ${channel} | ${state} | ${last} |`);
  }
  return lines.join("\n") + "\n";
}

/** A dry run's post, exactly as it would be sent. */
export function formatPreview(preview: Preview): string {
  const { post } = preview;
  const lines = [`── ${CHANNEL_LABELS[post.channel]} · ${preview.entry.url} ──`];
  if (preview.skip) lines.push(`(dilewati: ${preview.skip})`);
  lines.push(post.text);
  if (post.imageUrl) lines.push(`[gambar: ${post.imageUrl}${post.altText ? ` — alt: ${post.altText}` : ""}]`);
  if (post.channel === "bluesky" || (post.channel === "facebook" && !post.imageUrl))
    lines.push(`[kartu tautan: ${post.link}]`);
  return lines.join("\n");
}
