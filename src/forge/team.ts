/**
 * The decree (SK) and the site settings governance needs, read straight from
 * `content/_data/team.yml` and `site.yml` and checked before any GitHub call: an unknown
 * role, a duplicate GitHub account or a team without an official is refused here.
 */
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { z } from "zod";
import type { Problem } from "../content/model.ts";
import { formatProblems } from "../content/problems.ts";
import { site as siteSchema, team as teamSchema, type TeamData } from "../content/schema.ts";
import { YamlSource } from "../content/source.ts";
import { schemaIssues } from "../content/validate.ts";

export type Member = TeamData["members"][number];

/** Only what governance needs from the site settings. */
const siteRepo = z.object({
  repo: siteSchema.shape.repo,
  branch: siteSchema.shape.branch,
  timeZone: siteSchema.shape.timeZone,
});
export type SiteRepo = z.output<typeof siteRepo>;

export interface Governance {
  team: TeamData;
  site: SiteRepo;
  /** Repository-relative names used in messages, e.g. `content/_data/team.yml`. */
  teamFile: string;
  siteFile: string;
}

/** Thrown when team.yml or site.yml cannot be used; the message lists every problem. */
export class TeamError extends Error {
  constructor(readonly problems: Problem[]) {
    super(formatProblems(problems));
    this.name = "TeamError";
  }
}

export const pejabatOf = (team: TeamData): Member[] => team.members.filter((m) => m.role === "pejabat");

/** The member with this GitHub login (GitHub logins are case-insensitive). */
export function memberByLogin(team: TeamData, login: string | undefined | null): Member | undefined {
  if (!login) return undefined;
  const wanted = login.toLowerCase();
  return team.members.find((m) => m.github.toLowerCase() === wanted);
}

export function isPejabat(team: TeamData, login: string | undefined | null): boolean {
  return memberByLogin(team, login)?.role === "pejabat";
}

/** Checks beyond the schema: one account per person, at least one official. */
export function teamProblems(
  team: TeamData,
  file: string,
  lineOf: (path: PropertyKey[]) => number = () => 1,
): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  team.members.forEach((member, i) => {
    const key = member.github.toLowerCase();
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else {
      problems.push({
        file,
        line: lineOf(["members", i, "github"]),
        field: `members.${i}.github`,
        message: `akun GitHub "${member.github}" sudah dipakai anggota ke-${first + 1} (${team.members[first]!.name}); satu akun hanya untuk satu orang`,
        fix: "tulis akun GitHub milik orang ini sendiri, atau hapus baris anggota yang ganda",
      });
    }
  });
  if (!team.members.some((m) => m.role === "pejabat")) {
    problems.push({
      file,
      line: lineOf(["members"]),
      field: "members",
      message: "tidak ada anggota dengan peran pejabat: tidak ada yang dapat menyetujui penerbitan konten",
      fix: "tambahkan minimal satu anggota dengan role: pejabat (pejabat berwenang sesuai SK) beserta akun GitHub-nya",
    });
  }
  return problems;
}

async function readYaml(
  path: string,
  file: string,
): Promise<{ source?: YamlSource; value?: unknown; problems: Problem[] }> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return {
      problems: [
        {
          file,
          line: 1,
          field: "",
          message: "berkas tidak ditemukan",
          fix: `buat ${file} (lihat contoh di dokumentasi) atau periksa opsi --content`,
        },
      ],
    };
  }
  const source = new YamlSource(text, 1);
  const syntax = source.syntaxIssues();
  if (syntax.length > 0)
    return { problems: syntax.map((s) => ({ file, line: s.line, field: "", message: s.message, fix: s.fix })) };
  try {
    return { source, value: source.value(), problems: [] };
  } catch {
    return {
      problems: [
        {
          file,
          line: 1,
          field: "",
          message: "YAML memakai terlalu banyak alias",
          fix: "tulis nilainya langsung tanpa alias (*)",
        },
      ],
    };
  }
}

/** Read and check team.yml and site.yml under `contentDir`; nothing here touches the network. */
export async function loadGovernance(contentDir: string): Promise<Governance> {
  const root = basename(contentDir) || "content";
  const teamFile = `${root}/_data/team.yml`;
  const siteFile = `${root}/_data/site.yml`;
  const problems: Problem[] = [];

  const teamRead = await readYaml(join(contentDir, "_data", "team.yml"), teamFile);
  problems.push(...teamRead.problems);
  let team: TeamData | undefined;
  if (teamRead.source) {
    const lineOf = (p: PropertyKey[]) => teamRead.source!.lineOf(p);
    const parsed = schemaIssues(teamSchema, teamRead.value);
    problems.push(
      ...parsed.issues.map((i) => ({
        file: teamFile,
        line: lineOf(i.path),
        field: i.path.join("."),
        message: i.message,
        fix: i.fix,
      })),
    );
    if (parsed.data) {
      team = parsed.data;
      problems.push(...teamProblems(team, teamFile, lineOf));
    }
  }

  const siteRead = await readYaml(join(contentDir, "_data", "site.yml"), siteFile);
  problems.push(...siteRead.problems);
  let site: SiteRepo | undefined;
  if (siteRead.source) {
    // Only these two fields: the rest of site.yml is `npm run check`'s business.
    const raw = (siteRead.value ?? {}) as Record<string, unknown>;
    const parsed = schemaIssues(
      siteRepo,
      typeof raw === "object" ? { repo: raw.repo, branch: raw.branch, timeZone: raw.timeZone } : raw,
    );
    problems.push(
      ...parsed.issues.map((i) => ({
        file: siteFile,
        line: siteRead.source!.lineOf(i.path),
        field: i.path.join("."),
        message: i.message,
        fix: i.fix,
      })),
    );
    site = parsed.data;
  }

  if (problems.length > 0 || !team || !site) throw new TeamError(problems);
  return { team, site, teamFile, siteFile };
}
