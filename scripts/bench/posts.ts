/**
 * Deterministic synthetic news bodies (~600 words of Indonesian Markdown) for the benchmarks and
 * the tests: headings, lists, links, emphasis, and a table in every third post.
 */
const WORDS = (
  "dinas pelayanan informasi publik masyarakat kegiatan pemerintah daerah kabupaten kota warga " +
  "program anggaran pembangunan jalan jembatan sekolah kesehatan puskesmas desa kecamatan bupati " +
  "wali kepala bidang sosialisasi pelatihan bantuan laporan data tahun bulan minggu hari kerja " +
  "rapat koordinasi evaluasi peningkatan kualitas layanan administrasi kependudukan perizinan " +
  "usaha mikro kecil menengah pertanian perikanan lingkungan hidup kebersihan sampah air bersih " +
  "dan yang untuk dengan pada dalam dari oleh akan telah sudah juga serta agar bagi kepada"
).split(" ");

/** Small, fast, seeded PRNG (mulberry32): the same seed gives the same corpus on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPost(index: number): string {
  const next = random(index + 1);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)]!;
  const words = (count: number) => Array.from({ length: count }, pick).join(" ");
  const sentence = () => {
    let text = words(8 + Math.floor(next() * 10));
    const roll = next();
    if (roll < 0.2) text += ` **${words(2)}**`;
    else if (roll < 0.35) text += ` _${words(2)}_`;
    else if (roll < 0.5) text += ` [${words(2)}](https://contoh.go.id/${pick()}/${index})`;
    else if (roll < 0.55) text += ` [${words(1)}](/berita/${pick()}-${index}/)`;
    return text.charAt(0).toUpperCase() + text.slice(1) + ".";
  };
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, sentence).join(" ");

  const parts: string[] = [`Warta ${index}: ${paragraph()}`];
  for (let section = 0; section < 4; section++) {
    parts.push(`## ${words(3)} ${index}-${section}`, paragraph(), paragraph());
    if (section === 1) parts.push(Array.from({ length: 4 }, () => `- ${words(5)}`).join("\n"));
    if (section === 2) parts.push(Array.from({ length: 3 }, (_, n) => `${n + 1}. ${words(6)}`).join("\n"));
  }
  if (index % 3 === 0) {
    parts.push(
      "| Kegiatan | Lokasi | Anggaran |\n| --- | --- | ---: |\n" +
        Array.from({ length: 5 }, (_, n) => `| ${words(2)} | ${words(1)} | Rp${(n + 1) * 12_500_000} |`).join("\n"),
    );
  }
  return parts.join("\n\n") + "\n";
}

export function syntheticPosts(count: number, offset = 0): string[] {
  return Array.from({ length: count }, (_, index) => syntheticPost(index + offset));
}
