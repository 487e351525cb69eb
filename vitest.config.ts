import { defineConfig } from "vitest/config";

// JSX (test/**/*.tsx): Vite's Oxc transform takes `jsx` and `jsxImportSource` (preact) from tsconfig.json.

/**
 * Three projects, chosen by where a test file is and how it is named, so a new file lands in the
 * right one without editing this file:
 * - browser: `test/e2e/**` and `*browser*.test.ts` drive Chromium (most build a site first);
 * - integration: `*.int.test.ts` build a site, spawn a command (`tsx scripts/…`), push between
 *   Git clones or start a real server (sshd, decap-server);
 * - unit: everything else, in parallel with short timeouts; a unit test that needs more time than
 *   that is an integration test and should be named so.
 * Unit files run first, in parallel; then integration, then browser files one at a time, so builds
 * and browsers do not fight over two cores.
 */
export const PROJECTS: Record<"unit" | "integration" | "browser", { include: string[]; exclude: string[] }> = {
  unit: {
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "test/**/*browser*.test.{ts,tsx}", "test/**/*.int.test.{ts,tsx}"],
  },
  integration: {
    include: ["test/**/*.int.test.{ts,tsx}"],
    exclude: ["test/e2e/**", "test/**/*browser*.test.{ts,tsx}"],
  },
  browser: { include: ["test/e2e/**/*.test.{ts,tsx}", "test/**/*browser*.test.{ts,tsx}"], exclude: [] },
};

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        // Vitest's default is one worker less than the cores (one on two cores): unit files use them all.
        test: {
          name: "unit",
          ...PROJECTS.unit,
          maxWorkers: "100%",
          testTimeout: 20_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          ...PROJECTS.integration,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          ...PROJECTS.browser,
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
