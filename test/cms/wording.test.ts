import { describe, expect, it } from "vitest";
import { indonesianAriaLabel, indonesianText } from "../../src/cms/wording.ts";

describe("English words Decap shows outside its locale", () => {
  it("rewrites dayjs's invalid date and the backend's unknown API error", () => {
    expect(indonesianText("Dian · · Invalid Date")).toBe("Dian · · tanggal tidak diketahui");
    expect(indonesianText("Gagal memuat entri: API_ERROR: Unknown error")).toMatch(/^Gagal memuat entri: server konten tidak menjawab \(API_ERROR\)\. Muat ulang halaman/);
    expect(indonesianText("Entri tersimpan")).toBeUndefined();
  });

  it("labels react-select's remove button in Indonesian", () => {
    expect(indonesianAriaLabel("Remove Softcopy (berkas elektronik)")).toBe("Hapus Softcopy (berkas elektronik)");
    expect(indonesianAriaLabel("isian")).toBeUndefined();
  });
});
