/**
 * Runs one build in a fresh child process and measures it from the outside: wall time from
 * spawn to exit, and peak resident memory from GNU time (`/usr/bin/time -v`) when it is
 * installed, else from what the child reports (`process.resourceUsage().maxRSS`, ours only).
 * GNU time reports the largest process of the tree (Pagefind's own binary runs apart).
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

const GNU_TIME = "/usr/bin/time";
export const hasGnuTime = existsSync(GNU_TIME);

export interface Measured {
  wallMs: number;
  /** Peak RSS in MiB, or null if neither source gave it. */
  peakMiB: number | null;
  /** User + system CPU seconds of the process and its threads (GNU time only): less sensitive to other load than wall time. */
  cpuS: number | null;
  stdout: string;
}

export async function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  const [file, argv] = hasGnuTime ? [GNU_TIME, ["-v", command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolveExit, reject) => {
    child.on("error", reject);
    child.on("close", resolveExit);
  });
  const wallMs = performance.now() - started;
  if (code !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited with ${code}\n${stderr
        .split("\n")
        .filter((l) => !/^\t/.test(l))
        .join("\n")
        .slice(-4000)}`,
    );
  }
  const gnu = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  let peakKiB = gnu ? Number(gnu[1]) : null;
  if (peakKiB === null) {
    const reported = /"maxRssKiB":(\d+)/.exec(stdout);
    peakKiB = reported ? Number(reported[1]) : null;
  }
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpuS = user && system ? Number(user[1]) + Number(system[1]) : null;
  return { wallMs, peakMiB: peakKiB === null ? null : peakKiB / 1024, cpuS, stdout };
}
