import { describe, expect, it } from "vitest";
import { benchMarkdown } from "../../scripts/bench/markdown.ts";

// Figures only: wall-clock values are never asserted, the benchmark must just run end to end.
describe("benchMarkdown", () => {
  it("measures every variant and storage layout on a small corpus", async () => {
    const lines: string[] = [];
    const figures = await benchMarkdown({ posts: 20, log: (line) => lines.push(line) });
    expect(figures).toMatchObject({ posts: 20, rounds: 1, cores: expect.any(Number) });
    expect(figures.averageWords).toBeGreaterThan(450);
    for (const timing of [figures.naiveUnified, figures.coldInThread, figures.coldWorkerPool, figures.warmFromCache]) {
      expect(timing.ms).toEqual(expect.any(Number));
    }
    expect(figures.markdownIt).not.toBeNull(); // Eleventy brings markdown-it.
    expect(figures.cacheStorage.packFile.bytes).toBeGreaterThan(20 * 1000);
    expect(lines.some((line) => line.includes(" pool: "))).toBe(true);
  });
});
