/**
 * Styles Siyaq puts into a page go in as adopted style sheets: no element in the site's DOM, and
 * each taken out again by the function that added it (the painters, the side-by-side layout).
 */

/** Adopts `css` into `doc`; returns the function that removes it, or null if the browser refused. */
export function adoptSheet(doc: Document, css: string): (() => void) | null {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return null;
  }
}
