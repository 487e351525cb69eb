import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, deflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenFile } from "../../src/review/files.ts";

/** A ZIP archive written the way Office writes it (deflate), for the office-document tests. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const cell = (ref: string, index: number) => `<c r="${ref}" t="s"><v>${index}</v></c>`;

describe("office attachments are screened like pages", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-office-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("finds NIK and KK columns of a spreadsheet of aid recipients, by row, masked", async () => {
    const shared = ["No", "Nama", "NIK", "No. KK", "Siti Aminah", "3201014508900012", "3201011203150007"];
    const workbook = zip({
      "[Content_Types].xml": "<Types/>",
      "xl/sharedStrings.xml": `<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`,
      "xl/worksheets/sheet1.xml": `<worksheet><sheetData>
        <row r="1">${cell("A1", 0)}${cell("B1", 1)}${cell("C1", 2)}${cell("D1", 3)}</row>
        <row r="2"><c r="A2"><v>1</v></c>${cell("B2", 4)}${cell("C2", 5)}${cell("D2", 6)}</row>
        <row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>Budi</t></is></c><c r="C3"><v>3.57801290180001E+15</v></c></row>
      </sheetData></worksheet>`,
    });
    const file = join(dir, "penerima.xlsx");
    await writeFile(file, workbook);
    const findings = await screenFile(file, { file: "content/media/lampiran/penerima.xlsx" });
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ["nik", 2],
      ["kk", 2],
      ["nik", 3],
    ]);
    expect(findings[0]!.excerpt).toContain("[sheet1]");
    expect(findings.map((f) => f.excerpt).join(" ")).not.toMatch(/3201014508900012|3201011203150007|3578012901800010/);
  });

  it("finds a NIK and a classified stamp in a Word document", async () => {
    const document = zip({
      "word/document.xml": `<w:document><w:body>
        <w:p><w:r><w:t>SANGAT RAHASIA</w:t></w:r></w:p>
        <w:p><w:r><w:t xml:space="preserve">Pemohon: NIK </w:t></w:r><w:r><w:t>3374021203850003</w:t></w:r></w:p>
      </w:body></w:document>`,
    });
    const file = join(dir, "surat.docx");
    await writeFile(file, document);
    const findings = await screenFile(file, { file: "surat.docx" });
    expect(findings.map((f) => f.kind).sort()).toEqual(["classified", "nik"]);
  });

  it("reads a clean document as clean", async () => {
    const file = join(dir, "bersih.docx");
    await writeFile(
      file,
      zip({
        "word/document.xml":
          "<w:document><w:body><w:p><w:r><w:t>Anggaran Rp 1.250.000.000 tahun 2026.</w:t></w:r></w:p></w:body></w:document>",
      }),
    );
    expect(await screenFile(file, { file: "bersih.docx" })).toEqual([]);
  });
});

describe("obfuscated identifiers in office attachments", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "warta-office-hidden-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("finds a NIK split by a line break, zero-width space or full-width digits in a Word document", async () => {
    const document = zip({
      "word/document.xml": `<w:document><w:body>
        <w:p><w:r><w:t>NIK 32010145</w:t></w:r><w:r><w:br/><w:t>08900012</w:t></w:r></w:p>
        <w:p><w:r><w:t>NIK 3374&#x200B;0212&#8203;03850003</w:t></w:r></w:p>
        <w:p><w:r><w:t>NIK ３５７８０１２９０１８００００１</w:t></w:r></w:p>
      </w:body></w:document>`,
    });
    const file = join(dir, "surat.docx");
    await writeFile(file, document);
    const findings = await screenFile(file, { file: "surat.docx" });
    expect(findings.map((f) => f.kind)).toEqual(["nik", "nik", "nik"]);
  });

  it("finds a NIK broken inside a spreadsheet cell and reports the cell's row", async () => {
    const shared = ["Nama", "NIK", "Siti", "32010145\n08900012", "Budi", "3374\u200B021203850003"];
    const workbook = zip({
      "xl/sharedStrings.xml": `<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`,
      "xl/worksheets/sheet1.xml": `<worksheet><sheetData>
        <row r="1">${cell("A1", 0)}${cell("B1", 1)}</row>
        <row r="2">${cell("A2", 2)}${cell("B2", 3)}</row>
        <row r="3">${cell("A3", 4)}${cell("B3", 5)}</row>
      </sheetData></worksheet>`,
    });
    const file = join(dir, "penerima.xlsx");
    await writeFile(file, workbook);
    const findings = await screenFile(file, { file: "penerima.xlsx" });
    expect(findings.map((f) => [f.kind, f.line])).toEqual([
      ["nik", 2],
      ["nik", 3],
    ]);
  });
});
