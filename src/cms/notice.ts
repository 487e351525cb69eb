/**
 * A notice along the bottom of the admin: a title and lines as `npm run check` prints them
 * (monospace, their two-space columns kept), announced to screen readers (`role="alert"`).
 * Used for content `main` holds that the build refuses (problem-notice.ts) and for a save the
 * admin refused (pre-save.ts).
 */
export interface NoticeOptions {
  id: string;
  title: string;
  lines: readonly string[];
  /** Background, text and border colours. */
  colours: { background: string; text: string; border: string };
  /** Stacking order: a later notice sits above an earlier one. */
  zIndex: number;
}

/** Builds the notice and adds it to the page; the caller may append more (a close button). */
export function showNotice(doc: Document, { id, title, lines, colours, zIndex }: NoticeOptions): HTMLElement {
  doc.getElementById(id)?.remove();
  const notice = doc.createElement("section");
  notice.id = id;
  notice.setAttribute("role", "alert");
  notice.style.cssText =
    `position:fixed;left:0;right:0;bottom:0;z-index:${zIndex};max-height:40vh;overflow:auto;background:${colours.background};color:${colours.text};` +
    `border-top:3px solid ${colours.border};padding:12px 16px;font:14px/1.5 system-ui,sans-serif;box-shadow:0 -2px 8px rgba(0,0,0,.2)`;
  const heading = doc.createElement("strong");
  heading.textContent = title;
  const list = doc.createElement("ul");
  list.style.cssText =
    "margin:6px 0 0;padding-left:20px;font-family:ui-monospace,monospace;font-size:13px;white-space:pre-wrap";
  for (const line of lines) {
    const item = doc.createElement("li");
    item.textContent = line;
    list.append(item);
  }
  notice.append(heading, list);
  doc.body.append(notice);
  return notice;
}
