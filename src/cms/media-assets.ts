/**
 * Shows every image in the admin, published or new. Front matter names media by their public
 * path (`/media/berita/a.jpg`), and Decap's bundle (3.16.3) treats any value starting with `/` as
 * a URL of the admin's own host (`isAbsolutePath` is `^(?:[a-z]+:)?//|^/`). The site serves only
 * `/img/…` renditions, so those URLs are 404: empty boxes in the form and the preview.
 *
 * Asked for the file's path in the repository instead (`content/media/berita/a.jpg`), Decap's
 * `getAsset` does what its docs describe for a relative media path: a file uploaded in this
 * session or carried by the draft's branch comes from memory, any other is loaded through the
 * backend (decap-server locally, GitHub's contents API on the deployed site). So every place that
 * asks for an asset — image and file widgets, the Markdown image block, our preview templates —
 * asks with the repository path.
 */
import type { CreateElement, DecapCms } from "./decap.ts";
import { MEDIA_DIR, PUBLIC_MEDIA } from "./paths.ts";

export type GetAsset = (path: string, field?: unknown) => unknown;

/** `/media/berita/a.jpg` → `content/media/berita/a.jpg`; undefined for anything else (URLs, odd paths). */
export function repositoryMediaPath(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.startsWith(`${PUBLIC_MEDIA}/`)) return undefined;
  const rest = value.slice(PUBLIC_MEDIA.length + 1).split(/[?#]/)[0]!;
  const segments = rest.split("/");
  if (segments.some((s) => s === "" || s === "." || s === "..")) return undefined;
  return `${MEDIA_DIR}/${rest}`;
}

const resolving = new WeakMap<GetAsset, GetAsset>();

/**
 * Decap's `getAsset`, asked for media by repository path. The same wrapper is returned for the
 * same function: widgets reload their image when the function's identity changes.
 */
export function resolvingGetAsset(getAsset: GetAsset): GetAsset {
  let wrapped = resolving.get(getAsset);
  if (!wrapped) {
    wrapped = (path, field) => {
      const inRepository = repositoryMediaPath(path);
      if (!inRepository) return getAsset(path, field);
      const asset = getAsset(inRepository, field);
      // Decap looks in the entry's own media folder; a file from another folder (the site's logo in
      // a news preview) fails there, and Decap then answers with the path it was given: fall back
      // to the public URL, which is how Decap itself would have shown it.
      return String(asset) === inRepository ? getAsset(path, field) : asset;
    };
    resolving.set(getAsset, wrapped);
  }
  return wrapped;
}

/** The widgets whose control and preview show media through `getAsset`. */
const MEDIA_WIDGETS = ["image", "file"] as const;

type ControlProps = Record<string, unknown> & { getAsset?: GetAsset };
interface InnerControl {
  shouldComponentUpdate?: (nextProps: ControlProps) => boolean;
  isValid?: () => unknown;
  getValidateValue?: () => unknown;
  focus?: (path?: unknown) => void;
}
/** create-react-class as Decap exposes it on `window.createClass`. */
export type CreateClass = (spec: Record<string, unknown>) => unknown;

/** Decap's placeholder while an asset loads (an empty SVG named `empty.svg`, `actions/media.ts`). */
const isLoading = (asset: unknown) =>
  typeof asset === "object" && asset !== null && (asset as { path?: unknown }).path === "empty.svg";

/** How often a control asks again for an image that was still loading. */
const RETRY_MS = 250;

interface WrapperState {
  generation: number;
}
interface Wrapper {
  props: ControlProps;
  state: WrapperState;
  setState(update: (s: WrapperState) => WrapperState): void;
  inner?: InnerControl;
  cached?: { source: GetAsset; generation: number; ask: GetAsset };
  timer?: ReturnType<typeof setTimeout>;
  mounted?: boolean;
}

/**
 * Registers the image and file widgets again, wrapped so they get the resolving `getAsset`. The
 * wrapper is a class (Decap's `Widget` keeps a ref to the control and calls its `isValid`,
 * `getValidateValue` and `focus`), and it hands those calls on to Decap's own control.
 * Decap's image control asks once per `getAsset` function and keeps the loading placeholder, so
 * while an image loads the wrapper hands it a new function a moment later, and it asks again.
 */
export function installMediaResolution(cms: DecapCms, h: CreateElement, createClass: CreateClass): void {
  for (const name of MEDIA_WIDGETS) {
    const widget = cms.getWidget(name);
    if (!widget) continue;
    const control = createClass({
      displayName: `Warta${name}Control`,
      getInitialState: (): WrapperState => ({ generation: 0 }),
      componentDidMount(this: Wrapper) {
        this.mounted = true;
      },
      componentWillUnmount(this: Wrapper) {
        this.mounted = false;
        clearTimeout(this.timer);
      },
      // Decap's Widget re-renders the control only when this says so (or, without it, when the
      // value changes): the file control needs it to see a chosen file (`mediaPaths`).
      shouldComponentUpdate(this: Wrapper, nextProps: ControlProps, nextState?: WrapperState) {
        if (nextState && nextState.generation !== this.state.generation) return true;
        const inner = this.inner;
        if (!inner?.shouldComponentUpdate) return true;
        const getAsset = nextProps.getAsset === this.cached?.source ? this.cached?.ask : nextProps.getAsset;
        return inner.shouldComponentUpdate.call(inner, { ...nextProps, getAsset });
      },
      isValid(this: Wrapper) {
        return this.inner?.isValid ? this.inner.isValid() : true;
      },
      getValidateValue(this: Wrapper) {
        return this.inner?.getValidateValue?.();
      },
      focus(this: Wrapper, path?: unknown) {
        this.inner?.focus?.(path);
      },
      render(this: Wrapper) {
        const source = this.props.getAsset;
        if (source && (this.cached?.source !== source || this.cached.generation !== this.state.generation)) {
          const resolve = resolvingGetAsset(source);
          const ask: GetAsset = (path, field) => {
            const asset = resolve(path, field);
            if (isLoading(asset) && !this.timer) {
              this.timer = setTimeout(() => {
                this.timer = undefined;
                if (this.mounted) this.setState((s) => ({ generation: s.generation + 1 }));
              }, RETRY_MS);
            }
            return asset;
          };
          this.cached = { source, generation: this.state.generation, ask };
        }
        return h(widget.control, {
          ...this.props,
          ...(this.cached ? { getAsset: this.cached.ask } : {}),
          ref: (inner: InnerControl | null) => {
            this.inner = inner ?? undefined;
          },
        });
      },
    });
    const preview =
      widget.preview &&
      ((props: ControlProps) =>
        h(widget.preview!, props.getAsset ? { ...props, getAsset: resolvingGetAsset(props.getAsset) } : props));
    cms.registerWidget(name, control, preview, widget.schema);
  }
}
