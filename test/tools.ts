/**
 * Tests that need a program from the system (sshd, Chromium, Java). On a developer's machine a
 * missing program skips them with a warning; under `CI=true` (`.ci/run` and GitHub Actions set it,
 * and install the programs) a missing program is a failure, so a broken CI image cannot turn the
 * suite green by skipping.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, it } from "vitest";

export interface Tool {
  name: string;
  /** Debian package(s) that provide it. */
  install: string;
  present: () => boolean;
}

export const TOOLS = {
  sshd: {
    name: "/usr/sbin/sshd",
    install: "openssh-server openssh-client rsync",
    present: () => existsSync("/usr/sbin/sshd"),
  },
  chromium: { name: "/usr/bin/chromium", install: "chromium", present: () => existsSync("/usr/bin/chromium") },
  java: {
    name: "java",
    install: "default-jre-headless",
    present: () => !spawnSync("java", ["-version"], { stdio: "ignore" }).error,
  },
} satisfies Record<string, Tool>;

export const isCI = (env: NodeJS.ProcessEnv = process.env) => ["true", "1"].includes((env.CI ?? "").toLowerCase());

export type Gate = { run: true } | { run: false; fail: boolean; reason: string };

/** Whether tests needing `tools` run, are skipped (missing, not CI) or fail (missing under CI). */
export function gate(tools: readonly Tool[], ci: boolean): Gate {
  const missing = tools.filter((t) => !t.present());
  if (missing.length === 0) return { run: true };
  const reason = `missing ${missing.map((t) => t.name).join(", ")} (apt-get install ${missing.map((t) => t.install).join(" ")})`;
  return { run: false, fail: ci, reason };
}

/** `describe` that runs only when `tools` are present; see the header for what happens otherwise. */
export function describeWithTools(tools: readonly Tool[], title: string, body: () => void): void {
  const decision = gate(tools, isCI());
  if (decision.run) describe(title, body);
  else if (decision.fail) {
    describe(title, () => {
      it("has the programs it needs (CI=true)", () => {
        throw new Error(`${decision.reason}: under CI=true these tests must run, not be skipped`);
      });
    });
  } else {
    console.warn(`SKIPPED: ${title} — ${decision.reason}`);
    describe.skip(title, body);
  }
}
