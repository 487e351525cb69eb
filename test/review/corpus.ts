/**
 * The screener's labelled corpus: text an editor could plausibly submit, each with the finding
 * kinds a careful official would want raised (empty: nothing). All identifiers are made up but
 * structurally valid (or deliberately invalid, as noted).
 *
 * The agency in these samples: site https://diskominfo.contohkab.id, surel info@diskominfo.contohkab.id,
 * telepon 0811-2600-1000 (see CORPUS_CONTEXT).
 */
import type { FindingKind } from "../../src/review/findings.ts";
import type { ScreeningContext } from "../../src/review/screen.ts";

export interface Sample {
  text: string;
  expect: FindingKind[];
  note: string;
}

export const CORPUS_CONTEXT: ScreeningContext = {
  agencyDomains: ["diskominfo.contohkab.id"],
  officialPhones: ["0811-2600-1000"],
};

export const POSITIVES: Sample[] = [
  // NIK: province, regency, district, DDMMYY (women +40), serial
  { text: "NIK: 3201014508900012", expect: ["nik"], note: "woman's NIK (day 45 = 5th)" },
  {
    text: "Nomor Induk Kependudukan 3374021203850003 atas nama penerima",
    expect: ["nik"],
    note: "man's NIK, Semarang",
  },
  { text: "NIK 3201 0145 0890 0012", expect: ["nik"], note: "grouped 4-4-4-4 with spaces" },
  { text: "NIK 320101.450890.0012", expect: ["nik"], note: "grouped 6-6-4 with dots" },
  { text: "Data: 32.01.01.450890.0012", expect: ["nik"], note: "2-2-2-6-4, no label" },
  {
    text: "Bantuan diterima Budi (3578012901800001) pada hari Senin.",
    expect: ["nik"],
    note: "unlabelled NIK in prose",
  },
  { text: "| 1 | Siti Aminah | 6471055107920004 | Balikpapan |", expect: ["nik"], note: "NIK in a table row" },
  { text: "NIK penerima 9471021506880001", expect: ["nik"], note: "Papua province code" },
  { text: "No. KTP: 1271032012750002", expect: ["nik"], note: "labelled KTP" },
  {
    text: 'summary: "Bantuan untuk warga dengan NIK 5171016802990003"',
    expect: ["nik"],
    note: "in YAML front matter, 28 Feb",
  },
  { text: "NIK 2171014107010005 (pemohon)", expect: ["nik"], note: "Kepri, woman born 1 Jul 2001" },
  { text: "NIK: 3201-0145-0890-0012", expect: ["nik"], note: "grouped with dashes" },
  // KK: same prefix, issuance date, classified by its label
  { text: "No. KK 3201011203150007", expect: ["kk"], note: "KK labelled No. KK" },
  { text: "Nomor Kartu Keluarga: 3374020101100009", expect: ["kk"], note: "KK labelled in full" },
  { text: "KK: 3578 0129 0118 0001", expect: ["kk"], note: "KK grouped" },
  { text: "NIK 3201014508900012, KK 3201011203150007", expect: ["nik", "kk"], note: "both on one line" },
  // NPWP
  { text: "NPWP: 09.254.294.3-407.000", expect: ["npwp"], note: "old format, individual" },
  { text: "NPWP 07.123.456.7-891.000 a.n. pemilik", expect: ["npwp"], note: "old format, individual" },
  { text: "NPWP 092542943407000", expect: ["npwp"], note: "15 plain digits after label" },
  { text: "NPWP: 3201014508900012", expect: ["npwp"], note: "16-digit NPWP (= NIK since 2024)" },
  { text: "npwp pribadi 05.111.222.3-444.000", expect: ["npwp"], note: "employee type 05" },
  // Mobile and personal landline numbers
  { text: "Hubungi Bu Rina di 0812-3456-7890 untuk konfirmasi.", expect: ["phone"], note: "dashes" },
  { text: "WA: 081234567890", expect: ["phone"], note: "plain 12 digits" },
  { text: "Kontak: +62 812 3456 7890", expect: ["phone"], note: "+62 with spaces" },
  { text: "Kontak +6281234567890", expect: ["phone"], note: "+62 plain" },
  { text: "hubungi 6285712345678", expect: ["phone"], note: "62 without plus" },
  { text: "Pelapor (0812) 3456 7890", expect: ["phone"], note: "parenthesised prefix" },
  { text: "HP 0857.1234.5678", expect: ["phone"], note: "dots" },
  { text: "telepon rumah (0274) 512345", expect: ["phone"], note: "landline with personal label" },
  { text: "ponsel pelapor: 0896 1234 5678", expect: ["phone"], note: "Tri prefix" },
  { text: "nomor ketua RT 0813-1234-567", expect: ["phone"], note: "11 digits" },
  { text: "Info lebih lanjut: +62 (812) 3456-7890", expect: ["phone"], note: "+62 (812)" },
  // E-mail of private persons
  { text: "Kirim berkas ke budi.santoso@gmail.com paling lambat Jumat.", expect: ["email"], note: "gmail" },
  { text: "surel: rina_w@yahoo.co.id", expect: ["email"], note: "yahoo.co.id" },
  { text: "Kontak <siti@outlook.com>", expect: ["email"], note: "angle brackets" },
  { text: "[tulis surel](mailto:andi.p@proton.me)", expect: ["email"], note: "mailto link" },
  // Home addresses
  {
    text: "Pelapor beralamat di Jl. Melati No. 12 RT 003/RW 005, Kel. Sukamaju",
    expect: ["address"],
    note: "full home address",
  },
  { text: "Jalan Kenanga Gg. Mawar No. 7 RT 02 RW 04", expect: ["address"], note: "street + RT RW" },
  { text: "alamat rumah: Perum Griya Asri Blok C No. 5", expect: ["address"], note: "cue + housing estate" },
  { text: "tempat tinggalnya di RT 05/RW 02 Dusun Krajan", expect: ["address"], note: "cue + RT/RW" },
  { text: "Kediaman korban di Jl. Anggrek No. 3, Kecamatan Barat", expect: ["address"], note: "kediaman + street" },
  // Exempt / classified markers
  { text: "SANGAT RAHASIA", expect: ["classified"], note: "stamp" },
  { text: "Sifat: Rahasia", expect: ["classified"], note: "letter's sifat field" },
  { text: "**TERBATAS**", expect: ["classified"], note: "bold stamp line" },
  { text: "Dokumen ini tidak untuk dipublikasikan.", expect: ["classified"], note: "not for publication" },
  { text: "Draf internal — jangan disebarkan", expect: ["classified"], note: "internal draft" },
  { text: "Klasifikasi: Terbatas", expect: ["classified"], note: "classification label" },
  { text: "Laporan ini bersifat rahasia dan hanya untuk pimpinan.", expect: ["classified"], note: "bersifat rahasia" },
  { text: "Hasil rapat (KONFIDENSIAL)", expect: ["classified"], note: "konfidensial" },
  { text: "Memo ini rahasia, jangan diteruskan.", expect: ["classified"], note: "plain rahasia" },
  { text: "Materi untuk kalangan sendiri", expect: ["classified"], note: "kalangan sendiri" },
  { text: "Status informasi: dikecualikan", expect: ["classified"], note: "labelled dikecualikan" },
  { text: "Lampiran berisi informasi terbatas milik Inspektorat.", expect: ["classified"], note: "informasi terbatas" },
  // Obfuscated: what the page shows is a whole identifier (screened on the normalised text)
  { text: "NIK: 3201\u200B0145\u200B0890\u200B0012", expect: ["nik"], note: "zero-width spaces inside" },
  { text: "NIK ３２０１０１４５０８９０００１２", expect: ["nik"], note: "full-width digits" },
  { text: "Penerima bantuan NIK 32010145\n08900012 tinggal di desa", expect: ["nik"], note: "broken across a line" },
  { text: "NIK 3201 0145\n0890 0012", expect: ["nik"], note: "grouped, broken between groups" },
  { text: "No. KK 3201011\u00AD203150007", expect: ["kk"], note: "soft hyphen" },
  { text: 'summary: "NIK 3201\\u200b014508900012"', expect: ["nik"], note: "YAML escape of a zero-width space" },
];

/** Samples written after the rules, each batch run once and kept as it came out: the honest figure. */
export const HELD_OUT_POSITIVES: Sample[] = [
  // Written after the rules were tuned on the samples above; they passed without changes.
  {
    text: "NIK/KK: 3201014508900012 / 3201011203150007",
    expect: ["nik", "kk"],
    note: "shared label, woman's NIK then KK",
  },
  { text: "No HP/WA 0812 3456 7890", expect: ["phone"], note: "HP/WA label" },
  { text: "Telp: 0812-3456-7890 (Pak Joko, Ketua Kelompok Tani)", expect: ["phone"], note: "name after the number" },
  { text: "email Pak Kades: kades.sukamaju@gmail.com", expect: ["email"], note: "village head on gmail" },
  {
    text: "Nomor Induk Kependudukan (NIK) pemohon: 3173 0512 0595 0001",
    expect: ["nik"],
    note: "Jakarta Barat, grouped",
  },
  { text: "Penerima: Ahmad, 3309151506700003, Boyolali", expect: ["nik"], note: "unlabelled in a list" },
  { text: "Rumah Bapak Slamet di Dusun Ngasem RT 02/RW 01 No. 15", expect: ["address"], note: "village address" },
  { text: "Dokumen RAHASIA — jangan diunggah", expect: ["classified"], note: "upper-case RAHASIA" },
  { text: "Sifat Surat : Sangat Rahasia", expect: ["classified"], note: "letter head" },
  { text: "Catatan: naskah ini masih draf internal", expect: ["classified"], note: "draf internal" },
  { text: "hp. 0821 4455 6677", expect: ["phone"], note: "Telkomsel 0821" },
  { text: "+62-811-234-5678", expect: ["phone"], note: "+62 with dashes, 11 digits" },
  // Second held-out batch, run once against the finished rules and kept as it came out.
  { text: "Narahubung: Ibu Wulan (0852-1234-5678)", expect: ["phone"], note: "contact person in parentheses" },
  { text: "CP: 0878 1234 5678 (Dedi)", expect: ["phone"], note: "CP label" },
  { text: "Daftar melalui WhatsApp panitia 081398765432", expect: ["phone"], note: "committee member's WhatsApp" },
  { text: "NIK. 3527 0412 0488 0002", expect: ["nik"], note: "Sampang, grouped" },
  { text: "nomor kk 3527041204080002", expect: ["kk"], note: "lower-case label" },
  { text: "Atas nama: Rahmat Hidayat, No. NPWP 12.345.678.9-012.345", expect: ["npwp"], note: "personal NPWP" },
  {
    text: "korban tinggal di Jalan Cempaka Putih Gang II No. 4 RT 006 RW 011",
    expect: ["address"],
    note: "victim's home",
  },
  { text: "e-mail pelapor: rudi1987@yahoo.com", expect: ["email"], note: "reporter's e-mail" },
  { text: "**RAHASIA**", expect: ["classified"], note: "bold stamp" },
  { text: "Catatan: Dokumen ini TIDAK UNTUK DISEBARLUASKAN", expect: ["classified"], note: "upper case" },
];

export const NEGATIVES: Sample[] = [
  // Dates, times, money, budget codes
  { text: "Kegiatan dilaksanakan pada 2026-11-24.", expect: [], note: "ISO date" },
  { text: "Tanggal 24/11/2026 pukul 09.00 WIB", expect: [], note: "d/m/y date and time" },
  { text: "Tanggal 08-12-2026 di aula", expect: [], note: "date starting 08" },
  { text: "pukul 08.15 s.d. 12.00 WIB", expect: [], note: "times" },
  { text: "Anggaran sebesar Rp 1.250.000.000 untuk tahun 2026.", expect: [], note: "budget figure" },
  { text: "Bantuan Rp 2.500.000 per orang", expect: [], note: "money" },
  { text: "total Rp 1,2 miliar", expect: [], note: "money in words" },
  { text: "Dana Desa 2026: Rp 812.345.678", expect: [], note: "money with 8 after Rp" },
  { text: "Pagu Rp 6.281.234.567.000", expect: [], note: "13-digit money starting 628" },
  { text: "kode rekening 5.2.02.01.01.0026", expect: [], note: "budget code" },
  { text: "jumlah penduduk 1.234.567 jiwa", expect: [], note: "population count" },
  { text: "tahun 2025, 2026 dan 2027", expect: [], note: "years" },
  // Civil-servant and document numbers
  { text: "NIP. 198001012005011001", expect: [], note: "NIP, 18 digits" },
  { text: "NIP 19800101 200501 1 001", expect: [], note: "NIP grouped" },
  // Normalisation must not make identifiers out of ordinary numbers
  { text: "NIP 19850312\n201001 1 002", expect: [], note: "NIP broken across a line (18 digits)" },
  { text: "- 32010145\n- 08900012", expect: [], note: "two list items, not one number" },
  {
    text: "Nomor registrasi 12345678\n87654321 berkas",
    expect: [],
    note: "two 8-digit numbers joined are no NIK (day 78)",
  },
  { text: "Anggaran Rp 1.250.000.000\n2026 disahkan", expect: [], note: "money then a year" },
  { text: "Tahun ２０２６, pukul ０８.００ WIB", expect: [], note: "full-width year and time" },
  { text: "Keluarga 👨‍👩‍👧 penerima bantuan ① ② ③", expect: [], note: "emoji joiners and circled digits" },
  {
    text: "ID 320101450890001\n2 lembar",
    expect: [],
    note: "15 digits then a count: only an NPWP label makes 15 digits an identifier",
  },
  { text: "NIP 198808122015031002", expect: [], note: "NIP containing 0812" },
  { text: "Keputusan Kepala Dinas Nomor 188.45/123/2026", expect: [], note: "SK number" },
  { text: "Surat Nomor 800/1234/Diskominfo/2026", expect: [], note: "letter number" },
  { text: "Nomor registrasi 0812/REG/2026", expect: [], note: "register number with 0812" },
  { text: "sesuai Pasal 17 huruf h UU 14/2008 dan UU 27/2022", expect: [], note: "article numbers" },
  { text: "ISBN 978-602-1234-56-7", expect: [], note: "ISBN" },
  { text: "koordinat lokasi -6.2088, 106.8456", expect: [], note: "map coordinates in text" },
  // Invalid NIK structures (16 digits that cannot be a NIK)
  { text: "NIK 2001014508900012", expect: [], note: "province 20 does not exist" },
  { text: "NIK 3200014508900012", expect: [], note: "regency 00" },
  { text: "NIK 3201004508900012", expect: [], note: "district 00" },
  { text: "NIK 3201014513900012", expect: [], note: "month 13" },
  { text: "NIK 3201013102900012", expect: [], note: "31 February" },
  { text: "NIK 3201017508900012", expect: [], note: "day 75 (35 for a woman)" },
  { text: "NIK 3201014508900000", expect: [], note: "serial 0000" },
  { text: "Kode transaksi 9999888877776666", expect: [], note: "random 16 digits, province 99" },
  { text: "NIK 9701014508900012", expect: [], note: "province 97 does not exist" },
  // Company NPWP is published in procurement results
  { text: "Pemenang: CV Maju Jaya, NPWP 01.234.567.8-901.000", expect: [], note: "company NPWP" },
  // Official contacts
  { text: "Call center 112 dan pemadam kebakaran 113", expect: [], note: "emergency numbers" },
  { text: "Layanan pengaduan WhatsApp 0811-2345-6789", expect: [], note: "service line label" },
  { text: "Hubungi kami di 081126001000", expect: [], note: "agency's own number (site.yml)" },
  { text: "Telepon kantor (0274) 512345", expect: [], note: "office landline" },
  { text: "Surel: humas@diskominfo.contohkab.go.id", expect: [], note: ".go.id address" },
  { text: "ppid@contohkab.go.id", expect: [], note: ".go.id address" },
  { text: "Kirim ke info@diskominfo.contohkab.id", expect: [], note: "agency's own domain" },
  { text: "pengaduan@layanan.diskominfo.contohkab.id", expect: [], note: "agency's subdomain" },
  // Addresses of offices and areas
  { text: "Kantor Dinas beralamat di Jl. Merdeka No. 1, Kota Contoh", expect: [], note: "office address" },
  { text: "Warga RT 05/RW 02 Kelurahan Sukamaju menerima bantuan", expect: [], note: "RT/RW as an area" },
  { text: "Jl. Sudirman No. 5 ditutup sementara", expect: [], note: "street as a place" },
  { text: "Acara digelar di Balai Desa, Jl. Raya No. 10 RT 01/RW 03", expect: [], note: "venue with RT/RW" },
  // Everyday uses of the marker words
  { text: "Ini sudah menjadi rahasia umum.", expect: [], note: "rahasia umum" },
  { text: "Bukan rahasia lagi bahwa pelayanan makin cepat.", expect: [], note: "bukan rahasia" },
  { text: "Kuota peserta terbatas.", expect: [], note: "limited quota" },
  { text: "Tempat terbatas, segera daftar!", expect: [], note: "limited seats" },
  { text: "Daftar Informasi Dikecualikan dapat diunduh di laman PPID.", expect: [], note: "DIP document title" },
  { text: "Hari Minggu dikecualikan dari jadwal pelayanan.", expect: [], note: "excepted" },
  { text: "Resep rahasia keripik tempe UMKM binaan", expect: [], note: "resep rahasia" },
  { text: "Menjaga rahasia jabatan adalah kewajiban ASN.", expect: [], note: "menjaga rahasia" },
  { text: "Rahasia sukses UMKM naik kelas", expect: [], note: "rahasia sukses" },
  { text: "Akses internet tidak terbatas di ruang publik.", expect: [], note: "tidak terbatas" },
  { text: "Lihat https://diskominfo.contohkab.id/berita/judul/ untuk detail", expect: [], note: "URL" },
  // Found while screening a realistic news article: a government treasurer's NPWP is public.
  { text: "NPWP Pemkab 00.123.456.7-618.000", expect: [], note: "government treasurer NPWP (type 00)" },
  {
    text: "![Logo dinas](/media/site/logo@2x.png)",
    expect: [],
    note: "retina image file name (fixed after reasoning about it)",
  },
  // Found while screening the sample site's content (written by someone else): law discussions.
  {
    text: "Dikecualikan berdasarkan Pasal 17 huruf h UU 14/2008 (rahasia pribadi) dan",
    expect: [],
    note: "legal category in a citation",
  },
  {
    text: '"Banyak yang selama ini dianggap rahasia ternyata tidak memenuhi syarat untuk dikecualikan.',
    expect: [],
    note: "dianggap rahasia",
  },
];

/** Samples written after the rules, each batch run once and kept as it came out: the honest figure. */
export const HELD_OUT_NEGATIVES: Sample[] = [
  // Written after the rules were tuned on the samples above; they passed without changes.
  { text: "Nomor Pokok Wajib Pajak Daerah (NPWPD) P.2.0001234.01.01", expect: [], note: "regional tax number" },
  { text: "NIK dan KK wajib dibawa saat pendaftaran.", expect: [], note: "labels without numbers" },
  { text: "Nilai kontrak Rp 3.201.014.508.900", expect: [], note: "money that starts like a NIK" },
  { text: "Pengumuman Nomor: 027/0812/Setda/2026", expect: [], note: "0812 inside a letter number" },
  { text: "ID Pelanggan PLN 532101234567", expect: [], note: "electricity customer id" },
  { text: "NOP PBB 32.01.010.001.002.0003.0", expect: [], note: "land tax object number" },
  { text: "No. Rek BPD 0012345678901", expect: [], note: "agency bank account" },
  { text: "Info: 0274-512345 (kantor)", expect: [], note: "office landline" },
  { text: "Tautan: https://wa.me/6281126001000", expect: [], note: "agency's WhatsApp link" },
  { text: "Rapat koordinasi terbatas dengan camat", expect: [], note: "closed meeting" },
  { text: "Nomor surat 3201/015/BPBD/2026", expect: [], note: "letter number" },
  { text: "Pada 12 Januari 2026, tercatat 3.201.014 pemilih", expect: [], note: "voter count" },
  // Second held-out batch, run once against the finished rules and kept as it came out
  // (the headline is a known false positive: a bare "Rahasia" is raised at medium severity).
  { text: "Pendaftaran dibuka 1–15 Desember 2026 pukul 08.00–16.00 WIB.", expect: [], note: "date and time ranges" },
  { text: "Realisasi PAD Rp 81.234.567.890 (98,12%)", expect: [], note: "revenue figure" },
  { text: "Telp. (0000) 555-0101 ext. 12", expect: [], note: "office number with extension" },
  { text: "Hubungi Call Center 0811-2950-0112", expect: [], note: "call centre mobile" },
  { text: "Perda Nomor 3 Tahun 2026 tentang APBD, Lembaran Daerah Nomor 0812", expect: [], note: "gazette number" },
  { text: "NUPTK 1234567890123456", expect: [], note: "teacher id, 16 digits, not NIK-shaped" },
  { text: "Nomor Izin Berusaha (NIB) 9120001234567", expect: [], note: "business licence number" },
  { text: "Kode pos 55281, telepon (0274) 586168", expect: [], note: "postcode and office phone" },
  { text: "Pemenang tender: PT Karya Maju, NPWP 02.111.222.3-444.000", expect: [], note: "company NPWP" },
  { text: "Rapat terbatas membahas anggaran", expect: [], note: "closed meeting" },
  { text: "Rahasia Negara? Ini Penjelasan PPID", expect: [], note: "headline about the topic" },
  { text: "peserta dari 31 kabupaten/kota", expect: [], note: "count" },
  { text: "pada tanggal 31-12-2026", expect: [], note: "d-m-y date" },
  { text: "kontak media: humas@diskominfo.contohkab.id", expect: [], note: "agency address" },
];
