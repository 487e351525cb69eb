/** Downloadable documents with their type and size ("PDF, 120 KB"). */
import { describeFile } from "../format.ts";
import type { AttachmentView } from "../view.ts";

export function AttachmentList({
  attachments,
  heading = "Lampiran",
}: {
  attachments: AttachmentView[];
  heading?: string;
}) {
  if (attachments.length === 0) return null;
  return (
    <section class="attachments">
      <h2>{heading}</h2>
      <ul>
        {attachments.map((a) => (
          <li>
            <a href={a.href} download="">
              {a.title}
            </a>{" "}
            <span class="meta">({describeFile(a.type, a.bytes)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
