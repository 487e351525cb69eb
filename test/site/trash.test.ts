import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { moveToTrash, removeInBackground, sweepTrash } from "../../src/site/trash.ts";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "warta-trash-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A folder with a few nested files, like a small built site. */
async function makeTree(dir: string): Promise<void> {
  await mkdir(join(dir, "berita/a"), { recursive: true });
  await writeFile(join(dir, "index.html"), "<!doctype html>");
  await writeFile(join(dir, "berita/a/index.html"), "<!doctype html>");
}

/** Waits (polling, no time asserted) until `path` is gone; false if it never goes. */
async function gone(path: string, attempts = 150): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    if (!existsSync(path)) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe("trash", () => {
  it("moves a folder into the trash in one rename, leaving nothing at the old path", async () => {
    const site = join(root, "_site");
    await makeTree(site);
    const trashed = await moveToTrash(site, join(root, "cache/trash"));
    expect(trashed).toBeDefined();
    expect(existsSync(site)).toBe(false);
    expect(existsSync(join(trashed!, "berita/a/index.html"))).toBe(true);
    expect(await readdir(root)).toEqual(["cache"]);
  });

  it("a missing folder is reported as ENOENT", async () => {
    await expect(moveToTrash(join(root, "none"), join(root, "trash"))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("a background removal deletes the whole tree after the call has returned", async () => {
    const doomed = join(root, "doomed");
    await makeTree(doomed);
    removeInBackground(doomed);
    expect(await gone(doomed)).toBe(true);
  });

  it("a sweep removes entries orphaned long ago and leaves recent ones to their remover", async () => {
    const trash = join(root, "trash");
    const now = Date.now();
    const old = join(trash, `_site-123-${now - 3_600_000}-abc123`);
    const recent = join(trash, `_site-456-${now - 1_000}-def456`);
    await makeTree(old);
    await makeTree(recent);
    expect(await sweepTrash(trash, now)).toBe(1);
    expect(await gone(old)).toBe(true);
    expect(existsSync(recent)).toBe(true);
  });

  it("a sweep of a trash that does not exist does nothing", async () => {
    expect(await sweepTrash(join(root, "nothing-here"))).toBe(0);
  });
});
