/**
 * The whole posting run against local API servers and real Git repositories: baseline,
 * posting once, re-runs, a crash between the remote accepting a post and the ledger write,
 * a failing channel, concurrent runs, re-post requests and dry runs.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Content, Entry } from "../../src/content/model.ts";
import { loadValidContent } from "../../src/content/load.ts";
import { GitLedger } from "../../src/social/ledger.ts";
import { resolveRecord, runSocial, type RunOptions } from "../../src/social/run.ts";
import { CHANNELS, type ChannelName } from "../../src/social/types.ts";
import { makeContentFixture, removeContentFixture } from "../content/fixture.ts";
import { news } from "./entries.ts";
import { git, makeRepos, type Repos } from "./git.ts";
import { channelEnv, servers } from "./harness.ts";
import { SECRETS, type FakePlatforms, type FakeSite } from "./platforms.ts";

let platforms: FakePlatforms;
let site: FakeSite;
let closeServers: () => Promise<void>;
let contentDir: string;
let base: Content;
let repos: Repos;

beforeAll(async () => {
  ({ platforms, site, close: closeServers } = await servers());
  contentDir = await makeContentFixture({ data: { site: { url: site.url } } });
  base = await loadValidContent(contentDir);
});
afterAll(async () => {
  await closeServers();
  await removeContentFixture(contentDir);
});
beforeEach(async () => {
  repos = await makeRepos(2);
  platforms.requests.length = 0;
  platforms.posts.length = 0;
  platforms.expireMastodonKeys();
});
afterEach(() => repos.cleanup());

const ALL = Object.fromEntries(CHANNELS.map((c) => [c, ""])) as Record<ChannelName, string>;

function options(overrides: Partial<RunOptions> & { clone?: number; env?: Record<string, string> } = {}): RunOptions {
  const { clone = 0, env = {}, ...rest } = overrides;
  return {
    content: base,
    env: channelEnv(platforms, env),
    ledger: new GitLedger({ repoDir: repos.clones[clone]!, remote: "origin" }),
    baseUrls: Object.fromEntries(Object.keys(ALL).map((c) => [c, platforms.url])),
    http: { sleep: async () => undefined, timeoutMs: 3000, backoffMs: 1, maxAttempts: 3 },
    liveCheck: { attempts: 2, delayMs: 0 },
    runId: "gh-1.1",
    ...rest,
  };
}

/** Content with extra news items, deployed on the fake site. */
function withNews(...items: Entry<"berita">[]): Content {
  for (const item of items) site.deploy(item.url, item.data.cover.src);
  return { ...base, entries: { ...base.entries, berita: [...base.entries.berita, ...items] } };
}

const fresh = (slug: string, overrides: Record<string, unknown> = {}) =>
  news(slug, { date: "2025-11-20T09:00", title: `Berita baru ${slug}`, ...overrides });

async function ledgerText(): Promise<string> {
  return git(repos.remote, "show", "warta-ledger:ledger.jsonl");
}

describe("runSocial", () => {
  it("baselines an existing site, posts a new item once per channel, and a re-run posts nothing", async () => {
    const first = await runSocial(options());
    const publicItems = 4; // berita, pengumuman, agenda, galeri of the fixture (the DIP item is `berkala`)
    expect(first.baselined).toBe(publicItems * CHANNELS.length);
    expect(platforms.posts).toHaveLength(0);

    const ready = fresh("siap-tayang");
    const notDeployed = news("belum-tayang", { date: "2025-11-20T10:00" });
    const content = withNews(ready);
    content.entries.berita.push(notDeployed);
    const second = await runSocial(options({ content, runId: "gh-2.1" }));
    const posted = second.rows.filter((r) => r.state === "posted");
    expect(posted.map((r) => r.channel).sort()).toEqual([...CHANNELS].sort());
    expect(posted.every((r) => r.url.endsWith("/berita/siap-tayang/") && r.link?.startsWith("http"))).toBe(true);
    expect(second.rows.filter((r) => r.state === "waiting")).toHaveLength(CHANNELS.length);
    expect(platforms.posts.map((p) => p.channel).sort()).toEqual([...CHANNELS].sort());

    const third = await runSocial(options({ content, runId: "gh-3.1" }));
    expect(third.rows.filter((r) => r.state !== "waiting")).toEqual([]);
    expect(platforms.posts).toHaveLength(CHANNELS.length);
    expect(third.baselined).toBe(0);
  });

  it("starts a channel on a site with nothing public yet, so its first item is posted", async () => {
    const empty: Content = {
      ...base,
      entries: { ...base.entries, berita: [], pengumuman: [], agenda: [], galeri: [] },
    };
    const first = await runSocial(options({ content: empty, channels: ["telegram"] }));
    expect(first.baselined).toBe(0);
    expect(await ledgerText()).toContain('"url":"*","channel":"telegram","state":"baseline"');
    const item = fresh("pertama");
    site.deploy(item.url, item.data.cover.src);
    const second = await runSocial(
      options({
        content: { ...empty, entries: { ...empty.entries, berita: [item] } },
        runId: "gh-2.1",
        channels: ["telegram"],
      }),
    );
    expect(second.rows.map((r) => r.state)).toEqual(["posted"]);
  });

  it("keeps the other channels posting when one fails, and the failed one retries next run", async () => {
    await runSocial(options());
    const content = withNews(fresh("satu"), fresh("dua", { date: "2025-11-20T11:00" }));
    const broken = await runSocial(
      options({ content, runId: "gh-2.1", env: { TELEGRAM_BOT_TOKEN: "7000000000:AAHexpiredTokenValue" } }),
    );
    const telegram = broken.rows.filter((r) => r.channel === "telegram");
    expect(telegram.map((r) => r.state)).toEqual(["failed", "failed"]);
    // Items go out in publication order: "satu" is tried and refused, "dua" is not tried.
    const [tried, skipped] = [
      telegram.find((r) => r.url.endsWith("/satu/"))!,
      telegram.find((r) => r.url.endsWith("/dua/"))!,
    ];
    expect(tried.note).toContain("TELEGRAM_BOT_TOKEN");
    expect(skipped.note).toMatch(/^tidak dicoba/);
    expect(platforms.count("telegram.sendPhoto")).toBe(1); // the second item was not attempted
    expect(broken.rows.filter((r) => r.state === "posted")).toHaveLength(2 * (CHANNELS.length - 1));
    expect(JSON.stringify(broken.rows) + (await ledgerText())).not.toContain("AAHexpired");

    const fixed = await runSocial(options({ content, runId: "gh-3.1" }));
    expect(fixed.rows.map((r) => `${r.channel}:${r.state}`)).toEqual(["telegram:posted", "telegram:posted"]);
    expect(platforms.postsOn("telegram")).toHaveLength(2);
    expect(platforms.posts).toHaveLength(2 * CHANNELS.length);
  });

  it("never posts twice after a crash between the remote accepting and the ledger write", async () => {
    await runSocial(options());
    const content = withNews(fresh("krisis"));
    // The remote refuses the results commit: the run ends as if it had crashed after posting.
    await repos.hook(
      `while read old new ref; do git show "$new:ledger.jsonl" | grep -q '"state":"posted"' && { echo 'disk full' >&2; exit 1; }; done; exit 0`,
    );
    const crashed = await runSocial(options({ content, runId: "gh-7.1" }));
    expect(crashed.ledgerError).toMatch(/disk full|declined/);
    expect(platforms.posts).toHaveLength(CHANNELS.length);
    expect((await ledgerText()).match(/"state":"pending"/g)).toHaveLength(CHANNELS.length);
    await repos.hook(null);

    // Another run while the claims are fresh leaves them alone.
    const concurrent = await runSocial(options({ content, runId: "local-other", clone: 1 }));
    expect(concurrent.rows.every((r) => r.state === "held")).toBe(true);
    expect(platforms.posts).toHaveLength(CHANNELS.length);

    // The re-run of that job (attempt 2) knows attempt 1 is over: look up, never re-send.
    const rerun = await runSocial(options({ content, runId: "gh-7.2" }));
    const state = Object.fromEntries(rerun.rows.map((r) => [r.channel, r.state]));
    expect(state).toEqual({
      facebook: "posted",
      instagram: "posted",
      telegram: "unknown",
      x: "unknown",
      mastodon: "posted",
      bluesky: "posted",
    });
    expect(rerun.rows.find((r) => r.channel === "bluesky")!.link).toContain("bsky.app/profile/");
    expect(rerun.rows.find((r) => r.channel === "telegram")!.note).toContain("--resolve");
    expect(platforms.posts).toHaveLength(CHANNELS.length);
    for (const route of [
      "telegram.sendPhoto",
      "x.tweets",
      "mastodon.statuses",
      "bluesky.createRecord",
      "facebook.photos",
      "instagram.publish",
    ] as const) {
      expect(platforms.count(route), route).toBe(1);
    }

    // A person checked the Telegram channel and saw the post.
    await resolveRecord(new GitLedger({ repoDir: repos.clones[0]!, remote: "origin" }), {
      url: `${site.url}/berita/krisis/`,
      channel: "telegram",
      outcome: "posted",
      runId: "manual",
    });
    const later = await runSocial(options({ content, runId: "gh-8.1" }));
    expect(later.rows.map((r) => `${r.channel}:${r.state}`)).toEqual(["x:unknown"]);
    expect(platforms.posts).toHaveLength(CHANNELS.length);
  });

  it("waits for the deployed cover: text-only posts meanwhile, Instagram retried on a later run", async () => {
    const channels: ChannelName[] = ["instagram", "telegram"];
    await runSocial(options({ channels }));
    const item = fresh("gambar-menyusul", {
      cover: { src: "/media/2025/menyusul.jpg", alt: "Gambar yang belum tersalin" },
    });
    const content = { ...base, entries: { ...base.entries, berita: [...base.entries.berita, item] } };
    site.deploy(item.url);
    const first = await runSocial(options({ content, runId: "gh-2.1", channels }));
    expect(Object.fromEntries(first.rows.map((r) => [r.channel, r.state]))).toEqual({
      instagram: "failed",
      telegram: "posted",
    });
    expect(first.rows.find((r) => r.channel === "instagram")!.note).toContain("gambar sampul belum dapat diakses");
    expect(platforms.postsOn("telegram")[0]!.image).toBeUndefined();
    expect(site.hits.filter((h) => h.endsWith("/media/2025/menyusul.jpg")).length).toBeGreaterThanOrEqual(2);

    site.deploy("/media/2025/menyusul.jpg");
    const second = await runSocial(options({ content, runId: "gh-3.1", channels }));
    expect(second.rows.map((r) => `${r.channel}:${r.state}`)).toEqual(["instagram:posted"]);
    expect(platforms.postsOn("instagram")[0]!.image).toBe(`${site.url}/media/2025/menyusul.jpg`);
  });

  it("treats a 5xx after sending as unknown and looks it up before any retry", async () => {
    await runSocial(options({ env: {}, channels: ["telegram", "facebook", "mastodon"] }));
    const content = withNews(fresh("ambigu"));
    platforms.fail("telegram.sendPhoto", "accept-then-500");
    platforms.fail("facebook.photos", "accept-then-hang");
    platforms.fail("mastodon.statuses", "accept-then-500");
    const run = await runSocial(options({ content, runId: "gh-2.1", channels: ["telegram", "facebook", "mastodon"] }));
    const state = Object.fromEntries(run.rows.map((r) => [r.channel, r.state]));
    // Facebook is found right away by its lookup; Mastodon's retry with the same key returns the same status.
    expect(state).toEqual({ facebook: "posted", telegram: "unknown", mastodon: "posted" });
    expect(platforms.posts).toHaveLength(3);
    expect(platforms.count("facebook.photos")).toBe(1);
    expect(platforms.count("telegram.sendPhoto")).toBe(1);

    const again = await runSocial(
      options({ content, runId: "gh-3.1", channels: ["telegram", "facebook", "mastodon"] }),
    );
    expect(again.rows.map((r) => `${r.channel}:${r.state}`)).toEqual(["telegram:unknown"]);
    expect(platforms.count("telegram.sendPhoto")).toBe(1);
  });

  it("lets two concurrent runs post each item only once in total", async () => {
    await runSocial(options());
    const content = withNews(fresh("serentak-1"), fresh("serentak-2", { date: "2025-11-20T12:00" }));
    const [a, b] = await Promise.all([
      runSocial(options({ content, runId: "local-a", clone: 0 })),
      runSocial(options({ content, runId: "local-b", clone: 1 })),
    ]);
    expect(platforms.posts).toHaveLength(2 * CHANNELS.length);
    const posted = [...a.rows, ...b.rows].filter((r) => r.state === "posted").map((r) => `${r.channel} ${r.url}`);
    expect(new Set(posted).size).toBe(posted.length);
    expect(posted).toHaveLength(2 * CHANNELS.length);
    const perItem = new Map<string, number>();
    for (const p of platforms.posts)
      perItem.set(
        `${p.channel} ${p.text.includes("serentak-1") ? 1 : 2}`,
        (perItem.get(`${p.channel} ${p.text.includes("serentak-1") ? 1 : 2}`) ?? 0) + 1,
      );
    expect([...perItem.values()].every((n) => n === 1)).toBe(true);
  });

  it("honours a re-post request once, and a later caption change once more", async () => {
    await runSocial(options({ channels: ["telegram"] }));
    const item = fresh("ulang");
    await runSocial(options({ content: withNews(item), runId: "gh-2.1", channels: ["telegram"] }));
    expect(platforms.postsOn("telegram")).toHaveLength(1);

    const corrected = { ...item, data: { ...item.data, title: "Berita baru ulang (ralat)" } };
    await runSocial(options({ content: withNews(corrected), runId: "gh-3.1", channels: ["telegram"] }));
    expect(platforms.postsOn("telegram")).toHaveLength(1); // a correction alone is not re-posted

    const repost = {
      ...corrected,
      data: { ...corrected.data, social: { repost: true, caption: "Ralat: jadwal pelatihan berubah." } },
    };
    const run = await runSocial(options({ content: withNews(repost), runId: "gh-4.1", channels: ["telegram"] }));
    expect(run.rows.map((r) => r.state)).toEqual(["posted"]);
    expect(platforms.postsOn("telegram").at(-1)!.text).toContain("Ralat: jadwal pelatihan berubah.");
    await runSocial(options({ content: withNews(repost), runId: "gh-5.1", channels: ["telegram"] }));
    expect(platforms.postsOn("telegram")).toHaveLength(2);

    const again = {
      ...repost,
      data: { ...repost.data, social: { repost: true, caption: "Ralat kedua: lokasi pindah." } },
    };
    await runSocial(options({ content: withNews(again), runId: "gh-6.1", channels: ["telegram"] }));
    expect(platforms.postsOn("telegram")).toHaveLength(3);
  });

  it("dry runs show exactly what a real run sends, and never send or write", async () => {
    await runSocial(options());
    const content = withNews(fresh("pratinjau"));
    const tip = await git(repos.remote, "rev-parse", "warta-ledger");
    const dry = await runSocial(options({ content, runId: "gh-2.1", dryRun: true }));
    expect(dry.rows.map((r) => r.state)).toEqual(CHANNELS.map(() => "would-post"));
    expect(platforms.requests).toHaveLength(0);
    expect(await git(repos.remote, "rev-parse", "warta-ledger")).toBe(tip);

    await runSocial(options({ content, runId: "gh-3.1" }));
    for (const preview of dry.previews) {
      const sent = platforms.postsOn(preview.post.channel)[0]!;
      expect(sent.text, preview.post.channel).toBe(preview.post.text);
    }

    // --dry-run --all: every public item on every channel, no ledger, no secrets needed.
    const all = await runSocial({ content, env: {}, dryRun: true, all: true });
    expect(all.previews).toHaveLength(5 * CHANNELS.length);
    expect(all.rows.filter((r) => r.channel === "instagram" && r.state === "skipped")).toHaveLength(4);
  });

  it("keeps tokens out of every log line, row and ledger record", async () => {
    const lines: string[] = [];
    await runSocial(options());
    const content = withNews(fresh("rahasia"));
    platforms.fail("telegram.sendPhoto", "hang");
    platforms.fail("bluesky.session", {
      status: 401,
      body: {
        error: "AuthenticationRequired",
        message: `Invalid identifier or password ${SECRETS.BLUESKY_APP_PASSWORD}`,
      },
    });
    const run = await runSocial(options({ content, runId: "gh-2.1", log: (l) => lines.push(l) }));
    expect(run.rows.find((r) => r.channel === "telegram")!.note).toMatch(/bot\*\*\*\/sendPhoto: tidak ada jawaban/);
    const everything = lines.join("\n") + JSON.stringify(run.rows) + (await ledgerText());
    for (const [name, value] of Object.entries(SECRETS)) {
      if (/TOKEN|SECRET|PASSWORD|KEY/.test(name)) expect(everything, name).not.toContain(value);
    }
  });
});
