/**
 * The W3C Nu HTML Checker (npm `vnu-jar`) over many files in one `java` run: the JVM start is the
 * slow part, so every page and stylesheet goes into a single invocation.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const VNU_JAR = join(
  dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")),
  "build",
  "dist",
  "vnu.jar",
);

export interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/** Errors only (`--errors-only`); `.css` files are checked as CSS (`--also-check-css`). */
export async function checkWithVnu(files: string[]): Promise<VnuMessage[]> {
  const args = ["-jar", VNU_JAR, "--format", "json", "--errors-only", "--also-check-css", ...files];
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((ok, fail) => {
    const child = spawn("java", args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.once("error", fail);
    child.once("close", (code) => ok({ code, stderr }));
  });
  // The JSON report goes to stderr; exit 1 just means "errors found", anything unparsable is a crash.
  let report: { messages: VnuMessage[] };
  try {
    report = JSON.parse(stderr) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`vnu did not produce a JSON report (exit ${code}):\n${stderr.slice(0, 2000)}`);
  }
  return report.messages;
}

/** `berita/index.html:12:5: message «extract»`, relative to `baseDir`. */
export function formatVnuMessage(message: VnuMessage, baseDir: string): string {
  const file = message.url?.startsWith("file:") ? relative(baseDir, fileURLToPath(message.url)) : (message.url ?? "?");
  const where = `${file}:${message.lastLine ?? "?"}:${message.firstColumn ?? message.lastColumn ?? "?"}`;
  const extract = message.extract ? ` «${message.extract.replace(/\s+/g, " ").trim()}»` : "";
  return `${where}: [${message.type}${message.subType ? `/${message.subType}` : ""}] ${message.message}${extract}`;
}
