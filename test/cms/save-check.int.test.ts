/**
 * A save the check would refuse is refused by the admin's server before anything is committed,
 * with the check's own message and fix (issue 12 item 1). The rules are enumerated from the
 * check's registry (src/content/rules.ts): every rule needs a save that breaks exactly it
 * (rule-fixtures.ts), or a stated reason why no save can (then it is shown on disk); for each save, the expected problems come from the check itself
 * (`loadContent` over the content with the file in place — what `npm run check` runs), and the
 * guard's answer to Decap's `persistEntry` must list exactly those, while no draft branch or
 * commit appears. Requests have the shape Decap's proxy backend sends
 * (decap-cms-backend-proxy `persistEntry`: `{ dataFiles: [{ slug, path, raw }], assets: [{ path,
 * content, encoding: "base64" }], options }`); a refused request answers `{ error }`, which the
 * backend throws as `APIError(json.error)` and Decap shows as "Gagal menyimpan entri: …".
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalCms, type LocalCms } from "../../src/cms/local.ts";
import { EDITOR_HEADER } from "../../src/cms/editor-session.ts";
import { saveRefusalMessage } from "../../src/cms/save-check.ts";
import { loadContent } from "../../src/content/load.ts";
import { makeContentRepo } from "../../src/cms/content-repo.ts";
import { RULE_IDS, RULES, type RuleId } from "../../src/content/rules.ts";
import { EXEMPT_FILE, EXEMPT_ITEM, news, NOT_BY_SAVE, PDF, RULE_FIXTURES, type RuleFixture } from "./rule-fixtures.ts";

const run = promisify(execFile);

let tmp: string;
let cms: LocalCms;
const git = async (...args: string[]) => (await run("git", args, { cwd: cms.cloneDir })).stdout.trim();

type Fixture = RuleFixture;

const fixturesOf = (rule: RuleId) => RULE_FIXTURES.filter((f) => f.rule === rule);

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "warta-save-check-"));
  const repo = await makeContentRepo(join(tmp, "repo"), { keep: { berita: 1, galeri: 1 } });
  // An exempt item with its file, which no other entry may link.
  await writeFile(join(repo, EXEMPT_ITEM.path), EXEMPT_ITEM.raw);
  await writeFile(join(repo, EXEMPT_FILE), PDF);
  await run("git", ["add", "."], { cwd: repo });
  await run("git", ["commit", "--quiet", "-m", "An exempt item"], { cwd: repo });
  cms = await startLocalCms({ repoDir: repo, stateDir: join(tmp, "state"), port: 0, log: () => {} });
}, 120_000);

afterAll(async () => {
  await cms?.stop();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** What `npm run check` reports for the fixture's files, on a plain copy of `main` with them in place. */
async function checkReports(fixture: Fixture, n: number) {
  const dir = join(tmp, `expected-${n}`);
  await mkdir(dir, { recursive: true });
  await run("sh", ["-c", `git archive main content | tar -x -C "${dir}"`], { cwd: cms.cloneDir });
  const files = [{ path: fixture.path, content: fixture.raw }, ...(fixture.assets ?? [])];
  for (const file of files) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.content);
  }
  const { problems } = await loadContent(join(dir, "content"));
  return problems.filter((p) => files.some((f) => f.path === p.file));
}

async function persist(fixture: Fixture) {
  const call = (body: unknown) =>
    fetch(cms.proxyUrl, {
      method: "POST",
      headers: { "content-type": "application/json", [EDITOR_HEADER]: "save-check-page-1" },
      body: JSON.stringify(body),
    });
  // A data file is saved over the version the page read (the guard refuses a save of an unread version).
  if (fixture.collection === "data") await call({ action: "getEntry", params: { branch: "main", path: fixture.path } });
  const res = await fetch(cms.proxyUrl, {
    method: "POST",
    headers: { "content-type": "application/json", [EDITOR_HEADER]: "save-check-page-1" },
    body: JSON.stringify({
      action: "persistEntry",
      params: {
        branch: "main",
        dataFiles: [{ slug: fixture.slug, path: fixture.path, raw: fixture.raw }],
        assets: (fixture.assets ?? []).map((a) => ({
          path: a.path,
          content: a.content.toString("base64"),
          encoding: "base64",
        })),
        options: {
          collectionName: fixture.collection,
          commitMessage: `Create ${fixture.slug}`,
          useWorkflow: true,
          status: "draft",
          newEntry: fixture.collection !== "data",
        },
      },
    }),
  });
  return { status: res.status, json: (await res.json()) as { error?: string } };
}

describe("the admin refuses, before saving, what npm run check refuses", () => {
  it("has a save for every rule of the check, or a reason why no save can break it", () => {
    const missing = RULE_IDS.filter((rule) => fixturesOf(rule).length === 0 && !NOT_BY_SAVE[rule]);
    expect(missing, "rules of src/content/rules.ts without a fixture in test/cms/rule-fixtures.ts").toEqual([]);
    for (const rule of Object.keys(NOT_BY_SAVE)) expect(fixturesOf(rule as RuleId), rule).toEqual([]);
  });

  it.each(RULE_FIXTURES.map((f, i) => [`${f.rule} (${RULES[f.rule].title}): ${f.path}`, f, i] as const))(
    "%s",
    async (_name, fixture, n) => {
      const expected = await checkReports(fixture, n);
      expect(expected.length, "the check refuses the fixture").toBeGreaterThan(0);
      // The fixture breaks exactly its rule.
      expect(expected.map((p) => p.rule)).toEqual(expected.map(() => fixture.rule));
      const refs = await git("for-each-ref", "--format=%(refname) %(objectname)");

      const reply = await persist(fixture);
      expect(reply.status).toBe(422);
      expect(reply.json.error).toBe(saveRefusalMessage(expected));
      // Each line exactly as `npm run check` prints it.
      for (const p of expected)
        expect(reply.json.error).toContain(`• ${p.file}:${p.line}  ${p.field || "-"}  ${p.message}  → ${p.fix}`);
      // Nothing committed: no draft branch, main unchanged.
      expect(await git("for-each-ref", "--format=%(refname) %(objectname)")).toBe(refs);
    },
  );

  it("reports the rules no save can break when the repository breaks them (a hand-made commit)", async () => {
    const dir = join(tmp, "by-hand");
    await mkdir(dir, { recursive: true });
    await run("sh", ["-c", `git archive main content | tar -x -C "${dir}"`], { cwd: cms.cloneDir });
    await writeFile(
      join(dir, "content/berita/latin1.md"),
      Buffer.concat([Buffer.from("---\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]),
    );
    await symlink("/etc/hostname", join(dir, "content/berita/tautan.md"));
    await rm(join(dir, "content/_data/menu.yml"));
    const { problems } = await loadContent(join(dir, "content"));
    const ruleOf = (file: string) => problems.filter((p) => p.file === file).map((p) => p.rule);
    expect(ruleOf("content/berita/latin1.md")).toEqual(["teks-utf8"]);
    expect(ruleOf("content/berita/tautan.md")).toEqual(["berkas-biasa"]);
    expect(ruleOf("content/_data/menu.yml")).toEqual(["berkas-data-ada"]);
    expect(Object.keys(NOT_BY_SAVE).sort()).toEqual(["berkas-biasa", "berkas-data-ada", "teks-utf8"]);
  });

  it("saves a valid entry (the check does not get in the way)", async () => {
    const valid: Fixture = {
      rule: "kolom-wajib",
      collection: "berita",
      slug: "2026-11-20-valid",
      path: "content/berita/2026-11-20-valid.md",
      raw: news(""),
    };
    expect(await checkReports(valid, 99)).toEqual([]);
    const reply = await persist(valid);
    expect(reply.status, reply.json.error).toBe(200);
    expect(await git("show", `cms/berita/2026-11-20-valid:${valid.path}`)).toContain("Berita uji");
  });
});
