/**
 * The build's view resolvers (`entry-views.ts`): images become renditions, attachments get their
 * size, divisions and tags their pages, and every file a page links to is marked for publishing.
 *
 * The view builders are synchronous, because the CMS preview renders inside Decap's synchronous
 * preview template; the build's sources are not (image headers, file sizes, body images). So the
 * build makes its views twice: the first run asks (each answer starts loading and a placeholder
 * stands in), every answer is awaited, and the second run gets them (`makeTwice`).
 */
import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { Content, Entry } from "../content/model.ts";
import { mediaSitePath } from "../content/media.ts";
import { toInstant } from "../content/dates.ts";
import { divisionUrl, tagSlug, topicUrl } from "../content/urls.ts";
import { responsiveBodyImages } from "./body-images.tsx";
import type { ViewResolvers } from "./entry-views.ts";
import { fileType } from "./format.ts";
import type { ImageStore } from "./images.ts";
import type { RenderedMarkdown } from "../markdown/index.ts";
import type { DivisionRef } from "./view.ts";

/** Answers loaded once per key: a placeholder until `settle()` has awaited them all. */
class Answers {
  readonly #loading = new Map<string, Promise<unknown>>();
  readonly #known = new Map<string, unknown>();

  get<T>(key: string, load: () => Promise<T>, placeholder: T): T {
    if (this.#known.has(key)) return this.#known.get(key) as T;
    if (!this.#loading.has(key)) {
      const loading = load();
      loading.catch(() => {}); // reported by settle(); a run that stops before then must not crash on it
      this.#loading.set(key, loading);
    }
    return placeholder;
  }

  async settle(): Promise<void> {
    for (const [key, loading] of this.#loading) this.#known.set(key, await loading);
    this.#loading.clear();
  }

  /** Whether something was asked that no run has awaited: a view that asks only once answered would show a placeholder. */
  get unsettled(): number {
    return this.#loading.size;
  }
}

export interface BuildSources {
  content: Content;
  now: Date;
  /** Each public entry's rendered body: sanitised HTML and the media its parse found. */
  bodies: Map<Entry, RenderedMarkdown>;
  images: ImageStore;
  /** Media files (`/media/...`) the pages link to: filled here, copied into the output by the build. */
  media: Set<string>;
}

/** What the build's views ask: per entry (errors name its file), and its body's HTML. */
export interface BuildResolvers {
  of(entry: Entry): ViewResolvers;
  html(entry: Entry): string;
}

/** Runs `make` with the build's resolvers twice: once to ask, once, after every answer arrived, to build. */
export async function makeTwice<T>(sources: BuildSources, make: (r: BuildResolvers) => T): Promise<T> {
  const answers = new Answers();
  const resolvers = buildResolvers(sources, answers);
  make(resolvers);
  await answers.settle();
  const made = make(resolvers);
  if (answers.unsettled)
    throw new Error(
      "A view asked the build's resolvers for something only after the first run: make views that ask the same on every run.",
    );
  return made;
}

function buildResolvers({ content, now, bodies, images, media }: BuildSources, answers: Answers): BuildResolvers {
  const tz = content.site.timeZone;
  const divisions = new Map<string, DivisionRef>(
    content.divisions.items.map((d) => [d.id, { id: d.id, name: d.name, url: divisionUrl(d.id) }]),
  );
  // Tags that slug alike share a topic page, shown with the first label met.
  const tagLabels = new Map<string, string>();

  const fileSize = (file: string) =>
    answers.get(
      `size ${file}`,
      () =>
        stat(join(content.dir, file.slice(1))).then(
          (s) => s.size,
          () => {
            throw new Error(
              `Lampiran tidak ditemukan: ${file} (seharusnya di ${join(content.dir, "media")}). Tambahkan berkasnya atau perbaiki alamatnya di entri.`,
            );
          },
        ),
      0,
    );

  const body = async (e: Entry) => {
    const rendered = bodies.get(e);
    const found = rendered?.report?.media ?? [];
    // Files the body links to (`[unduh](/media/….pdf)`) are published with it, as its parse named
    // them and the loader checked them; images become renditions. Nothing else is read.
    for (const m of found) if (!m.image) media.add(m.sitePath);
    const shown = new Set(found.filter((m) => m.image).map((m) => m.sitePath));
    return responsiveBodyImages(rendered?.html ?? "", (src, alt) => {
      const named = mediaSitePath(src);
      const sitePath = named && "sitePath" in named ? named.sitePath : undefined;
      if (!sitePath || !shown.has(sitePath))
        throw new Error(
          `${e.file}: gambar isi ${src} tidak termasuk media yang disebut Markdown entri ini, jadi tidak dibaca.`,
        );
      return images.resolve(sitePath, alt);
    });
  };

  const shared: Omit<ViewResolvers, "division"> = {
    image: (i) =>
      answers.get(`image ${JSON.stringify([i.src, i.alt, i.caption])}`, () => images.resolve(i.src, i.alt, i.caption), {
        alt: i.alt,
        src: "",
        width: 0,
        height: 0,
        sources: [],
      }),
    attachment: (a) => {
      media.add(a.file);
      return { title: a.title, href: a.file, type: fileType(a.file), bytes: fileSize(a.file) };
    },
    tag: (label) => {
      const slug = tagSlug(label);
      if (!tagLabels.has(slug)) tagLabels.set(slug, label);
      return { label: tagLabels.get(slug)!, url: topicUrl(label) };
    },
    mediaUrl: (path) => {
      media.add(path);
      return path;
    },
    instant: (value) => toInstant(value, tz),
    now,
  };

  return {
    of: (e) => ({
      ...shared,
      division: (id) => {
        const found = divisions.get(id);
        if (!found)
          throw new Error(
            `${e.file}: bidang "${id}" tidak ada di content/_data/divisions.yml; pilih bidang yang ada atau tambahkan bidang itu.`,
          );
        return found;
      },
    }),
    html: (e) => answers.get(`body ${e.file}`, () => body(e), ""),
  };
}
