/** The Daftar Informasi Publik as a table with every column Perki 1/2021 asks for. */
import { describeFile } from "../format.ts";
import type { DipView } from "../view.ts";

const FORMS: Record<string, string> = { softcopy: "Softcopy", hardcopy: "Hardcopy" };
export const formLabel = (form: DipView["form"]) => form.map((f) => FORMS[f] ?? f).join(", ");

export function DipTable({ items, caption }: { items: DipView[]; caption: string }) {
  return (
    <div class="table-scroll" role="region" aria-label={caption} tabindex={0}>
      <table class="dip">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Judul informasi</th>
            <th scope="col">Ringkasan isi informasi</th>
            <th scope="col">Pejabat/unit yang menguasai informasi</th>
            <th scope="col">Penanggung jawab pembuatan/penerbitan</th>
            <th scope="col">Waktu dan tempat pembuatan</th>
            <th scope="col">Bentuk informasi</th>
            <th scope="col">Jangka waktu penyimpanan</th>
            <th scope="col">Dokumen</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d, i) => (
            <tr>
              <td>{i + 1}</td>
              <th scope="row">
                <a href={d.url}>{d.title}</a>
              </th>
              <td>{d.summary}</td>
              <td>{d.unit}</td>
              <td>{d.responsible}</td>
              <td>
                {d.made}, {d.place}
              </td>
              <td>{formLabel(d.form)}</td>
              <td>{d.retention}</td>
              <td>
                {d.files.length === 0
                  ? "Dapat diminta"
                  : d.files.map((f) => (
                      <span class="doc">
                        <a href={f.href}>{f.title}</a> <span class="meta">({describeFile(f.type, f.bytes)})</span>
                      </span>
                    ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
