import { describe, expect, it } from "vitest";
import { indonesianAriaLabel, indonesianText } from "../../src/cms/wording.ts";

describe("English words Decap shows outside its locale", () => {
  it("rewrites dayjs's invalid date and the backend's unknown API error", () => {
    expect(indonesianText("Dian · · Invalid Date")).toBe("Dian · · tanggal tidak diketahui");
    expect(indonesianText("Gagal memuat entri: API_ERROR: Unknown error")).toMatch(
      /^Gagal memuat entri: server konten tidak menjawab \(API_ERROR\)\. Muat ulang halaman/,
    );
    expect(indonesianText("Entri tersimpan")).toBeUndefined();
  });

  it("drops the error code before the local server's own Indonesian message", () => {
    expect(indonesianText("Gagal menyimpan entri: API_ERROR: Penyimpanan ditolak: isian ini akan ditolak")).toBe(
      "Gagal menyimpan entri: Penyimpanan ditolak: isian ini akan ditolak",
    );
  });

  it("labels react-select's remove button in Indonesian", () => {
    expect(indonesianAriaLabel("Remove Softcopy (berkas elektronik)")).toBe("Hapus Softcopy (berkas elektronik)");
    expect(indonesianAriaLabel("isian")).toBeUndefined();
  });

  it("labels a toast's close button (react-toastify's \"close\") in Indonesian", () => {
    expect(indonesianAriaLabel("close")).toBe("Tutup");
  });
});
