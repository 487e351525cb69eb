/** The words of a refused save, the same whether the admin's server or the admin page refuses it. */
import type { Problem } from "../content/model.ts";
import { problemLine } from "../content/problems.ts";

/** The refusal an editor reads in the admin: every problem as `npm run check` prints it. */
export function saveRefusalMessage(problems: Problem[]): string {
  const lines = problems.map((p) => `• ${problemLine(p)}`);
  return `Penyimpanan ditolak: isian ini akan ditolak saat situs dibangun, jadi entri TIDAK disimpan. Perbaiki lalu simpan lagi.\n${lines.join("\n")}`;
}
