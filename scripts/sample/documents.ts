/**
 * The sample PDFs: what each document says. Every name, number and figure is invented;
 * totals add up so the documents agree with the news and pages that cite them.
 */
import type { DocumentSpec } from "./pdf.ts";

const HEAD = {
  position: "Kepala Dinas Komunikasi dan Informatika Kabupaten Lembah Hijau",
  name: "Drs. HENDRA WIRATAMA, M.Si.",
  id: "NIP 00000000 000000 1 001",
};
const SECRETARY = {
  position: "Sekretaris Dinas selaku PPID Pelaksana",
  name: "SRI WAHYUNINGSIH, S.E., M.M.",
  id: "NIP 00000000 000000 2 002",
};
const STATS = {
  position: "Kepala Bidang Statistik",
  name: "DEWI ANGGRAINI PUTRI, S.Si., M.Stat.",
  id: "NIP 00000000 000000 2 004",
};
const APTIKA = {
  position: "Kepala Bidang Aplikasi Informatika",
  name: "ANDI FIRMANSYAH LUBIS, S.T., M.Kom.",
  id: "NIP 00000000 000000 1 005",
};

const programmes2026 = [
  ["Penunjang urusan pemerintahan daerah", "7.420", "5.120", "69,0"],
  ["Informasi dan komunikasi publik", "2.150", "1.310", "60,9"],
  ["Aplikasi informatika", "6.980", "4.210", "60,3"],
  ["Penyelenggaraan statistik sektoral", "610", "360", "59,0"],
  ["Penyelenggaraan persandian", "740", "460", "62,2"],
] as const;

export const DOCUMENTS: Record<string, DocumentSpec> = {
  // ── news attachments ─────────────────────────────────────────────────────────
  "berita/berita-acara-forum-satu-data-2026.pdf": {
    title: "BERITA ACARA FORUM SATU DATA KABUPATEN LEMBAH HIJAU TAHUN 2026",
    subtitle: "Nomor: 000.5/212/DISKOMINFO/2026",
    date: "2026-09-22",
    blocks: [
      {
        paragraph:
          "Pada hari Selasa tanggal dua puluh dua bulan September tahun dua ribu dua puluh enam, bertempat di Ruang Rapat Diskominfo, telah dilaksanakan Forum Satu Data Kabupaten Lembah Hijau yang dihadiri walidata, walidata pendukung dan produsen data dari 31 perangkat daerah.",
      },
      { heading: "Kesepakatan" },
      {
        list: [
          "Daftar data statistik sektoral tahun 2026 ditetapkan sebanyak 126 indikator sebagaimana tabel di bawah.",
          "Setiap indikator wajib dilengkapi metadata: definisi, satuan, cara penghitungan dan jadwal pemutakhiran.",
          "Produsen data mengunggah data tahun 2025 ke portal data paling lambat 30 November 2026.",
          "Data yang memuat informasi pribadi hanya disajikan dalam bentuk agregat.",
        ],
      },
      {
        table: {
          head: ["Sektor", "Produsen data", "2025", "2026"],
          widths: [3, 3, 1, 1],
          right: [2, 3],
          rows: [
            ["Kesehatan", "Dinas Kesehatan", "18", "26"],
            ["Pendidikan", "Dinas Pendidikan", "16", "19"],
            ["Pertanian dan pangan", "Dinas Pertanian", "12", "20"],
            ["Pekerjaan umum", "Dinas PUPR", "14", "15"],
            ["Sosial", "Dinas Sosial", "10", "12"],
            ["Kependudukan", "Disdukcapil", "9", "10"],
            ["Komunikasi dan informatika", "Diskominfo", "8", "11"],
            ["Lainnya", "9 perangkat daerah", "11", "13"],
            ["Jumlah", "", "98", "126"],
          ],
        },
      },
    ],
    signer: STATS,
  },
  "berita/rilis-ip-tik-lembah-hijau-2025.pdf": {
    title: "BERITA RESMI STATISTIK SEKTORAL: INDEKS PEMBANGUNAN TIK KABUPATEN LEMBAH HIJAU 2025",
    subtitle: "No. 07/BRSS/XI/2026 — 2 November 2026",
    date: "2026-11-02",
    blocks: [
      {
        paragraph:
          "IP-TIK Kabupaten Lembah Hijau tahun 2025 sebesar 5,42 pada skala 0-10, naik 0,31 poin dibanding tahun 2024 (5,11). Kenaikan tertinggi terjadi pada subindeks penggunaan.",
      },
      {
        table: {
          head: ["Subindeks", "2024", "2025", "Perubahan"],
          widths: [4, 1.3, 1.3, 1.5],
          right: [1, 2, 3],
          rows: [
            ["Akses dan infrastruktur", "5,38", "5,71", "+0,33"],
            ["Penggunaan", "4,62", "5,02", "+0,40"],
            ["Keahlian", "5,46", "5,51", "+0,05"],
            ["IP-TIK", "5,11", "5,42", "+0,31"],
          ],
        },
      },
      { heading: "Rumah tangga yang mengakses internet menurut kecamatan, 2025 (persen)" },
      {
        table: {
          head: ["Kecamatan", "Persen", "Kecamatan", "Persen"],
          widths: [3, 1.2, 3, 1.2],
          right: [1, 3],
          rows: [
            ["Rimbajaya", "81,4", "Kalimaya", "63,2"],
            ["Padang Sari", "72,8", "Sukarimba", "61,7"],
            ["Tanjung Lestari", "70,1", "Air Tenang", "58,3"],
            ["Sungai Jernih", "67,5", "Lembah Damai", "55,0"],
            ["Pasir Putih", "66,9", "Bukit Embun", "51,6"],
            ["Karang Asri", "64,0", "Gunung Rata", "47,9"],
          ],
        },
      },
      { heading: "Catatan teknis" },
      {
        list: [
          "Survei terhadap 1.200 rumah tangga sampel, Maret-April 2026.",
          "Angka kecamatan merupakan perkiraan dengan tingkat kesalahan lebih besar.",
        ],
      },
    ],
    signer: STATS,
  },
  "berita/rancangan-renja-diskominfo-2027.pdf": {
    title: "RINGKASAN RANCANGAN RENCANA KERJA DISKOMINFO TAHUN 2027",
    subtitle: "Hasil Forum Perangkat Daerah, 14 November 2026",
    date: "2026-11-14",
    blocks: [
      {
        paragraph:
          "Rancangan rencana kerja tahun 2027 disusun dengan pagu indikatif Rp18,6 miliar. Forum perangkat daerah menghimpun 37 usulan dari kecamatan, Forum KIM, perguruan tinggi dan organisasi penyandang disabilitas.",
      },
      {
        table: {
          head: ["Program", "Pagu indikatif (Rp juta)", "Porsi"],
          widths: [4, 2, 1],
          right: [1, 2],
          rows: [
            ["Penunjang urusan pemerintahan daerah", "7.510", "40,4%"],
            ["Informasi dan komunikasi publik", "2.390", "12,8%"],
            ["Aplikasi informatika", "7.630", "41,0%"],
            ["Penyelenggaraan statistik sektoral", "560", "3,0%"],
            ["Penyelenggaraan persandian", "510", "2,7%"],
            ["Jumlah", "18.600", "100%"],
          ],
        },
      },
      { heading: "Usulan terbanyak" },
      {
        list: [
          "Perluasan titik internet desa: 14 usulan (direncanakan 14 titik baru).",
          "Pelatihan literasi digital bagi warga lanjut usia dan pelaku usaha mikro: 8 usulan.",
          "Layanan informasi di kantor kecamatan: 6 usulan.",
          "Sarana layanan informasi ramah penyandang disabilitas: 4 usulan.",
        ],
      },
    ],
    signer: SECRETARY,
  },
  "berita/ringkasan-evaluasi-mandiri-spbe-2026.pdf": {
    title: "RINGKASAN HASIL EVALUASI MANDIRI SPBE KABUPATEN LEMBAH HIJAU TAHUN 2026",
    subtitle: "Indeks sementara, sebelum verifikasi evaluator eksternal",
    date: "2026-11-21",
    blocks: [
      {
        table: {
          head: ["Domain", "Bobot", "2024", "2026"],
          widths: [4, 1.2, 1.2, 1.2],
          right: [1, 2, 3],
          rows: [
            ["Kebijakan internal SPBE", "13%", "3,10", "3,45"],
            ["Tata kelola SPBE", "25%", "2,60", "3,05"],
            ["Manajemen SPBE", "16,5%", "2,15", "2,70"],
            ["Layanan SPBE", "45,5%", "3,20", "3,42"],
            ["Indeks SPBE", "", "2,87", "3,21"],
          ],
        },
      },
      { heading: "Rekomendasi" },
      {
        list: [
          "Integrasi 14 aplikasi yang belum terhubung dengan pusat data kabupaten.",
          "Penyusunan dokumen manajemen risiko untuk setiap aplikasi layanan publik.",
          "Uji pemulihan cadangan setiap bulan.",
        ],
      },
    ],
    signer: APTIKA,
  },

  // ── announcement attachments ────────────────────────────────────────────────
  "pengumuman/formulir-pendaftaran-pelatihan-literasi-digital-umkm.pdf": {
    title: "FORMULIR PENDAFTARAN PELATIHAN LITERASI DIGITAL BAGI PELAKU USAHA MIKRO",
    subtitle: "Aula Diskominfo, 3-4 Desember 2026",
    date: "2026-11-03",
    blocks: [
      {
        table: {
          head: ["Isian", "Jawaban peserta"],
          widths: [2, 3],
          rows: [
            ["Nama lengkap", ""],
            ["Nama usaha dan jenis produk", ""],
            ["Alamat usaha (kecamatan/desa)", ""],
            ["Nomor telepon atau surel", ""],
            ["Sudah berjualan daring? (ya/tidak)", ""],
            ["Kebutuhan khusus (bila ada)", ""],
          ],
        },
      },
      { heading: "Ketentuan" },
      {
        list: [
          "Pelaku usaha mikro berdomisili di Kabupaten Lembah Hijau.",
          "Membawa telepon genggam pintar selama pelatihan.",
          "Formulir diserahkan paling lambat 20 November 2026.",
          "Data pada formulir hanya dipakai untuk seleksi peserta dan tidak dipublikasikan.",
        ],
      },
    ],
  },
  "pengumuman/surat-edaran-layanan-informasi-libur-akhir-tahun.pdf": {
    title: "SURAT EDARAN TENTANG LAYANAN INFORMASI PUBLIK SELAMA LIBUR NATAL 2026 DAN TAHUN BARU 2027",
    subtitle: "Nomor: 000.9/288/PPID-DISKOMINFO/2026",
    date: "2026-11-20",
    blocks: [
      {
        paragraph:
          "Sehubungan dengan hari libur nasional dan cuti bersama akhir tahun, dengan ini disampaikan jadwal layanan informasi publik pada PPID Pelaksana Diskominfo sebagai berikut.",
      },
      {
        table: {
          head: ["Tanggal", "Tatap muka", "Daring"],
          widths: [2, 2, 2],
          rows: [
            ["24 Desember 2026", "Tutup (cuti bersama)", "Menerima"],
            ["25 Desember 2026", "Tutup (Natal)", "Menerima"],
            ["28-31 Desember 2026", "Buka 08.00-15.30", "Menerima"],
            ["1 Januari 2027", "Tutup (Tahun Baru)", "Menerima"],
            ["Mulai 4 Januari 2027", "Buka seperti biasa", "Menerima"],
          ],
        },
      },
      {
        paragraph:
          "Permohonan yang masuk pada hari libur dicatat pada hari kerja berikutnya; jangka waktu 10 hari kerja dihitung sejak tanggal pencatatan.",
      },
    ],
    signer: SECRETARY,
  },

  // ── Daftar Informasi Publik ──────────────────────────────────────────────────
  "informasi-publik/profil-badan-publik.pdf": {
    title: "PROFIL DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH HIJAU",
    subtitle: "Tahun 2026",
    date: "2026-09-01",
    blocks: [
      { heading: "Kedudukan" },
      {
        paragraph:
          "Diskominfo adalah perangkat daerah yang melaksanakan urusan pemerintahan bidang komunikasi dan informatika, statistik, dan persandian; berkedudukan di bawah dan bertanggung jawab kepada Bupati melalui Sekretaris Daerah.",
      },
      { heading: "Gambaran umum" },
      {
        table: {
          head: ["Uraian", "Keterangan"],
          widths: [2, 4],
          rows: [
            ["Alamat", "Jl. Pemuda No. 17, Rimbajaya"],
            ["Pegawai", "74 orang (41 PNS, 18 PPPK, 15 tenaga pendukung)"],
            ["Unit kerja", "Sekretariat dan 4 bidang"],
            ["Pagu anggaran 2026", "Rp17,9 miliar"],
            ["Aplikasi dikelola", "35 aplikasi, 21 di pusat data kabupaten"],
          ],
        },
      },
      { heading: "Pimpinan" },
      {
        list: [
          "Kepala Dinas: Drs. Hendra Wiratama, M.Si.",
          "Sekretaris: Sri Wahyuningsih, S.E., M.M.",
          "Kepala Bidang Informasi dan Komunikasi Publik: Ratna Kusumawardani, S.Sos., M.A.P.",
          "Kepala Bidang Aplikasi Informatika: Andi Firmansyah Lubis, S.T., M.Kom.",
          "Kepala Bidang Statistik: Dewi Anggraini Putri, S.Si., M.Stat.",
          "Kepala Bidang Persandian dan Keamanan Informasi: Rudi Hartono Sinaga, S.Kom.",
        ],
      },
    ],
    signer: SECRETARY,
  },
  "informasi-publik/program-dan-kegiatan-2026.pdf": {
    title: "PROGRAM DAN KEGIATAN DISKOMINFO TAHUN 2026",
    date: "2026-01-20",
    blocks: [
      {
        table: {
          head: ["Program", "Penanggung jawab", "Pagu (Rp juta)"],
          widths: [3.5, 2.5, 1.5],
          right: [2],
          rows: [
            ["Penunjang urusan pemerintahan daerah", "Sekretaris", "7.420"],
            ["Informasi dan komunikasi publik", "Kabid IKP", "2.150"],
            ["Aplikasi informatika", "Kabid Aptika", "6.980"],
            ["Penyelenggaraan statistik sektoral", "Kabid Statistik", "610"],
            ["Penyelenggaraan persandian", "Kabid Persandian", "740"],
            ["Jumlah", "", "17.900"],
          ],
        },
      },
      { heading: "Kegiatan utama" },
      {
        list: [
          "Pengelolaan website dan media sosial pemerintah daerah; target 72 berita per tahun.",
          "Pembinaan 57 Kelompok Informasi Masyarakat; pelatihan jurnalistik warga.",
          "Internet desa: 16 titik baru, total 48 desa terlayani.",
          "Pengembangan aplikasi pengaduan Lapor Lembah versi baru.",
          "Forum Satu Data dan rilis IP-TIK tingkat kabupaten.",
          "Pelatihan keamanan informasi dan simulasi penanganan insiden siber.",
        ],
      },
      {
        paragraph:
          "Sumber dana: APBD Kabupaten Lembah Hijau Tahun Anggaran 2026. Jadwal pelaksanaan: Januari-Desember 2026.",
      },
    ],
    signer: HEAD,
  },
  "informasi-publik/laporan-kinerja-2025.pdf": {
    title: "RINGKASAN LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) DISKOMINFO TAHUN 2025",
    date: "2026-02-27",
    blocks: [
      {
        table: {
          head: ["Indikator kinerja utama", "Target", "Realisasi", "Capaian"],
          widths: [4, 1.3, 1.3, 1.3],
          right: [1, 2, 3],
          rows: [
            ["Indeks SPBE", "2,80", "2,87", "102,5%"],
            ["Perangkat daerah menerapkan Satu Data", "70%", "74%", "105,7%"],
            ["Permohonan informasi dijawab tepat waktu", "95%", "98,6%", "103,8%"],
            ["Desa terlayani internet desa", "32", "32", "100,0%"],
            ["Insiden siber ditangani < 24 jam", "90%", "84%", "93,3%"],
          ],
        },
      },
      { heading: "Analisis singkat" },
      {
        paragraph:
          "Empat dari lima indikator mencapai atau melampaui target. Penanganan insiden siber belum mencapai target karena dua insiden memerlukan pemulihan dari cadangan yang tidak lengkap; tindak lanjutnya adalah uji pemulihan cadangan secara berkala.",
      },
    ],
    signer: HEAD,
  },
  "informasi-publik/realisasi-anggaran-triwulan-iii-2026.pdf": {
    title: "LAPORAN REALISASI ANGGARAN TRIWULAN III TAHUN 2026",
    subtitle: "Posisi 30 September 2026 (dalam juta rupiah)",
    date: "2026-10-15",
    blocks: [
      {
        table: {
          head: ["Program", "Pagu", "Realisasi", "%"],
          widths: [4, 1.4, 1.4, 1],
          right: [1, 2, 3],
          rows: [...programmes2026.map((p) => [...p]), ["Jumlah", "17.900", "11.460", "64,0"]],
        },
      },
      {
        paragraph:
          "Pendapatan asli daerah dari retribusi sewa menara telekomunikasi sampai dengan triwulan III sebesar Rp412 juta dari target Rp550 juta (74,9%).",
      },
    ],
    signer: SECRETARY,
  },
  "informasi-publik/laporan-akses-informasi-publik-2025.pdf": {
    title: "LAPORAN LAYANAN INFORMASI PUBLIK PPID PELAKSANA DISKOMINFO TAHUN 2025",
    date: "2026-03-20",
    blocks: [
      {
        table: {
          head: ["Uraian", "Jumlah"],
          widths: [4, 1.5],
          right: [1],
          rows: [
            ["Permohonan diterima", "142"],
            ["Dipenuhi seluruhnya", "118"],
            ["Dipenuhi sebagian", "11"],
            ["Ditolak (dikecualikan)", "4"],
            ["Tidak dikuasai, diteruskan", "9"],
            ["Rata-rata waktu jawaban", "4,3 hari kerja"],
            ["Diperpanjang", "6"],
            ["Keberatan", "3"],
            ["Sengketa di Komisi Informasi", "0"],
          ],
        },
      },
      { heading: "Alasan penolakan" },
      {
        list: [
          "Data pribadi pelapor pengaduan (Pasal 17 huruf h UU 14/2008): 3 permohonan.",
          "Rincian konfigurasi keamanan jaringan (berdasarkan uji konsekuensi): 1 permohonan.",
        ],
      },
      {
        paragraph:
          "Laporan ini disampaikan kepada Atasan PPID, PPID Utama dan Komisi Informasi Provinsi Nusa Sejahtera.",
      },
    ],
    signer: SECRETARY,
  },
  "informasi-publik/dokumen-pelaksanaan-anggaran-2026.pdf": {
    title: "RINGKASAN DOKUMEN PELAKSANAAN ANGGARAN (DPA) DISKOMINFO TAHUN 2026",
    subtitle: "Dalam juta rupiah",
    date: "2026-01-20",
    blocks: [
      {
        table: {
          head: ["Program", "Belanja"],
          widths: [4, 1.5],
          right: [1],
          rows: [...programmes2026.map((p) => [p[0], p[1]]), ["Jumlah belanja", "17.900"]],
        },
      },
      { heading: "Rencana penarikan dana per triwulan" },
      {
        table: {
          head: ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"],
          widths: [1, 1, 1, 1],
          right: [0, 1, 2, 3],
          rows: [["2.690", "4.830", "4.650", "5.730"]],
        },
      },
    ],
    signer: HEAD,
  },
  "informasi-publik/peringatan-dini-banjir-longsor-november-2026.pdf": {
    title: "PERINGATAN DINI CUACA EKSTREM, BANJIR DAN TANAH LONGSOR",
    subtitle: "Berlaku 23-30 November 2026 — INFORMASI SERTA-MERTA",
    date: "2026-11-22",
    blocks: [
      {
        paragraph:
          "Berdasarkan prakiraan cuaca dan kajian risiko BPBD Kabupaten Lembah Hijau, hujan lebat disertai angin kencang berpotensi terjadi pada 23-30 November 2026 dan dapat memicu banjir serta tanah longsor.",
      },
      {
        table: {
          head: ["Kecamatan", "Potensi", "Tingkat"],
          widths: [2, 3, 1.2],
          rows: [
            ["Air Tenang", "Banjir luapan sungai", "Siaga"],
            ["Sungai Jernih", "Banjir luapan sungai", "Siaga"],
            ["Gunung Rata", "Tanah longsor", "Siaga"],
            ["Bukit Embun", "Tanah longsor", "Waspada"],
            ["Kalimaya", "Banjir genangan", "Waspada"],
            ["Padang Sari", "Angin kencang", "Waspada"],
            ["Lembah Damai", "Tanah longsor", "Waspada"],
          ],
        },
      },
      { heading: "Imbauan" },
      {
        list: [
          "Pantau informasi resmi dari BPBD, kecamatan dan akun resmi pemerintah daerah.",
          "Siapkan tas siaga: dokumen penting, obat-obatan, senter dan air minum.",
          "Warga di lereng yang melihat retakan tanah segera mengungsi dan melapor ke kepala desa.",
          "Jangan menyebarkan kabar yang belum jelas sumbernya.",
        ],
      },
      { paragraph: "Pusat pengendalian operasi BPBD: (0000) 555-0112 (nomor rekaan)." },
    ],
    signer: HEAD,
  },
  "informasi-publik/peraturan-bupati-pengelolaan-website-media-sosial.pdf": {
    title:
      "PERATURAN BUPATI LEMBAH HIJAU NOMOR 21 TAHUN 2024 TENTANG PENGELOLAAN WEBSITE DAN MEDIA SOSIAL PERANGKAT DAERAH",
    subtitle: "Salinan contoh (fiktif)",
    date: "2024-07-15",
    blocks: [
      { heading: "BAB I — Ketentuan Umum" },
      {
        paragraph:
          "Pasal 1. Website perangkat daerah adalah situs resmi yang menggunakan subdomain pemerintah daerah. Media sosial perangkat daerah adalah akun resmi yang didaftarkan kepada Diskominfo.",
      },
      { heading: "BAB II — Pengelola" },
      {
        paragraph:
          "Pasal 4. Kepala perangkat daerah menetapkan tim pengelola website dan media sosial dengan keputusan, yang terdiri atas pejabat berwenang, admin/editor dan petugas bidang.",
      },
      { heading: "BAB III — Publikasi" },
      {
        list: [
          "Setiap informasi disunting oleh admin/editor sebelum ditayangkan.",
          "Pejabat berwenang menyaring informasi sebelum ditayangkan; informasi yang tidak layak tidak ditayangkan.",
          "Informasi yang dikecualikan dan data pribadi tidak dipublikasikan.",
          "Informasi yang telah disetujui segera ditayangkan di website dan media sosial.",
        ],
      },
      { heading: "BAB IV — Monitoring dan Evaluasi" },
      {
        paragraph:
          "Pasal 12. Diskominfo melakukan monitoring dan evaluasi pengelolaan website dan media sosial perangkat daerah setiap bulan dan melaporkannya kepada Bupati setiap triwulan.",
      },
    ],
    signer: { position: "Bupati Lembah Hijau", name: "(nama rekaan)" },
  },
  "informasi-publik/sk-tim-pengelola-website-media-sosial-2026.pdf": {
    title: "KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN LEMBAH HIJAU",
    subtitle:
      "Nomor 000.1.2/017/DISKOMINFO/2026 tentang Pembentukan Tim Pengelola Website dan Media Sosial Tahun Anggaran 2026",
    date: "2026-01-12",
    blocks: [
      { heading: "Menimbang" },
      {
        paragraph:
          "bahwa untuk melaksanakan SOP Pelayanan Informasi Publik pada pengelolaan website dan media sosial, perlu menetapkan tim pengelola dengan keputusan Kepala Dinas.",
      },
      { heading: "Mengingat" },
      {
        list: [
          "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik;",
          "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
          "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan UU 14/2008;",
          "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik;",
          "Peraturan Bupati Lembah Hijau Nomor 21 Tahun 2024 (contoh fiktif).",
        ],
      },
      { heading: "MEMUTUSKAN — Susunan tim" },
      {
        table: {
          head: ["Nama", "Jabatan", "Peran dalam tim"],
          widths: [3, 3, 2],
          rows: [
            ["Drs. Hendra Wiratama, M.Si.", "Kepala Dinas", "Pejabat berwenang"],
            ["Ratna Kusumawardani, S.Sos., M.A.P.", "Kabid IKP", "Pejabat berwenang"],
            ["Yoga Pratama Adinugraha, S.Kom.", "Pranata Komputer Ahli Muda", "Admin/editor"],
            ["Maria Fransiska Liku, S.I.Kom.", "Pranata Humas Ahli Pertama", "Admin/editor"],
            ["Dimas Arya Saputra, A.Md.", "Pengelola Informasi Publik", "Petugas Bidang IKP"],
            ["Nur Aini Lestari, S.Tr.Stat.", "Statistisi Ahli Pertama", "Petugas Bidang Statistik"],
            ["Fajar Ramadhan, S.Kom.", "Pranata Komputer Ahli Pertama", "Petugas Bidang Aptika"],
            ["Siti Rahmawati, S.E.", "Analis Perencanaan", "Petugas Sekretariat"],
            ["Bagus Setiawan, S.Tr.Sandi", "Sandiman Ahli Pertama", "Petugas Bidang Persandian"],
          ],
        },
      },
      {
        paragraph:
          "Tim bertugas menyusun program kerja, memutakhirkan menu dan isi website dan media sosial, menyunting dan menyaring informasi sebelum ditayangkan, serta melaksanakan monitoring dan evaluasi setiap bulan. Keputusan ini berlaku sejak tanggal ditetapkan.",
      },
    ],
    signer: HEAD,
  },
  "informasi-publik/sop-pelayanan-informasi-publik.pdf": {
    title: "STANDAR OPERASIONAL PROSEDUR PELAYANAN INFORMASI PUBLIK",
    subtitle: "Pengelolaan Website dan Media Sosial",
    date: "2026-01-15",
    blocks: [
      { heading: "Dasar hukum" },
      {
        list: [
          "UU 14/2008 tentang Keterbukaan Informasi Publik.",
          "UU 25/2009 tentang Pelayanan Publik.",
          "PP 61/2010 tentang Pelaksanaan UU 14/2008.",
          "Perki 1/2021 tentang Standar Layanan Informasi Publik (menggantikan Perki 1/2010).",
        ],
      },
      { heading: "Prosedur" },
      {
        table: {
          head: ["No", "Kegiatan", "Pelaksana", "Waktu", "Output"],
          widths: [0.5, 4, 1.8, 1, 2.4],
          rows: [
            ["1", "Menetapkan tim pengelola website dan media sosial", "Kepala Dinas", "1 hari", "SK tim"],
            ["2", "Menyusun program kerja", "Tim", "1 hari", "Program kerja"],
            ["3", "Mengisi dan memutakhirkan menu website", "Tim", "180 menit", "Menu mutakhir"],
            ["4", "Mengumpulkan bahan (gambar, dokumen, video)", "Petugas bidang", "1 hari", "Bahan informasi"],
            ["5", "Menyerahkan bahan kepada tim pengelola", "Petugas bidang", "60 menit", "Bahan siap diproses"],
            ["6", "Menyunting bahan", "Admin/editor", "60 menit", "Bahan tersunting"],
            ["7", "Menyaring (filtering) informasi", "Pejabat", "15 menit", "Informasi tersaring"],
            [
              "8",
              "Menampilkan yang layak; tidak menampilkan yang tidak layak",
              "Admin",
              "15 menit",
              "Informasi siap tayang",
            ],
            ["9", "Monitoring dan evaluasi", "Tim", "1 hari", "Daftar hadir, notulen, RTL"],
            ["10", "Segera mempublikasikan", "Admin", "15 menit", "Informasi tayang"],
          ],
        },
      },
      { heading: "Peringatan" },
      {
        paragraph:
          "Jika prosedur tidak dilaksanakan dengan baik, informasi di website dan media sosial tidak mutakhir, serta keamanan dan pemeliharaan website dan media sosial tidak terjaga. Pencatatan disimpan dalam bentuk softcopy dan hardcopy.",
      },
    ],
    signer: HEAD,
  },
  "informasi-publik/daftar-informasi-publik-2026.pdf": {
    title: "KEPUTUSAN PPID PELAKSANA TENTANG DAFTAR INFORMASI PUBLIK DISKOMINFO TAHUN 2026",
    subtitle: "Nomor 000.9/251/PPID-DISKOMINFO/2026",
    date: "2026-10-28",
    blocks: [
      { heading: "A. Informasi yang wajib diumumkan secara berkala" },
      {
        list: [
          "Profil Diskominfo Kabupaten Lembah Hijau",
          "Program dan Kegiatan Tahun 2026",
          "Ringkasan Laporan Kinerja Tahun 2025",
          "Laporan Realisasi Anggaran Triwulan III Tahun 2026",
          "Laporan Akses Informasi Publik Tahun 2025",
          "Dokumen Pelaksanaan Anggaran Tahun 2026",
        ],
      },
      { heading: "B. Informasi yang wajib diumumkan secara serta-merta" },
      { list: ["Peringatan dini cuaca ekstrem, banjir dan tanah longsor"] },
      { heading: "C. Informasi yang wajib tersedia setiap saat" },
      {
        list: [
          "Peraturan Bupati Nomor 21 Tahun 2024 tentang Pengelolaan Website dan Media Sosial",
          "Keputusan Kepala Dinas tentang Tim Pengelola Website dan Media Sosial 2026",
          "SOP Pelayanan Informasi Publik",
          "Daftar Informasi Publik",
          "Daftar Aplikasi Layanan Pemerintah Daerah",
        ],
      },
      { heading: "D. Informasi yang dikecualikan (hasil uji konsekuensi 26 Oktober 2026)" },
      {
        list: [
          "Data pribadi pemohon informasi dan pelapor pengaduan (Pasal 17 huruf h UU 14/2008)",
          "Rincian konfigurasi keamanan jaringan dan pusat data",
          "Laporan insiden siber yang masih dalam penanganan",
        ],
      },
    ],
    signer: SECRETARY,
  },
  "informasi-publik/daftar-aplikasi-pemerintah-daerah.pdf": {
    title: "DAFTAR APLIKASI LAYANAN PEMERINTAH KABUPATEN LEMBAH HIJAU",
    subtitle: "Keadaan Oktober 2026 (petikan)",
    date: "2026-10-28",
    blocks: [
      {
        table: {
          head: ["Aplikasi", "Fungsi", "Pemilik", "Server", "Terintegrasi"],
          widths: [2, 3, 1.6, 1.6, 1.2],
          rows: [
            ["Lapor Lembah", "Pengaduan warga", "Diskominfo", "Pusat data", "Ya"],
            ["Portal Satu Data", "Publikasi data sektoral", "Diskominfo", "Pusat data", "Ya"],
            ["Naskah Dinas Elektronik", "Surat-menyurat dan TTE", "Setda", "Pusat data", "Ya"],
            ["Sistem Kepegawaian", "Data dan layanan ASN", "BKPSDM", "Pusat data", "Ya"],
            ["Perizinan Daring", "Permohonan izin", "DPMPTSP", "Pusat data", "Ya"],
            ["Sistem Informasi Desa", "Administrasi desa", "Dinas PMD", "Penyedia jasa", "Belum"],
            ["Aplikasi Puskesmas", "Rekam layanan kesehatan", "Dinas Kesehatan", "Penyedia jasa", "Belum"],
            ["Perpustakaan Digital", "Katalog dan peminjaman", "Dinas Perpustakaan", "Pusat data", "Belum"],
          ],
        },
      },
      {
        paragraph:
          "Daftar lengkap memuat 35 aplikasi. Alamat internal server dan rincian konfigurasi keamanan tidak dimuat karena termasuk informasi yang dikecualikan.",
      },
    ],
    signer: APTIKA,
  },
};
