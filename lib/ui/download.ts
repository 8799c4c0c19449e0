/**
 * Saves `text` as a file named `name` from an extension page or frame: a Blob link clicked (the
 * browser's download, no permission needed). Works in the sidebar's frame too (e2e: the highlights
 * and story exports).
 */
export function downloadText(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: letters (Arabic too), digits and dashes, at most 60 characters. */
export function fileSlug(title: string): string {
  const slug = title
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'siyaq';
}
