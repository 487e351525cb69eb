/**
 * Bahasa Indonesia for the Decap CMS interface. Decap ships no Indonesian locale, so this is a
 * complete translation of `decap-cms-locales`' English phrases (same keys, same `%{placeholders}`;
 * `test/cms/locale.test.ts` fails when a key is missing). Registered by the admin bundle as `id`.
 *
 * Terms used throughout: entry = entri, collection = koleksi, draft = draf, media = media,
 * publish = terbitkan, workflow = alur kerja.
 */
export type LocalePhrases = { [key: string]: string | LocalePhrases };

export const id = {
  auth: {
    login: "Masuk",
    loggingIn: "Sedang masuk...",
    loginWithNetlifyIdentity: "Masuk dengan Netlify Identity",
    loginWithAzure: "Masuk dengan Azure",
    loginWithBitbucket: "Masuk dengan Bitbucket",
    loginWithGitHub: "Masuk dengan GitHub",
    loginWithGitLab: "Masuk dengan GitLab",
    loginWithGitea: "Masuk dengan Gitea",
    loginWithForgejo: "Masuk dengan Forgejo",
    errors: {
      email: "Pastikan Anda mengisi alamat surel.",
      password: "Silakan isi kata sandi Anda.",
      identitySettings:
        "Pengaturan identitas tidak dapat diakses. Bila memakai git-gateway, pastikan layanan Identity dan Git Gateway sudah diaktifkan.",
    },
  },
  app: {
    header: {
      content: "Konten",
      workflow: "Alur kerja",
      media: "Media",
      quickAdd: "Buat cepat",
    },
    app: {
      errorHeader: "Gagal memuat konfigurasi CMS",
      configErrors: "Kesalahan konfigurasi",
      checkConfigYml: "Periksa berkas config.yml Anda.",
      loadingConfig: "Memuat konfigurasi...",
      waitingBackend: "Menunggu server konten...",
    },
    notFoundPage: {
      header: "Halaman tidak ditemukan",
    },
  },
  collection: {
    sidebar: {
      collections: "Koleksi",
      allCollections: "Semua koleksi",
      searchAll: "Cari di semua koleksi",
      searchIn: "Cari di",
    },
    collectionTop: {
      sortBy: "Urutkan menurut",
      viewAs: "Tampilkan sebagai",
      viewAsList: "Tampilan daftar",
      viewAsGrid: "Tampilan kisi",
      newButton: "+ %{collectionLabel} baru",
      newButtonAriaLabel: "Buat entri %{collectionLabel} baru",
      ascending: "Naik",
      descending: "Turun",
      searchResults: 'Hasil pencarian untuk "%{searchTerm}"',
      searchResultsInCollection: 'Hasil pencarian untuk "%{searchTerm}" di %{collection}',
      filterBy: "Saring menurut",
      groupBy: "Kelompokkan menurut",
    },
    entries: {
      loadingEntries: "Memuat entri...",
      cachingEntries: "Menyiapkan entri...",
      longerLoading: "Ini mungkin memerlukan beberapa menit",
      noEntries: "Belum ada entri",
      unpublishedHeader: "Entri yang belum terbit",
    },
    groups: {
      other: "Lainnya",
      negateLabel: "Bukan %{label}",
    },
    defaultFields: {
      author: {
        label: "Penulis",
      },
      updatedOn: {
        label: "Diperbarui pada",
      },
    },
  },
  editor: {
    editorControl: {
      field: {
        optional: "opsional",
        // Decap fills in the widget's technical name ("string", "image"): not for a reader's ears.
        widgetLabel: "isian",
      },
    },
    editorControlPane: {
      widget: {
        required: "%{fieldLabel} wajib diisi.",
        // Shown under the field's own label, and the schema's message already names the field.
        regexPattern: "%{pattern}.",
        processing: "%{fieldLabel} sedang diproses.",
        range: "%{fieldLabel} harus antara %{minValue} dan %{maxValue}.",
        min: "%{fieldLabel} minimal %{minValue}.",
        max: "%{fieldLabel} maksimal %{maxValue}.",
        rangeCount: "%{fieldLabel} harus berisi %{minCount} sampai %{maxCount} butir.",
        rangeCountExact: "%{fieldLabel} harus berisi tepat %{count} butir.",
        rangeMin: "%{fieldLabel} harus berisi minimal %{minCount} butir.",
        rangeMax: "%{fieldLabel} berisi paling banyak %{maxCount} butir.",
        invalidPath: "'%{path}' bukan alamat berkas yang sah",
        pathExists: "Alamat berkas '%{path}' sudah ada",
      },
      i18n: {
        writingInLocale: "Menulis dalam bahasa %{locale}",
        copyFromLocale: "Isi dari bahasa lain",
        copyFromLocaleConfirm: "Isi dengan data dari bahasa %{locale}?\nSemua isi yang sudah ada akan ditimpa.",
      },
    },
    editor: {
      onLeavePage: "Yakin ingin meninggalkan halaman ini?",
      onUpdatingWithUnsavedChanges: "Ada perubahan yang belum disimpan. Simpan dulu sebelum mengubah status.",
      onPublishingNotReady: 'Ubah status menjadi "Siap terbit" sebelum menerbitkan.',
      onPublishingWithUnsavedChanges: "Ada perubahan yang belum disimpan. Simpan dulu sebelum menerbitkan.",
      onPublishing: "Yakin ingin menerbitkan entri ini?",
      onUnpublishing: "Yakin ingin membatalkan penerbitan entri ini?",
      onDeleteWithUnsavedChanges:
        "Yakin ingin menghapus entri yang sudah terbit ini, beserta perubahan yang belum disimpan pada sesi ini?",
      onDeletePublishedEntry: "Yakin ingin menghapus entri yang sudah terbit ini?",
      onDeleteUnpublishedChangesWithUnsavedChanges:
        "Semua perubahan yang belum terbit pada entri ini akan dihapus, beserta perubahan yang belum disimpan pada sesi ini. Tetap hapus?",
      onDeleteUnpublishedChanges: "Semua perubahan yang belum terbit pada entri ini akan dihapus. Tetap hapus?",
      loadingEntry: "Memuat entri...",
      confirmLoadBackup: "Ditemukan cadangan lokal untuk entri ini. Pakai cadangan tersebut?",
    },
    editorInterface: {
      toggleI18n: "Tampilkan/sembunyikan terjemahan",
      togglePreview: "Tampilkan/sembunyikan pratinjau",
      toggleScrollSync: "Selaraskan gulir",
      toggleNotes: "Tampilkan/sembunyikan catatan",
    },
    editorNotesPane: {
      title: "Catatan",
      emptyState: "Belum ada catatan. Tambahkan catatan pertama di bawah untuk mulai berkolaborasi.",
      addNote: "Tambah catatan",
      addPlaceholder: "Tulis catatan...",
      editPlaceholder: "Ubah catatan Anda...",
      save: "Simpan",
      cancel: "Batal",
      edit: "Ubah",
      delete: "Hapus",
      resolve: "Tandai selesai",
      unresolve: "Buka kembali",
      confirmDelete: "Yakin ingin menghapus catatan ini?",
      shortcut: "Kiat: tekan Ctrl+Enter untuk menambah catatan dengan cepat",
    },
    editorToolbar: {
      publishing: "Menerbitkan...",
      publish: "Terbitkan",
      published: "Sudah terbit",
      unpublish: "Batalkan terbit",
      duplicate: "Gandakan",
      unpublishing: "Membatalkan terbit...",
      publishAndCreateNew: "Terbitkan dan buat baru",
      publishAndDuplicate: "Terbitkan dan gandakan",
      deleteUnpublishedChanges: "Hapus perubahan yang belum terbit",
      deleteUnpublishedEntry: "Hapus entri yang belum terbit",
      deletePublishedEntry: "Hapus entri yang sudah terbit",
      deleteEntry: "Hapus entri",
      saving: "Menyimpan...",
      save: "Simpan",
      statusInfoTooltipDraft:
        "Status entri ini draf. Untuk menyelesaikan dan mengajukannya untuk ditinjau, ubah status menjadi ‘Ditinjau’",
      statusInfoTooltipInReview:
        "Entri sedang ditinjau; tidak perlu tindakan lain. Anda tetap dapat mengubahnya selama peninjauan.",
      deleting: "Menghapus...",
      updating: "Memperbarui...",
      status: "Status: %{status}",
      backCollection: " Menulis di koleksi %{collectionLabel}",
      unsavedChanges: "Belum disimpan",
      changesSaved: "Perubahan tersimpan",
      draft: "Draf",
      inReview: "Ditinjau",
      ready: "Siap terbit",
      publishNow: "Terbitkan sekarang",
      deployPreviewPendingButtonLabel: "Periksa pratinjau",
      deployPreviewButtonLabel: "Lihat pratinjau",
      deployButtonLabel: "Lihat di situs",
    },
    editorWidgets: {
      markdown: {
        bold: "Tebal",
        italic: "Miring",
        strikethrough: "Coret",
        code: "Kode",
        link: "Tautan",
        linkPrompt: "Masukkan alamat (URL) tautan",
        headings: "Judul bagian",
        quote: "Kutipan",
        bulletedList: "Daftar berbutir",
        numberedList: "Daftar bernomor",
        addComponent: "Tambah komponen",
        richText: "Teks kaya",
        markdown: "Markdown",
        toggleMode: {
          rich: "Beralih ke mode teks kaya",
          markdown: "Beralih ke mode Markdown",
        },
      },
      image: {
        choose: "Pilih gambar",
        chooseMultiple: "Pilih gambar-gambar",
        chooseUrl: "Sisipkan dari URL",
        replaceUrl: "Ganti dengan URL",
        promptUrl: "Masukkan alamat (URL) gambar",
        chooseDifferent: "Pilih gambar lain",
        addMore: "Tambah gambar",
        remove: "Hapus gambar",
        removeAll: "Hapus semua gambar",
      },
      file: {
        choose: "Pilih berkas",
        chooseUrl: "Sisipkan dari URL",
        chooseMultiple: "Pilih berkas-berkas",
        replaceUrl: "Ganti dengan URL",
        promptUrl: "Masukkan alamat (URL) berkas",
        chooseDifferent: "Pilih berkas lain",
        addMore: "Tambah berkas",
        remove: "Hapus berkas",
        removeAll: "Hapus semua berkas",
      },
      unknownControl: {
        noControl: "Tidak ada kontrol untuk jenis isian '%{widget}'.",
      },
      unknownPreview: {
        noPreview: "Tidak ada pratinjau untuk jenis isian '%{widget}'.",
      },
      headingOptions: {
        headingOne: "Judul 1",
        headingTwo: "Judul 2",
        headingThree: "Judul 3",
        headingFour: "Judul 4",
        headingFive: "Judul 5",
        headingSix: "Judul 6",
      },
      datetime: {
        now: "Sekarang",
        clear: "Kosongkan",
        // Decap fills in the field's key ("date"), not its label; the button sits inside the labelled field.
        setToNow: "Isi dengan waktu sekarang",
      },
      list: {
        add: "Tambah %{item}",
        addType: "Tambah %{item}",
      },
      object: {
        expand: "Buka",
        collapse: "Tutup",
      },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: {
      draft: "Draf",
      copy: "Salin",
      copyUrl: "Salin URL",
      copyPath: "Salin alamat berkas",
      copyName: "Salin nama",
      copied: "Tersalin",
    },
    mediaLibrary: {
      onDelete: "Yakin ingin menghapus media yang dipilih?",
      // Decap gives the limit in units of 1000 bytes ("10485 kB"); the field's hint states it in MB.
      fileTooLarge:
        'Berkas terlalu besar.\nPilih berkas yang tidak melebihi batas ukuran di keterangan isian (mis. "maksimal 10 MB").',
    },
    mediaLibraryModal: {
      loading: "Memuat...",
      close: "Tutup",
      noResults: "Tidak ada hasil.",
      noAssetsFound: "Tidak ada berkas.",
      noImagesFound: "Tidak ada gambar.",
      private: "Privat ",
      images: "Gambar",
      mediaAssets: "Berkas media",
      search: "Cari...",
      uploading: "Mengunggah...",
      upload: "Unggah",
      download: "Unduh",
      deleting: "Menghapus...",
      deleteSelected: "Hapus yang dipilih",
      chooseSelected: "Pakai yang dipilih",
    },
  },
  ui: {
    default: {
      goBackToSite: "Kembali ke situs",
    },
    errorBoundary: {
      title: "Terjadi kesalahan",
      details: "Terjadi kesalahan - silakan ",
      reportIt: "laporkan masalah ini di GitHub.",
      detailsHeading: "Rincian",
      privacyWarning:
        "Laporan masalah akan terisi otomatis dengan pesan kesalahan dan data untuk penelusuran.\nPeriksa kebenaran isinya dan hapus data yang sensitif bila ada.",
      recoveredEntry: {
        heading: "Dokumen yang dipulihkan",
        warning: "Salin dan tempel isi ini ke tempat lain sebelum meninggalkan halaman!",
        copyButtonLabel: "Salin ke papan klip",
      },
    },
    settingsDropdown: {
      logOut: "Keluar",
      account: "Menu akun",
    },
    toast: {
      onFailToLoadEntries: "Gagal memuat entri: %{details}",
      onFailToLoadDeployPreview: "Gagal memuat pratinjau: %{details}",
      onFailToPersist: "Gagal menyimpan entri: %{details}",
      onFailToDelete: "Gagal menghapus entri: %{details}",
      onFailToUpdateStatus: "Gagal mengubah status: %{details}",
      missingRequiredField: "Ada isian wajib yang belum benar. Lengkapi dulu sebelum menyimpan.",
      entrySaved: "Entri tersimpan",
      entryPublished: "Entri sudah terbit",
      entryUnpublished: "Penerbitan entri dibatalkan",
      // On GitHub, main only takes an approved pull request: a refused publish usually means "wait for the official".
      onFailToPublishEntry:
        "Entri belum terbit. Setiap entri harus disetujui pejabat berwenang di pull request-nya (SOP langkah 7); setelah disetujui, entri terbit otomatis tanpa perlu menekan Terbitkan lagi. Rincian: %{details}",
      onFailToUnpublishEntry: "Gagal membatalkan penerbitan entri: %{details}",
      entryUpdated: "Status entri diperbarui",
      onDeleteUnpublishedChanges: "Perubahan yang belum terbit sudah dihapus",
      noteAdded: "Catatan ditambahkan",
      onFailToAddNote: "Gagal menambah catatan: %{details}",
      noteUpdated: "Catatan diperbarui",
      onFailToUpdateNote: "Gagal memperbarui catatan: %{details}",
      noteDeleted: "Catatan dihapus",
      onFailToDeleteNote: "Gagal menghapus catatan: %{details}",
      noteResolved: "Catatan ditandai selesai",
      noteReopened: "Catatan dibuka kembali",
      onFailToToggleNote: "Gagal mengubah status catatan: %{details}",
      onFailToAuth: "%{details}",
      onLoggedOut: "Anda sudah keluar. Cadangkan data Anda lalu masuk kembali",
      onBackendDown: "Server konten sedang terganggu. Lihat %{details} untuk informasi lebih lanjut",
    },
  },
  workflow: {
    workflow: {
      loading: "Memuat entri alur kerja",
      workflowHeading: "Alur kerja redaksi",
      newPost: "Entri baru",
      description:
        "%{smart_count} entri menunggu ditinjau, %{readyCount} siap terbit. |||| %{smart_count} entri menunggu ditinjau, %{readyCount} siap terbit. ",
      dateFormat: "DD-MM-YYYY",
    },
    workflowCard: {
      lastChange: "%{date} oleh %{author}",
      lastChangeNoAuthor: "%{date}",
      lastChangeNoDate: "oleh %{author}",
      deleteChanges: "Hapus perubahan",
      deleteNewEntry: "Hapus entri baru",
      publishChanges: "Terbitkan perubahan",
      publishNewEntry: "Terbitkan entri baru",
    },
    workflowList: {
      // The board deletes a card's unpublished changes; a published version stays online.
      onDeleteEntry:
        "Hapus draf ini? Perubahan yang belum terbit akan hilang; versi yang sudah terbit (bila ada) tetap tayang.",
      onPublishingNotReadyEntry:
        'Hanya entri berstatus "Siap terbit" yang dapat diterbitkan. Seret kartunya ke kolom "Siap terbit" agar dapat diterbitkan.',
      onPublishEntry: "Yakin ingin menerbitkan entri ini?",
      draftHeader: "Draf",
      inReviewHeader: "Ditinjau",
      readyHeader: "Siap terbit",
      currentEntries: "%{smart_count} entri |||| %{smart_count} entri",
    },
  },
} satisfies LocalePhrases;
