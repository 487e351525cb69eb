/** A content folder with team.yml and site.yml, written to a temporary directory. */
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const TEAM_YML = `decree:
  number: 800/017/DISKOMINFO/2026
  date: "2026-01-12"
  title: Pembentukan Tim Pengelola Website dan Media Sosial
members:
  - name: Drs. Hendra Wiratama, M.Si.
    role: pejabat
    position: Kepala Dinas
    github: Hendra-W
  - name: Ratna Kusumawardani
    role: pejabat
    position: Kepala Bidang IKP
    division: ikp
    github: ratna-k
  - name: Yoga Pratama
    role: editor
    github: yoga-p
  - name: Dimas Saputra
    role: petugas
    division: ikp
    github: dimas-s
`;

export const SITE_YML = `name: Diskominfo Contoh
agency: Dinas Komunikasi dan Informatika
government: Kabupaten Contoh
url: https://diskominfo.contoh.go.id
address: Jl. Merdeka No. 1, Kabupaten Contoh
phone: "(0271) 123456"
email: diskominfo@contoh.go.id
serviceHours:
  - days: Senin–Jumat
    hours: 08.00–16.00 WIB
logo: /media/logo.png
repo: dinas-contoh/situs
branch: main
`;

/** Returns the repository root; the content folder is `<root>/content`. */
export async function contentFixture(team = TEAM_YML, site = SITE_YML): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "warta-forge-"));
  await mkdir(join(root, "content", "_data"), { recursive: true });
  await writeFile(join(root, "content", "_data", "team.yml"), team);
  await writeFile(join(root, "content", "_data", "site.yml"), site);
  return root;
}
