/**
 * The one way Siyaq adds an element to a news page: a built-in `<div data-siyaq="…">` with a
 * **closed** shadow root holding our style and content, right-to-left by default.
 *
 * A built-in element, not a custom one: a page that defines a custom element name first
 * (`customElements.define('siyaq-host', …)` with `attachInternals()`) would receive our closed
 * root through `ElementInternals.shadowRoot`; a `<div>` can be neither defined nor upgraded by the
 * page. `:host{all:initial !important}` keeps the site's CSS off the host (important rules of the
 * inner tree win over the page's).
 */

/** The attribute that marks our hosts (what a page can see of us: README, "Privacy"). */
export const HOST_ATTR = 'data-siyaq';
/** Selects every host Siyaq put into a page. */
export const HOST_SELECTOR = `[${HOST_ATTR}]`;

const HOST_STYLE = ':host{all:initial !important}';

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Removes the host (and so everything in its root). */
  remove(): void;
}

/**
 * Creates a host named `kind` with `css` inside its closed root, appended to `<html>` (some sites
 * replace `document.body` wholesale).
 */
export function createShadowHost(doc: Document, kind: string, css: string): ShadowHost {
  const host = doc.createElement('div');
  host.setAttribute(HOST_ATTR, kind);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = HOST_STYLE + css;
  root.append(style);
  (doc.documentElement ?? doc.body).append(host);
  return { host, root, remove: () => host.remove() };
}

/** Whether `node` is inside one of our hosts (a click or a selection on our own UI). */
export function inOurUi(node: Node | null): boolean {
  const el = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  return !!el?.closest?.(HOST_SELECTOR);
}
