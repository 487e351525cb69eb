/** Deploy targets as admins and developers write them, and the settings block that holds one. */
import { describe, expect, it } from "vitest";
import { readDeploySettings } from "../../src/deploy/settings.ts";
import { formatTarget, parseTarget, TargetError } from "../../src/deploy/target.ts";
import { makeContentFixture, removeContentFixture } from "../content/fixture.ts";
import { englishWords } from "../english.ts";

describe("parseTarget", () => {
  it("reads user, host, port and path", () => {
    expect(parseTarget("ssh://warta@web.dinas.go.id/srv/warta")).toEqual({
      user: "warta",
      host: "web.dinas.go.id",
      port: undefined,
      path: "/srv/warta",
    });
    expect(parseTarget(" ssh://deploy@10.1.2.3:2222/var/www/situs/ ")).toEqual({
      user: "deploy",
      host: "10.1.2.3",
      port: 2222,
      path: "/var/www/situs",
    });
    expect(parseTarget("ssh://server-dinas/srv/warta")).toEqual({
      user: undefined,
      host: "server-dinas",
      port: undefined,
      path: "/srv/warta",
    });
    expect(parseTarget("ssh://w@[2001:db8::1]:22/srv/w")).toMatchObject({ host: "2001:db8::1", port: 22 });
  });

  it("writes a target back the way it was given", () => {
    for (const text of [
      "ssh://warta@web.dinas.go.id/srv/warta",
      "ssh://deploy@10.1.2.3:2222/var/www",
      "ssh://w@[2001:db8::1]:22/srv/w",
    ]) {
      expect(formatTarget(parseTarget(text))).toBe(text);
    }
  });

  const bad: [string, RegExp][] = [
    ["warta@web.dinas.go.id:/srv/warta", /bentuk rsync pengguna@host:folder tidak dipakai/],
    ["/srv/warta", /harus diawali ssh:\/\//],
    ["https://web.dinas.go.id/srv", /skema https:\/\/ tidak didukung/],
    ["ssh://warta@web.dinas.go.id", /folder di server belum ditulis/],
    ["ssh://warta@web.dinas.go.id/", /tidak boleh \/ \(akar server\)/],
    ["ssh://warta@web.dinas.go.id:99999/srv", /port harus 1–65535/],
    ["ssh://warta@web.dinas.go.id/srv/../etc", /tidak boleh memuat \. atau \.\./],
    ["ssh://warta@web.dinas.go.id/srv/situs web", /folder hanya boleh/],
    ["ssh://war ta@web.dinas.go.id/srv", /nama pengguna hanya boleh/],
    ["ssh://warta@-oProxyCommand=x/srv", /nama host tidak valid/],
  ];
  it.each(bad)("refuses %s, saying why in Indonesian only, with an example", (text, indonesian) => {
    let error: unknown;
    try {
      parseTarget(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(TargetError);
    const message = (error as Error).message;
    expect(message).toMatch(indonesian);
    expect(englishWords(message), message).toEqual([]);
    expect(message).toContain("ssh://warta@web.dinas.go.id/srv/warta");
    expect(message).toContain(`"${text}"`);
  });
});

describe("readDeploySettings", () => {
  it("defaults to GitHub Pages when site.yml has no deploy block", async () => {
    const dir = await makeContentFixture();
    try {
      expect(await readDeploySettings(dir)).toEqual({ target: "pages", keep: 5 });
    } finally {
      await removeContentFixture(dir);
    }
  });

  it("reads the server target and the number of releases to keep", async () => {
    const dir = await makeContentFixture({
      data: { site: { deploy: { target: "server", server: "ssh://warta@web.dinas.go.id/srv/warta", keep: 8 } } },
    });
    try {
      expect(await readDeploySettings(dir)).toEqual({
        target: "server",
        server: "ssh://warta@web.dinas.go.id/srv/warta",
        keep: 8,
      });
    } finally {
      await removeContentFixture(dir);
    }
  });

  it("names the file, the field and the problem in Indonesian", async () => {
    const dir = await makeContentFixture({ data: { site: { deploy: { target: "server", keep: 1 } } } });
    const other = await makeContentFixture({
      data: { site: { deploy: { target: "server", server: "web.dinas.go.id:/srv" } } },
    });
    try {
      const error = await readDeploySettings(dir).catch((e: Error) => e);
      expect((error as Error).message).toMatch(/_data\/site\.yml: deploy\.keep — simpan minimal 2 rilis/);
      expect((error as Error).message).toMatch(
        /_data\/site\.yml: deploy\.server — tujuan server memerlukan alamat server/,
      );
      const otherError = await readDeploySettings(other).catch((e: Error) => e);
      expect((otherError as Error).message).toMatch(
        /deploy\.server — alamat server harus berbentuk ssh:\/\/pengguna@host\/folder/,
      );
    } finally {
      await removeContentFixture(dir);
      await removeContentFixture(other);
    }
  });
});
