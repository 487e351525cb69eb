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

/** A target string that cannot be used; `message` says why and how to write it, in Indonesian. */
export class TargetError extends Error {
  override name = "TargetError";
}

const EXAMPLE = "ssh://warta@web.dinas.go.id/srv/warta";

function bad(text: string, problem: string): TargetError {
  return new TargetError(
    `Alamat tujuan deploy tidak valid: "${text}" — ${problem}. Tulis ssh://pengguna@host[:port]/folder, mis. ${EXAMPLE}.`,
  );
}

/** Parses `ssh://user@host[:port]/path`; throws `TargetError` naming what is wrong. */
export function parseTarget(text: string): SshTarget {
  const trimmed = text.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(trimmed);
  if (!scheme) {
    throw /^[^/@\s]+@[^:/\s]+:/.test(trimmed)
      ? bad(
          text,
          "bentuk rsync pengguna@host:folder tidak dipakai di sini, awali dengan ssh:// dan pakai / sebelum folder",
        )
      : bad(text, "harus diawali ssh://");
  }
  if (scheme[1]!.toLowerCase() !== "ssh") throw bad(text, `skema ${scheme[1]}:// tidak didukung, hanya ssh://`);
  const rest = trimmed.slice(scheme[0].length);
  const slash = rest.indexOf("/");
  if (slash < 0) throw bad(text, "folder di server belum ditulis");
  const authority = rest.slice(0, slash);
  const path = rest.slice(slash);

  const at = authority.lastIndexOf("@");
  const user = at >= 0 ? authority.slice(0, at) : undefined;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (user !== undefined && !/^[A-Za-z0-9._][A-Za-z0-9._-]*$/.test(user)) {
    throw bad(text, "nama pengguna hanya boleh huruf, angka, titik, garis bawah dan tanda hubung");
  }
  const hostMatch = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9][A-Za-z0-9.-]*))(?::(\d+))?$/.exec(hostPort);
  if (!hostMatch) throw bad(text, "nama host tidak valid");
  const host = hostMatch[1] ?? hostMatch[2]!;
  let port: number | undefined;
  if (hostMatch[3] !== undefined) {
    port = Number(hostMatch[3]);
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw bad(text, "nomor port harus 1–65535");
  }

  if (!/^[A-Za-z0-9._\-/]+$/.test(path)) {
    throw bad(text, "folder hanya boleh huruf, angka, titik, garis bawah, tanda hubung dan /");
  }
  const segments = path.split("/").filter(Boolean);
  if (segments.length === 0) throw bad(text, "folder tidak boleh / (akar server)");
  if (segments.some((s) => s === "." || s === "..")) throw bad(text, "folder tidak boleh memuat . atau ..");
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
