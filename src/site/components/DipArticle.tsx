/** One item of the Daftar Informasi Publik with its Perki fields and documents. */
import type { TimeZone } from "../../content/dates.ts";
import type { DipView } from "../view.ts";
import { AttachmentList } from "./AttachmentList.tsx";
import { DateTime } from "./DateTime.tsx";
import { formLabel } from "./DipTable.tsx";
import { Prose } from "./Prose.tsx";

export function DipArticle({ item, timeZone }: { item: DipView; timeZone: TimeZone }) {
  return (
    <article class="entry">
      <header class="entry-header">
        <h1>{item.title}</h1>
        <p class="meta">{item.categoryLabel}</p>
      </header>
      <dl class="facts">
        <dt>Ringkasan isi informasi</dt>
        <dd>{item.summary}</dd>
        <dt>Pejabat/unit yang menguasai informasi</dt>
        <dd>{item.unit}</dd>
        <dt>Penanggung jawab pembuatan/penerbitan</dt>
        <dd>{item.responsible}</dd>
        <dt>Waktu dan tempat pembuatan</dt>
        <dd>
          {item.made}, {item.place}
        </dd>
        <dt>Bentuk informasi</dt>
        <dd>{formLabel(item.form)}</dd>
        <dt>Jangka waktu penyimpanan</dt>
        <dd>{item.retention}</dd>
        <dt>Terakhir diperbarui</dt>
        <dd>
          <DateTime date={item.date} timeZone={timeZone} />
        </dd>
      </dl>
      <Prose html={item.html} />
      {item.files.length > 0 ? (
        <AttachmentList attachments={item.files} heading="Dokumen" />
      ) : (
        <p>Dokumen tersedia atas permintaan melalui layanan PPID.</p>
      )}
    </article>
  );
}
