/**
 * npm run social — post newly public items to the agency's social accounts, after a deploy.
 * Thin entry: parse arguments, call src/social, print the summary, set the exit code.
 */
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadValidContent } from "../src/content/load.ts";
import { CHANNEL_DEFINITIONS } from "../src/social/channels/index.ts";
import { GitLedger } from "../src/social/ledger.ts";
import { defaultRunId, resolveRecord, runSocial } from "../src/social/run.ts";
import { Masker } from "../src/social/secrets.ts";
import { formatMarkdown, formatPreview, formatTable } from "../src/social/summary.ts";
import { CHANNELS, type ChannelName } from "../src/social/types.ts";

const HELP = `Penggunaan: npm run social -- [pilihan]

Mengunggah item yang baru tayang (berita, pengumuman, agenda, galeri, informasi serta merta)
ke akun media sosial dinas, satu kali per item dan kanal. Jalankan SETELAH deploy selesai.

Pilihan:
  --content DIR        folder konten (bawaan: content)
  --repo DIR           repositori Git lokal tempat perintah git dijalankan (bawaan: .)
  --remote NAMA|PATH   remote tempat cabang catatan disimpan (bawaan: origin)
  --branch NAMA        cabang catatan unggahan (bawaan: warta-ledger)
  --channel A,B        hanya kanal ini (${CHANNELS.join(", ")})
  --dry-run            tampilkan persis apa yang akan dikirim; tidak mengirim, tidak menulis catatan
  --all                dengan --dry-run: susun unggahan untuk SEMUA item publik, tanpa catatan
  --no-live-check      jangan menunggu halaman dan gambar di situs menjawab 200
  --resolve posted|retry --item URL --channel KANAL [--link URL]
                       selesaikan status 'belum pasti' setelah memeriksa akun:
                       posted = unggahan ada di kanal; retry = tidak ada, kirim lagi
  --help               tampilkan bantuan ini

Kanal aktif bila secret-nya ada di lingkungan:
${CHANNELS.map((c) => `  ${c.padEnd(10)} ${CHANNEL_DEFINITIONS[c].variables.join(", ")}`).join("\n")}
  (BLUESKY_SERVICE opsional, bawaan https://bsky.social; Instagram memakai INSTAGRAM_TOKEN
   atau FACEBOOK_PAGE_TOKEN)

Keluar dengan kode 0 bila semua beres, 1 bila ada yang gagal/belum pasti, 2 untuk kesalahan pemakaian.
`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      content: { type: "string", default: "content" },
      repo: { type: "string", default: "." },
      remote: { type: "string", default: "origin" },
      branch: { type: "string", default: "warta-ledger" },
      channel: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      all: { type: "boolean", default: false },
      "no-live-check": { type: "boolean", default: false },
      resolve: { type: "string" },
      item: { type: "string" },
      link: { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const env = process.env;
  const masker = new Masker(env);
  const print = (text: string) => process.stdout.write(`${masker.mask(text)}\n`);

  let channels: ChannelName[] | undefined;
  if (values.channel) {
    channels = values.channel.split(",").map((c) => c.trim()) as ChannelName[];
    const unknown = channels.filter((c) => !(CHANNELS as readonly string[]).includes(c));
    if (unknown.length) throw new UsageError(`unknown channel ${unknown.join(", ")}; use one of ${CHANNELS.join(", ")}`);
  }
  if (values.all && !values["dry-run"]) throw new UsageError("--all only works with --dry-run (a real run posts new items only)");
  const ledger = new GitLedger({ repoDir: path.resolve(values.repo), remote: values.remote, branch: values.branch });

  if (values.resolve) {
    if (values.resolve !== "posted" && values.resolve !== "retry") throw new UsageError("--resolve takes posted or retry");
    if (!values.item || !channels || channels.length !== 1) throw new UsageError("--resolve needs --item URL and one --channel");
    const record = await resolveRecord(ledger, {
      url: values.item,
      channel: channels[0]!,
      outcome: values.resolve,
      runId: defaultRunId(env),
      ...(values.link ? { remoteUrl: values.link } : {}),
    });
    print(`Dicatat: ${record.channel} ${record.url} → ${record.state}`);
    return 0;
  }

  const content = await loadValidContent(values.content);
  const result = await runSocial({
    content,
    env,
    ledger,
    dryRun: values["dry-run"],
    all: values.all,
    ...(channels ? { channels } : {}),
    ...(values["no-live-check"] ? { liveCheck: false as const } : {}),
    http: { masker },
    log: print,
  });

  for (const preview of result.previews) print(`${formatPreview(preview)}\n`);
  if (result.baselined > 0) print(`${result.baselined} item lama ditandai sudah terkirim (kanal pertama kali dipakai).`);
  print(result.rows.length ? formatTable(result.rows) : "Tidak ada yang perlu dikirim.");
  if (result.ledgerError) print(`Catatan unggahan gagal ditulis: ${result.ledgerError}`);
  if (env.GITHUB_STEP_SUMMARY) {
    const heading = values["dry-run"] ? "Unggahan media sosial (uji coba, tidak dikirim)" : "Unggahan media sosial";
    await appendFile(env.GITHUB_STEP_SUMMARY, masker.mask(formatMarkdown(result, heading)));
  }
  const bad = result.rows.some((r) => r.state === "failed" || r.state === "unknown") || Boolean(result.ledgerError);
  return bad ? 1 : 0;
}

class UsageError extends Error {}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const masker = new Masker(process.env);
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`social: ${masker.mask(message)}\n`);
    if (error instanceof UsageError || (error as { code?: string })?.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write("Lihat: npm run social -- --help\n");
      process.exit(2);
    }
    process.exit(1);
  },
);
