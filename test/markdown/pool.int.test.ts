import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import {
  MarkdownCache,
  WORKER_THRESHOLD,
  prestartWorkers,
  renderBodies,
  renderDocument,
  renderDocuments,
  type RenderSummary,
} from "../../src/markdown/index.ts";
import { syntheticPosts } from "../../scripts/bench/posts.ts";

const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "warta-md-pool-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A few full posts, then short varied bodies: enough misses to pass the threshold, little CPU.
const BODIES = [
  ...syntheticPosts(6),
  ...Array.from(
    { length: WORKER_THRESHOLD },
    (_, i) =>
      `### Pengumuman ${i}\n\nJadwal *layanan* ke-${i}: [rincian](https://contoh.go.id/${i}) ~~lama~~\n\n- satu\n- dua`,
  ),
  "<script>alert(1)</script>[x](javascript:alert(1)) ![a](data:image/png;base64,AA==)",
  "Lihat www.dinas.go.id dan [situs](https://dinas.go.id/ppid/).\n\n| a |\n| - |\n| ~~b~~[^1] |\n\n[^1]: catatan",
];
const SITE_URL = "https://dinas.go.id/";

/** Collects a render's summary: pass `summary.on` as `onSummary`, read `summary.last` after. */
function summaries() {
  const seen: RenderSummary[] = [];
  return {
    on: (s: RenderSummary) => void seen.push(s),
    get last() {
      return seen.at(-1)!;
    },
  };
}

describe("worker pool (under vitest)", () => {
  it("renders the misses in worker threads, with output equal to this thread's", async () => {
    const inThread = BODIES.map((md) => renderDocument(md, { siteUrl: SITE_URL }));
    const summary = summaries();

    const pooled = await renderDocuments(BODIES, {
      cache: false,
      siteUrl: SITE_URL,
      workers: 2,
      onSummary: summary.on,
    });

    expect(pooled).toEqual(inThread);
    expect(summary.last.workersStarted).toBe(2);
    expect(summary.last.renderedInWorkers).toBe(BODIES.length);
    expect(summary.last.renderedHere).toBe(0);
  });

  it("uses the pool by itself only above the threshold of misses", async () => {
    const summary = summaries();
    await renderBodies(BODIES.slice(0, WORKER_THRESHOLD), {
      cache: new MarkdownCache({ dir: join(scratch, "small") }),
      onSummary: summary.on,
    });
    expect(summary.last.workersStarted).toBe(0);

    const cache = new MarkdownCache({ dir: join(scratch, "large") });
    const progress: number[] = [];
    const html = await renderBodies(BODIES, {
      cache,
      onProgress: (done) => progress.push(done),
      onSummary: summary.on,
    });
    expect(summary.last.workersStarted).toBeGreaterThan(0);
    expect(html).toEqual(BODIES.map((md) => renderDocument(md).html));
    expect(progress.at(-1)).toBe(BODIES.length);
    // …and what the workers rendered was cached: the next build starts no worker.
    await renderBodies(BODIES, { cache: new MarkdownCache({ dir: join(scratch, "large") }), onSummary: summary.on });
    expect(summary.last.workersStarted).toBe(0);
  });

  it("uses workers started ahead instead of new ones, and stops them when the render needs none", async () => {
    const summary = summaries();
    expect(prestartWorkers(2)).toBe(2);
    const pooled = await renderDocuments(BODIES, {
      cache: false,
      siteUrl: SITE_URL,
      workers: 2,
      onSummary: summary.on,
    });
    expect(pooled).toEqual(BODIES.map((md) => renderDocument(md, { siteUrl: SITE_URL })));
    expect(summary.last.workersStarted).toBe(0);
    expect(summary.last.renderedInWorkers).toBe(BODIES.length);

    // Started ahead, then a render small enough for this thread: they are stopped, not kept for later.
    prestartWorkers(2);
    await renderDocuments(BODIES.slice(0, 3), { cache: false });
    expect(prestartWorkers(2)).toBe(2);
    await renderDocuments([], { cache: false });
  });
});

describe("worker pool under plain `node --import tsx`", () => {
  it("loads its TypeScript worker and renders the same HTML", async () => {
    const script = join(scratch, "render.mjs");
    const index = pathToFileURL(join(projectRoot, "src/markdown/index.ts")).href;
    writeFileSync(
      script,
      `import { renderDocuments } from ${JSON.stringify(index)};
const bodies = JSON.parse(process.argv[2]);
let summary;
const docs = await renderDocuments(bodies, { cache: false, siteUrl: ${JSON.stringify(SITE_URL)}, workers: 2, onSummary: (s) => (summary = s) });
process.stdout.write(JSON.stringify({ docs, summary }));`,
    );
    const bodies = BODIES.slice(-12);
    // Exactly how the project's scripts run: `node --import tsx <script>` from the project root.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", script, JSON.stringify(bodies)],
      {
        cwd: projectRoot,
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const result = JSON.parse(stdout) as { docs: unknown; summary: RenderSummary };
    expect(result.summary).toMatchObject({ workersStarted: 2, renderedInWorkers: bodies.length });
    expect(result.docs).toEqual(bodies.map((md) => renderDocument(md, { siteUrl: SITE_URL })));
  });
});
