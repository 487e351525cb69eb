/**
 * Every `npm run …` command follows the one convention of src/command: `scripts/<name>.ts` is a
 * shim that hands one command to `runFromProcess`, `--help` answers in Indonesian with exit 0, and
 * an unknown option is named in Indonesian with exit 2 (the code the workflows treat as misuse).
 */
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runCommand, type Command } from "../../src/command/command.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** A shim: a comment, two imports, a blank line and the call; a few more lines is already logic. */
const MAX_SHIM_LINES = 6;

const pkg = JSON.parse(await readFile(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
const scripts = (await readdir(join(ROOT, "scripts"))).filter((f) => f.endsWith(".ts")).sort();

interface Shim {
  file: string;
  /** The module the command comes from, relative to scripts/. */
  module: string;
  exported: string;
}

function readShim(file: string, text: string): Shim {
  const imports = [...text.matchAll(/^import \{ (\w+) \} from "([^"]+)";$/gm)].map((m) => ({
    name: m[1]!,
    from: m[2]!,
  }));
  expect(
    imports.map((i) => i.from),
    `${file}: imports`,
  ).toHaveLength(2);
  expect(imports[0], `${file}: the convention first`).toEqual({
    name: "runFromProcess",
    from: "../src/command/command.ts",
  });
  const command = imports[1]!;
  expect(command.from, `${file}: one command module`).toMatch(/\/command\.ts$/);
  expect(text, `${file}: only runs it`).toMatch(new RegExp(`\\nawait runFromProcess\\(${command.name}\\);\\n$`));
  return { file, module: command.from, exported: command.name };
}

/** Words of an English help or message; quoted names (GitHub's own labels) do not count. */
const ENGLISH = /\b(the|and|of|with|when|default|Usage|Options|Exit|show|this help|unknown|missing)\b/;
const withoutQuotes = (text: string) => text.replace(/"[^"\n]*"/g, '""');

describe("scripts/*.ts", () => {
  it("are shims of a few lines, each running one command module", async () => {
    expect(scripts.length).toBeGreaterThan(10);
    for (const file of scripts) {
      const text = await readFile(join(ROOT, "scripts", file), "utf8");
      expect(text.trimEnd().split("\n").length, `${file}: lines`).toBeLessThanOrEqual(MAX_SHIM_LINES);
      readShim(file, text);
    }
  });

  it("are each an npm script, and every npm script that runs tsx runs one of them", () => {
    const run = Object.entries(pkg.scripts).flatMap(([, line]) => {
      const file = / tsx scripts\/([\w-]+\.ts)$/.exec(line)?.[1];
      return file ? [file] : [];
    });
    expect(run.sort()).toEqual(scripts);
  });
});

describe("every command", () => {
  for (const [name, line] of Object.entries(pkg.scripts)) {
    const file = / tsx scripts\/([\w-]+\.ts)$/.exec(line)?.[1];
    if (!file) continue;
    const typed = name === "start" ? "npm start" : `npm run ${name}`;

    it(`${typed}: --help in Indonesian (exit 0), an unknown option named in Indonesian (exit 2)`, async () => {
      const shim = readShim(file, await readFile(join(ROOT, "scripts", file), "utf8"));
      const module = (await import(pathToFileURL(join(ROOT, "scripts", shim.module)).href)) as Record<string, Command>;
      const command = module[shim.exported]!;
      expect(command.usage).toBe(typed);

      for (const argv of [["--help"], ["-h"]]) {
        const out: string[] = [];
        const err: string[] = [];
        expect(await runCommand(command, argv, { env: {}, out: (t) => out.push(t), err: (t) => err.push(t) })).toBe(0);
        const help = out.join("\n");
        expect(err).toEqual([]);
        expect(help.startsWith(`Cara pakai: ${typed}`), help.split("\n")[0]).toBe(true);
        expect(help).toMatch(/\nKode keluar: 0 /);
        expect(help).toContain("-h, --help");
        expect(withoutQuotes(help)).not.toMatch(ENGLISH);
      }

      const out: string[] = [];
      const err: string[] = [];
      expect(
        await runCommand(command, ["--tidak-ada"], { env: {}, out: (t) => out.push(t), err: (t) => err.push(t) }),
      ).toBe(2);
      expect(out).toEqual([]);
      const message = err.join("\n");
      expect(message.startsWith("Argumen --tidak-ada tidak dikenal."), message.split("\n")[0]).toBe(true);
      expect(message).toContain(`Cara pakai: ${typed}`);
      // The first import loads the src/ modules the commands share.
    }, 60_000);
  }
});

describe("a usage error", () => {
  it("names an option's missing value, and one that takes none, in Indonesian", async () => {
    const command = {
      usage: "npm run uji",
      help: "Cara pakai: npm run uji",
      options: { bulan: { type: "string" }, cek: { type: "boolean" } },
      run: async () => 0,
    } satisfies Command;
    const err: string[] = [];
    const io = { env: {}, out: () => {}, err: (t: string) => err.push(t) };
    expect(await runCommand(command, ["--bulan"], io)).toBe(2);
    expect(await runCommand(command, ["--bulan", "--cek"], io)).toBe(2);
    expect(await runCommand(command, ["--cek=ya"], io)).toBe(2);
    expect(await runCommand(command, ["lebih"], io)).toBe(2);
    expect(err.map((e) => e.split("\n")[0])).toEqual([
      '--bulan memerlukan nilai: tulis --bulan NILAI (nilai yang diawali "-" ditulis --bulan=-NILAI).',
      '--bulan memerlukan nilai: tulis --bulan NILAI (nilai yang diawali "-" ditulis --bulan=-NILAI).',
      "--cek tidak menerima nilai: tulis --cek saja.",
      "Argumen lebih tidak dikenal: perintah ini tidak menerima kata tanpa pilihan.",
    ]);
  });
});

describe("an unexpected crash", () => {
  const TOKEN = "ghp_r4hasia-jangan-dicetak";
  const crashing = (error: unknown) =>
    ({
      usage: "npm run uji",
      help: "Cara pakai: npm run uji",
      options: {},
      run: async () => {
        throw error;
      },
    }) satisfies Command;
  const crash = async (error: unknown, env: Record<string, string> = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCommand(crashing(error), [], {
      env: { GITHUB_TOKEN: TOKEN, ...env },
      out: (t) => out.push(t),
      err: (t) => err.push(t),
    });
    return { code, out, err: err.join("\n") };
  };

  it("ends in one Indonesian line and exit 1, the stack only on request, never a secret", async () => {
    const plain = await crash(new Error(`request with ${TOKEN} broke`));
    expect(plain.code).toBe(1);
    expect(plain.out).toEqual([]);
    expect(plain.err.split("\n")[0]).toBe("Terjadi kesalahan tak terduga: request with *** broke.");
    expect(plain.err).toContain("WARTA_DEBUG=1");
    expect(plain.err).not.toMatch(/^\s+at /m);
    expect(plain.err).not.toContain(TOKEN);

    const debug = await crash(new Error(`request with ${TOKEN} broke`), { WARTA_DEBUG: "1" });
    expect(debug.code).toBe(1);
    expect(debug.err).toMatch(/Detail teknis:\nError: request with \*\*\* broke\n\s+at /);
    expect(debug.err).not.toContain(TOKEN);
    // GitHub Actions sets CI=true: the log keeps the stack without a second run.
    expect((await crash(new Error("x"), { CI: "true" })).err).toMatch(/^\s+at /m);
  });

  it("says what a system error means, with its path", async () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open '/tmp/tidak-ada.yml'"), {
      code: "ENOENT",
      path: "/tmp/tidak-ada.yml",
    });
    expect((await crash(missing)).err.split("\n")[0]).toBe(
      "Terjadi kesalahan tak terduga: berkas atau folder tidak ditemukan (/tmp/tidak-ada.yml) — ENOENT: no such file or directory, open '/tmp/tidak-ada.yml'.",
    );
    expect((await crash("bukan Error")).err.split("\n")[0]).toBe("Terjadi kesalahan tak terduga: bukan Error.");
  });
});
