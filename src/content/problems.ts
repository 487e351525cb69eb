/** Content problems as editors read them: `file:line  field  message  → fix`. */
import type { Problem } from "./model.ts";

/** Thrown by `loadValidContent`; the message is the editor-readable list. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** One problem as `npm run check` prints it; the admin shows the same line. */
export const problemLine = (p: Problem) => `${p.file}:${p.line}  ${p.field || "-"}  ${p.message}  → ${p.fix}`;

/** One line per problem, then an Indonesian summary line. */
export function formatProblems(problems: Problem[]): string {
  if (problems.length === 0) return "Tidak ada masalah pada konten.";
  const lines = problems.map(problemLine);
  const files = new Set(problems.map((p) => p.file)).size;
  lines.push(`Ditemukan ${problems.length} masalah pada ${files} berkas. Perbaiki semuanya lalu periksa lagi dengan: npm run check`);
  return lines.join("\n");
}

/** Stable order: by file, then line, then field. */
export function sortProblems<P extends Problem>(problems: P[]): P[] {
  return problems.sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.field.localeCompare(b.field)),
  );
}

/** Sizes in editor-facing messages ("12,4 MB"); one definition of a megabyte for the whole project. */
export { fileSize as megabytes } from "../format/size.ts";
