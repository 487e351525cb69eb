/**
 * `npm run social`: post newly public items to the agency's social accounts, after a deploy,
 * once per item and channel (the ledger), with every secret masked in what it prints.
 */
import { appendFile } from "node:fs/promises";
import path from "node:path";
import { defineCommand, EXIT, UsageError, type CommandIO, type Values } from "../command/command.ts";
import { loadValidContent } from "../content/load.ts";
import { CHANNEL_DEFINITIONS } from "./channels/index.ts";
import { GitLedger } from "./ledger.ts";
import { defaultRunId, resolveRecord, runSocial } from "./run.ts";
import { Masker } from "./secrets.ts";
import { formatMarkdown, formatPreview, formatTable } from "./summary.ts";
import { CHANNELS, type ChannelName } from "./types.ts";

export const SOCIAL_HELP = `Cara pakai: npm run social -- [pilihan]

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
  -h, --help           tampilkan bantuan ini

Kanal aktif bila secret-nya ada di lingkungan:
${CHANNELS.map((c) => `  ${c.padEnd(10)} ${CHANNEL_DEFINITIONS[c].variables.join(", ")}`).join("\n")}
  (BLUESKY_SERVICE opsional, bawaan https://bsky.social; Instagram memakai INSTAGRAM_TOKEN
   atau FACEBOOK_PAGE_TOKEN)

Kode keluar: 0 semua beres, 1 ada yang gagal/belum pasti, 2 kesalahan pemakaian.`;

const OPTIONS = {
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
} as const;

export const socialCommand = defineCommand({
  usage: "npm run social",
  help: SOCIAL_HELP,
  options: OPTIONS,
  run: async ({ values }, io) => {
    const masker = new Masker(io.env);
    try {
      return await social(values, io, masker);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      // A secret may sit in any error text (a URL, a provider's answer).
      io.err(`social: ${masker.mask(error instanceof Error ? error.message : String(error))}`);
      return EXIT.problems;
    }
  },
});

async function social(values: Values<typeof OPTIONS>, io: CommandIO, masker: Masker): Promise<number> {
  const env = io.env;
  const print = (text: string) => io.out(masker.mask(text));

  let channels: ChannelName[] | undefined;
  if (values.channel) {
    channels = values.channel.split(",").map((c) => c.trim()) as ChannelName[];
    const unknown = channels.filter((c) => !(CHANNELS as readonly string[]).includes(c));
    if (unknown.length)
      throw new UsageError(`--channel: kanal ${unknown.join(", ")} tidak dikenal; pilih dari ${CHANNELS.join(", ")}.`);
  }
  if (values.all && !values["dry-run"])
    throw new UsageError(
      "--all hanya berlaku bersama --dry-run: unggahan sungguhan hanya mengirim item baru. (--all only works with --dry-run.)",
    );
  const ledger = new GitLedger({ repoDir: path.resolve(values.repo), remote: values.remote, branch: values.branch });

  if (values.resolve) {
    if (values.resolve !== "posted" && values.resolve !== "retry")
      throw new UsageError(`--resolve: tulis posted atau retry, bukan "${values.resolve}".`);
    if (!values.item || !channels || channels.length !== 1)
      throw new UsageError("--resolve memerlukan --item URL dan tepat satu --channel KANAL.");
    const record = await resolveRecord(ledger, {
      url: values.item,
      channel: channels[0]!,
      outcome: values.resolve,
      runId: defaultRunId(env),
      ...(values.link ? { remoteUrl: values.link } : {}),
    });
    print(`Dicatat: ${record.channel} ${record.url} → ${record.state}`);
    return EXIT.ok;
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
  if (result.baselined > 0)
    print(`${result.baselined} item lama ditandai sudah terkirim (kanal pertama kali dipakai).`);
  print(result.rows.length ? formatTable(result.rows) : "Tidak ada yang perlu dikirim.");
  if (result.ledgerError) print(`Catatan unggahan gagal ditulis: ${result.ledgerError}`);
  if (env.GITHUB_STEP_SUMMARY) {
    const heading = values["dry-run"] ? "Unggahan media sosial (uji coba, tidak dikirim)" : "Unggahan media sosial";
    await appendFile(env.GITHUB_STEP_SUMMARY, masker.mask(formatMarkdown(result, heading)));
  }
  const bad = result.rows.some((r) => r.state === "failed" || r.state === "unknown") || Boolean(result.ledgerError);
  return bad ? EXIT.problems : EXIT.ok;
}
