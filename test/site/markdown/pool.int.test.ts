import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { MarkdownCache, WORKER_THRESHOLD, pipelineStats, poolStats, prestartWorkers, renderBodies, renderDocument, renderDocuments } from "../../../src/site/markdown/index.ts";
import { syntheticPosts } from "../../../src/site/markdown/synthetic.ts";

const projectRoot = fileURLToPath(new URL("../../../", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "warta-md-pool-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// A few full posts, then short varied bodies: enough misses to pass the threshold, little CPU.
const BODIES = [
  ...syntheticPosts(6),
  ...Array.from({ length: WORKER_THRESHOLD }, (_, i) => `### Pengumuman ${i}\n\nJadwal *layanan* ke-${i}: [rincian](https://contoh.go.id/${i}) ~~lama~~\n\n- satu\n- dua`),
  "<script>alert(1)</script>[x](javascript:alert(1)) ![a](data:image/png;base64,AA==)",
  "Lihat www.dinas.go.id dan [situs](https://dinas.go.id/ppid/).\n\n| a |\n| - |\n| ~~b~~[^1] |\n\n[^1]: catatan",
];
const SITE_URL = "https://dinas.go.id/";

describe("worker pool (under vitest)", () => {
  it("renders the misses in worker threads, with output equal to this thread's", async () => {
    const inThread = BODIES.map((md) => renderDocument(md, { siteUrl: SITE_URL }));
    const started = poolStats.workersStarted;
    const inWorkers = poolStats.renderedInWorkers;
    const rendersHere = pipelineStats.renders;

    const pooled = await renderDocuments(BODIES, { cache: false, siteUrl: SITE_URL, workers: 2 });

    expect(pooled).toEqual(inThread);
    expect(poolStats.workersStarted - started).toBe(2);
    expect(poolStats.renderedInWorkers - inWorkers).toBe(BODIES.length);
    expect(pipelineStats.renders - rendersHere).toBe(0);
  });

  it("uses the pool by itself only above the threshold of misses", async () => {
    const started = poolStats.workersStarted;
    await renderBodies(BODIES.slice(0, WORKER_THRESHOLD), { cache: new MarkdownCache({ dir: join(scratch, "small") }) });
    expect(poolStats.workersStarted - started).toBe(0);

    const cache = new MarkdownCache({ dir: join(scratch, "large") });
    const progress: number[] = [];
    const html = await renderBodies(BODIES, { cache, onProgress: (done) => progress.push(done) });
    expect(poolStats.workersStarted - started).toBeGreaterThan(0);
    expect(html).toEqual(BODIES.map((md) => renderDocument(md).html));
    expect(progress.at(-1)).toBe(BODIES.length);
    // …and what the workers rendered was cached: the next build starts no worker.
    const again = poolStats.workersStarted;
    await renderBodies(BODIES, { cache: new MarkdownCache({ dir: join(scratch, "large") }) });
    expect(poolStats.workersStarted).toBe(again);
  });

  it("uses workers started ahead instead of new ones, and stops them when the render needs none", async () => {
    const started = poolStats.workersStarted;
    prestartWorkers(2);
    expect(poolStats.workersStarted - started).toBe(2);
    const pooled = await renderDocuments(BODIES, { cache: false, siteUrl: SITE_URL, workers: 2 });
    expect(pooled).toEqual(BODIES.map((md) => renderDocument(md, { siteUrl: SITE_URL })));
    expect(poolStats.workersStarted - started).toBe(2);

    // Started ahead, then a render small enough for this thread: they are stopped, not kept for later.
    prestartWorkers(2);
    await renderDocuments(BODIES.slice(0, 3), { cache: false });
    const before = poolStats.workersStarted;
    prestartWorkers(2);
    expect(poolStats.workersStarted - before).toBe(2);
    await renderDocuments([], { cache: false });
  });
});

describe("worker pool under plain `node --import tsx`", () => {
  it("loads its TypeScript worker and renders the same HTML", async () => {
    const script = join(scratch, "render.mjs");
    const index = pathToFileURL(join(projectRoot, "src/site/markdown/index.ts")).href;
    writeFileSync(
      script,
      `import { renderDocuments, poolStats } from ${JSON.stringify(index)};
const bodies = JSON.parse(process.argv[2]);
const docs = await renderDocuments(bodies, { cache: false, siteUrl: ${JSON.stringify(SITE_URL)}, workers: 2 });
process.stdout.write(JSON.stringify({ docs, poolStats }));`,
    );
    const bodies = BODIES.slice(-12);
    // Exactly how the project's scripts run: `node --import tsx <script>` from the project root.
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", script, JSON.stringify(bodies)], {
      cwd: projectRoot,
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = JSON.parse(stdout) as { docs: unknown; poolStats: { workersStarted: number; renderedInWorkers: number } };
    expect(result.poolStats).toEqual({ workersStarted: 2, renderedInWorkers: bodies.length });
    expect(result.docs).toEqual(bodies.map((md) => renderDocument(md, { siteUrl: SITE_URL })));
  });
});
