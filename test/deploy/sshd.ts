/**
 * A real OpenSSH server on 127.0.0.1 for deploy tests: throwaway host and client keys in a
 * temporary folder, a random free port, the "remote" folders on this same machine.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createConnection, createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { run } from "../../src/deploy/ssh.ts";
import { TOOLS } from "../tools.ts";

export const SSHD = TOOLS.sshd.name;
/** Tests that need it are declared with `describeWithTools([TOOLS.sshd], …)`. */
export const haveSshd = TOOLS.sshd.present();

export interface TestSshd {
  /** Temporary folder holding keys, config and the test's "server" folders. */
  dir: string;
  port: number;
  user: string;
  /** Client private key file (WARTA_SSH_KEY). */
  keyFile: string;
  /** known_hosts with the server's host key (WARTA_SSH_KNOWN_HOSTS). */
  knownHostsFile: string;
  /** `ssh://user@127.0.0.1:port<path>`. */
  target(path: string): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function keygen(file: string): Promise<void> {
  const result = await run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "warta-test", "-f", file]);
  if (result.code !== 0) throw new Error(`ssh-keygen failed: ${result.stderr}`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startSshd(): Promise<TestSshd> {
  const dir = await mkdtemp(join(tmpdir(), "warta-sshd-"));
  const hostKey = join(dir, "host_key");
  const keyFile = join(dir, "client_key");
  await keygen(hostKey);
  await keygen(keyFile);
  await writeFile(join(dir, "authorized_keys"), await readFile(`${keyFile}.pub`));
  // sshd refuses to start without its privilege separation directory.
  await mkdir("/run/sshd", { recursive: true, mode: 0o755 });

  const port = await freePort();
  const config = join(dir, "sshd_config");
  await writeFile(
    config,
    [
      `Port ${port}`,
      `ListenAddress 127.0.0.1`,
      `HostKey ${hostKey}`,
      `AuthorizedKeysFile ${join(dir, "authorized_keys")}`,
      `PidFile ${join(dir, "sshd.pid")}`,
      `StrictModes no`,
      `UsePAM no`,
      `PermitRootLogin prohibit-password`,
      `PubkeyAuthentication yes`,
      `PasswordAuthentication no`,
      `KbdInteractiveAuthentication no`,
      `LogLevel ERROR`,
      // Bash runs ~/.bashrc for commands that come through sshd, but only in a top-level shell;
      // this machine's .bashrc takes seconds (pyenv), and the deploy runs its commands with sh.
      `SetEnv SHLVL=1`,
      "",
    ].join("\n"),
  );
  const knownHostsFile = join(dir, "known_hosts");
  const hostPub = (await readFile(`${hostKey}.pub`, "utf8")).trim().split(" ").slice(0, 2).join(" ");
  await writeFile(knownHostsFile, `[127.0.0.1]:${port} ${hostPub}\n`);

  const child: ChildProcess = spawn(SSHD, ["-D", "-e", "-f", config], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  let exited = false;
  const exit = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));

  const stop = async () => {
    if (!exited) {
      child.kill("SIGTERM");
      await exit;
    }
    await rm(dir, { recursive: true, force: true });
  };
  for (let i = 0; ; i++) {
    if (exited) {
      await stop();
      throw new Error(`sshd did not start: ${stderr}`);
    }
    if (await accepts(port)) break;
    if (i > 100) {
      await stop();
      throw new Error(`sshd did not listen on ${port} within 10 s: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const user = userInfo().username;
  return { dir, port, user, keyFile, knownHostsFile, target: (path) => `ssh://${user}@127.0.0.1:${port}${path}`, stop };
}
