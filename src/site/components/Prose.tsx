/** The body of an entry: HTML that the Markdown pipeline has already sanitised (the only raw HTML on the site). */
export function Prose({ html }: { html: string }) {
  if (!html.trim()) return null;
  return <div class="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
