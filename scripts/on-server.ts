/**
 * What `npm run deploy` and `npm run rollback` share: the message for a missing server address,
 * and one SSH session around the work, with the same exit codes (2 for a bad target or refused
 * login, 1 for a failure on the server) and the session always closed.
 */
import { DeployError } from "../src/deploy/releases.ts";
import { openSsh, RemoteError, type SshSession } from "../src/deploy/ssh.ts";
import { parseTarget, TargetError } from "../src/deploy/target.ts";

export function missingTarget(contentDir: string): 2 {
  process.stderr.write(
    `Alamat server belum diisi: tulis deploy.server di ${contentDir}/_data/site.yml, isi WARTA_DEPLOY_TARGET, atau pakai --target ssh://pengguna@host/folder.\n` +
      `(No deploy target: set deploy.server in site.yml, WARTA_DEPLOY_TARGET, or --target.)\n`,
  );
  return 2;
}

/** Runs `work` over SSH on `targetText` (ssh://user@host[:port]/folder) and returns the exit code. */
export async function onServer(targetText: string, work: (session: SshSession) => Promise<number>): Promise<number> {
  let session: SshSession;
  try {
    session = await openSsh(parseTarget(targetText));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return error instanceof TargetError || error instanceof RemoteError ? 2 : 1;
  }
  try {
    return await work(session);
  } catch (error) {
    const known = error instanceof DeployError || error instanceof RemoteError;
    process.stderr.write(`${known ? (error as Error).message : ((error as Error).stack ?? String(error))}\n`);
    return 1;
  } finally {
    await session.dispose();
  }
}
