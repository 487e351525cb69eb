/**
 * The deploy target of the Dinas's own server, written `ssh://user@host[:port]/path`.
 * Admins type it into the site settings and developers on the command line, so a bad one
 * is explained in both languages, with an example.
 */

export interface SshTarget {
  /** Login name; undefined lets ssh choose (its config or the local user). */
  user: string | undefined;
  /** Host name, ssh config alias or IP address (IPv6 without brackets). */
  host: string;
  port: number | undefined;
  /** Absolute folder on the server that holds `releases/` and the `current` link. */
  path: string;
}

/** A target string that cannot be used; `message` says why and how to write it, in Indonesian and English. */
export class TargetError extends Error {
  override name = "TargetError";
}

const EXAMPLE = "ssh://warta@web.dinas.go.id/srv/warta";

function bad(text: string, idProblem: string, enProblem: string): TargetError {
  return new TargetError(
    `Alamat tujuan deploy tidak valid: "${text}" — ${idProblem}. Tulis ssh://pengguna@host[:port]/folder, mis. ${EXAMPLE}.\n` +
      `(Bad deploy target "${text}": ${enProblem}. Expected ssh://user@host[:port]/path, e.g. ${EXAMPLE}.)`,
  );
}

/** Parses `ssh://user@host[:port]/path`; throws `TargetError` naming what is wrong. */
export function parseTarget(text: string): SshTarget {
  const trimmed = text.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (!scheme) {
    throw /^[^/@\s]+@[^:/\s]+:/.test(trimmed)
      ? bad(text, "bentuk rsync pengguna@host:folder tidak dipakai di sini, awali dengan ssh:// dan pakai / sebelum folder", "the rsync form user@host:path is not accepted; start with ssh:// and put / before the path")
      : bad(text, "harus diawali ssh://", "must start with ssh://");
  }
  if (scheme[1]!.toLowerCase() !== "ssh") throw bad(text, `skema ${scheme[1]}:// tidak didukung, hanya ssh://`, `scheme ${scheme[1]}:// is not supported, only ssh://`);
  const rest = trimmed.slice(scheme[0].length);
  const slash = rest.indexOf("/");
  if (slash < 0) throw bad(text, "folder di server belum ditulis", "the server path is missing");
  const authority = rest.slice(0, slash);
  const path = rest.slice(slash);

  const at = authority.lastIndexOf("@");
  const user = at >= 0 ? authority.slice(0, at) : undefined;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (user !== undefined && !/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(user)) {
    throw bad(text, "nama pengguna hanya boleh huruf, angka, titik, garis bawah dan tanda hubung", "the user name may only hold letters, digits, '.', '_' and '-'");
  }
  const hostMatch = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9][A-Za-z0-9.-]*))(?::(\d+))?$/.exec(hostPort);
  if (!hostMatch) throw bad(text, "nama host tidak valid", "the host name is not valid");
  const host = hostMatch[1] ?? hostMatch[2]!;
  let port: number | undefined;
  if (hostMatch[3] !== undefined) {
    port = Number(hostMatch[3]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw bad(text, "nomor port harus 1–65535", "the port must be 1–65535");
  }

  if (!/^[A-Za-z0-9._\-/]+$/.test(path)) {
    throw bad(text, "folder hanya boleh huruf, angka, titik, garis bawah, tanda hubung dan /", "the path may only hold letters, digits, '.', '_', '-' and '/'");
  }
  const segments = path.split("/").filter(Boolean);
  if (segments.length === 0) throw bad(text, "folder tidak boleh / (akar server)", "the path must not be the server root /");
  if (segments.some((s) => s === "." || s === "..")) throw bad(text, "folder tidak boleh memuat . atau ..", "the path must not contain . or ..");
  return { user, host, port, path: `/${segments.join("/")}` };
}

/** The target written back as `ssh://…` (for progress lines). */
export function formatTarget(target: SshTarget): string {
  const host = target.host.includes(":") ? `[${target.host}]` : target.host;
  return `ssh://${target.user ? `${target.user}@` : ""}${host}${target.port ? `:${target.port}` : ""}${target.path}`;
}

/** `user@host` as ssh and rsync take it (IPv6 in brackets for rsync). */
export function loginOf(target: SshTarget, forRsync = false): string {
  const host = forRsync && target.host.includes(":") ? `[${target.host}]` : target.host;
  return target.user ? `${target.user}@${host}` : host;
}
