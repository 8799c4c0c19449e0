import type { ReadAlsoLink } from '../lib/pipeline/read-also';
import type { Related } from '../lib/related/rank';

const GROUPS: { placement: ReadAlsoLink['placement']; label: string }[] = [
  { placement: 'in-article', label: 'في متن المقال' },
  { placement: 'after-article', label: 'بعد المقال' },
];

function ReadMark() {
  return (
    <span class="read-mark" title="قرأته">
      ✓ قرأته
    </span>
  );
}

function RelatedItems({ items }: { items: Related[] }) {
  return (
    <ul>
      {items.map((r) => (
        <li key={r.normUrl} class={r.read ? 'read' : undefined}>
          <a href={r.url} target="_blank" rel="noopener noreferrer" dir="auto">
            {r.title || r.url}
          </a>
          <span class="related-meta">
            <bdi>{r.source}</bdi> · <span class="reason">يشترك في: {r.shared.join('، ')}</span>
            {r.read && (
              <>
                {' '}
                · <ReadMark />
              </>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * "Read also": the page's own links first, grouped by where the site put them, then related
 * articles from the reader's history — those already read, and those seen as links but not read
 * yet — each with why it is related. Every link opens a new tab; read ones are marked.
 */
export function ReadAlsoList({
  links,
  related = [],
  readOwn = [],
}: {
  links: ReadAlsoLink[];
  related?: Related[];
  /** URLs among `links` that the reader has read. */
  readOwn?: string[];
}) {
  const read = new Set(readOwn);
  const fromReading = related.filter((r) => r.read);
  const notYet = related.filter((r) => !r.read);
  return (
    <section class="read-also" aria-labelledby="read-also-heading">
      <h2 id="read-also-heading">
        اقرأ أيضًا <span class="count">({links.length + related.length})</span>
      </h2>
      {links.length === 0 && related.length === 0 && (
        <p class="empty">
          لا روابط «اقرأ أيضًا» في هذه الصفحة، ولا مقالات قريبة منها في قراءاتك بعد.
        </p>
      )}
      {GROUPS.map(({ placement, label }) => {
        const group = links.filter((l) => l.placement === placement);
        if (group.length === 0) return null;
        return (
          <div class="group" key={placement} data-group="own">
            <h3>
              من هذه الصفحة · <span class="placement">{label}</span>
            </h3>
            <ul>
              {group.map((link) => (
                <li key={link.url} class={read.has(link.url) ? 'read' : undefined}>
                  <a href={link.url} target="_blank" rel="noopener noreferrer" dir="auto">
                    {link.title}
                  </a>
                  {read.has(link.url) && <ReadMark />}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {fromReading.length > 0 && (
        <div class="group" data-group="from-reading">
          <h3>من قراءاتك</h3>
          <RelatedItems items={fromReading} />
        </div>
      )}
      {notYet.length > 0 && (
        <div class="group" data-group="not-yet-read">
          <h3>لم تقرأها بعد</h3>
          <RelatedItems items={notYet} />
        </div>
      )}
    </section>
  );
}
