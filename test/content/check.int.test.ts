/** `npm run check` end to end: the real script, spawned with tsx, on fixture trees. */
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { makeContentFixture, removeContentFixture } from "./fixture.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map(removeContentFixture));
});

function check(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "scripts/check.ts", ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

it("exits 0 with a summary on valid content, 1 with every problem, 2 on usage errors", async () => {
  const valid = await makeContentFixture();
  const broken = await makeContentFixture({
    files: {
      "halaman/rusak.md": "tanpa front matter\n",
      "berita/2025-11-05-uji.md": "---\ntitle: Judul berita uji\ntitel: salah\n---\n",
    },
  });
  made.push(valid, broken);

  const [clean, problems, json, usage] = await Promise.all([
    check("--dir", valid),
    check("--dir", broken),
    check("--dir", broken, "--json"),
    check("--dir", valid, "--verbose"),
  ]);

  expect(clean.code).toBe(0);
  expect(clean.stdout).toMatch(/^Konten valid: 7 entri \(Berita 1, Pengumuman 1, Agenda 1, Galeri 1, Halaman 2, Daftar Informasi Publik 1\), 3 bidang\.\n$/);

  expect(problems.code).toBe(1);
  const lines = problems.stdout.trim().split("\n");
  expect(lines).toContain(
    'content/berita/2025-11-05-uji.md:3  titel  kolom "titel" tidak dikenal  → maksud Anda "title"? ganti nama kolom "titel" menjadi "title"',
  );
  expect(lines.some((l) => l.startsWith("content/halaman/rusak.md:1  -  berkas tidak memiliki front matter"))).toBe(true);
  expect(lines.at(-1)).toMatch(/^Ditemukan \d+ masalah pada 2 berkas\./);

  expect(json.code).toBe(1);
  const report = JSON.parse(json.stdout) as { problems: { file: string; line: number; field: string }[]; counts: Record<string, number> };
  expect(report.problems).toContainEqual(expect.objectContaining({ file: "content/berita/2025-11-05-uji.md", line: 3, field: "titel" }));
  expect(report.counts.berita).toBe(1);

  expect(usage.code).toBe(2);
  expect(usage.stderr).toContain("Argumen --verbose tidak dikenal");
  expect(usage.stderr).toContain("Cara pakai: npm run check");
});
